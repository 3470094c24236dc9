package org.khabar.article;

/** The coarse type of a named entity. */
public enum EntityType {
  PERSON,
  LOCATION,
  ORGANIZATION,
  MISC
}
