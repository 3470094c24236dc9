package org.khabar.models.ner;

import java.util.List;

/** The shared place gazetteers, built once per JVM. Thread-safe. */
final class PlaceGazetteer {

  private static final Gazetteer EMPTY = new Gazetteer(List.of());

  private PlaceGazetteer() {}

  /** Places from CLDR: regions and time-zone exemplar cities, in Arabic. */
  static Gazetteer cldr() {
    return Holder.CLDR;
  }

  /** A gazetteer that matches nothing. */
  static Gazetteer empty() {
    return EMPTY;
  }

  private static final class Holder {
    static final Gazetteer CLDR = new Gazetteer(CldrPlaceNames.all());
  }
}
