package org.khabar.ner;

import java.util.Locale;
import org.khabar.article.EntityType;

/** Maps the type names of name-finder models to {@link EntityType}s. Stateless. */
final class EntityTypes {

  private EntityTypes() {}

  /**
   * The entity type for a model's type name: the standard types under their common names and
   * usual short forms ({@code PERS}, {@code PER}, {@code LOC}, {@code GPE}, {@code ORG}), in any
   * case; any other name a type of its own, as the model writes it ({@code TEAM}); a name that
   * {@link EntityType#of} refuses (or none), {@link EntityType#MISC}.
   */
  static EntityType of(String modelType) {
    if (modelType == null) {
      return EntityType.MISC;
    }
    return switch (modelType.toUpperCase(Locale.ROOT)) {
      case "PERSON", "PERS", "PER" -> EntityType.PERSON;
      case "LOCATION", "LOC", "GPE" -> EntityType.LOCATION;
      case "ORGANIZATION", "ORGANISATION", "ORG" -> EntityType.ORGANIZATION;
      case "MISC", "MISCELLANEOUS" -> EntityType.MISC;
      default -> custom(modelType);
    };
  }

  private static EntityType custom(String modelType) {
    try {
      return EntityType.of(modelType);
    } catch (IllegalArgumentException e) {
      return EntityType.MISC;
    }
  }
}
