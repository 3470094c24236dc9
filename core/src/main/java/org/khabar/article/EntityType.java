package org.khabar.article;

/** The coarse type of a named entity. */
public enum EntityType {
  /** A person: {@code إيمانويل ماكرون}. */
  PERSON,
  /** A place: a country, a city, a region, a sea, a venue: {@code باريس}. */
  LOCATION,
  /** An organization: a government body, a party, a company, a club, a newspaper. */
  ORGANIZATION,
  /** Any other name: an event, a nationality, a work, a product. */
  MISC
}
