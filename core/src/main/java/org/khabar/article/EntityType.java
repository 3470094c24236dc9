package org.khabar.article;

import java.util.List;
import java.util.Objects;

/**
 * The type of a named entity: one of the four standard types, or a type of the caller's own
 * ({@code EntityType.of("TEAM")}), such as a custom model's label. Immutable; two types are equal
 * when their names are, and {@link #of} gives the constant for a standard name, so the standard
 * types may be compared with {@code ==}.
 *
 * <p>Types sort standard ones first, in the order below, then the others by name.
 */
public final class EntityType implements Comparable<EntityType> {

  /** A person: {@code إيمانويل ماكرون}. */
  public static final EntityType PERSON = new EntityType("PERSON", 0);

  /** A place: a country, a city, a region, a sea, a venue: {@code باريس}. */
  public static final EntityType LOCATION = new EntityType("LOCATION", 1);

  /** An organization: a government body, a party, a company, a club, a newspaper. */
  public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION", 2);

  /** Any other name: an event, a nationality, a work, a product. */
  public static final EntityType MISC = new EntityType("MISC", 3);

  private static final List<EntityType> STANDARD = List.of(PERSON, LOCATION, ORGANIZATION, MISC);

  /** The longest name of a type, in chars. */
  public static final int MAX_NAME_LENGTH = 64;

  private final String name;
  private final int rank;

  private EntityType(String name, int rank) {
    this.name = name;
    this.rank = rank;
  }

  /**
   * The type named {@code name}: the standard constant for {@code PERSON}, {@code LOCATION},
   * {@code ORGANIZATION} and {@code MISC}, else a type of the caller's own.
   *
   * @param name letters, digits, {@code _} and {@code -}, at most {@value #MAX_NAME_LENGTH} chars
   * @return the type
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is empty, too long or has another char
   */
  public static EntityType of(String name) {
    Objects.requireNonNull(name, "name");
    for (EntityType t : STANDARD) {
      if (t.name.equals(name)) {
        return t;
      }
    }
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("an entity type name has 1 to " + MAX_NAME_LENGTH
          + " chars: \"" + name + "\"");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        throw new IllegalArgumentException("an entity type name has letters, digits, '_' and '-'"
            + " only: \"" + name + "\"");
      }
    }
    return new EntityType(name, STANDARD.size());
  }

  /**
   * The four standard types, in their order.
   *
   * @return {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}
   */
  public static List<EntityType> standard() {
    return STANDARD;
  }

  /**
   * The type's name, as {@link #of} takes it.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether this is one of the four standard types.
   *
   * @return whether it is standard
   */
  public boolean isStandard() {
    return rank < STANDARD.size();
  }

  @Override
  public int compareTo(EntityType o) {
    int c = Integer.compare(rank, o.rank);
    return c != 0 ? c : name.compareTo(o.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityType t && t.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
