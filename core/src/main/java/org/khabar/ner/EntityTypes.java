package org.khabar.ner;

import java.util.Locale;
import org.khabar.article.EntityType;

/** Maps the type names of name-finder models to {@link EntityType}s. Stateless. */
final class EntityTypes {

  private EntityTypes() {}

  /**
   * The entity type for a model's type name: the common names and the usual short forms
   * ({@code PERS}, {@code PER}, {@code LOC}, {@code GPE}, {@code ORG}); anything else is
   * {@link EntityType#MISC}.
   */
  static EntityType of(String modelType) {
    if (modelType == null) {
      return EntityType.MISC;
    }
    return switch (modelType.toUpperCase(Locale.ROOT)) {
      case "PERSON", "PERS", "PER" -> EntityType.PERSON;
      case "LOCATION", "LOC", "GPE" -> EntityType.LOCATION;
      case "ORGANIZATION", "ORGANISATION", "ORG" -> EntityType.ORGANIZATION;
      default -> EntityType.MISC;
    };
  }
}
