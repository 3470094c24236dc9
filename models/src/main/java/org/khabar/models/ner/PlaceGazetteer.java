package org.khabar.models.ner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shared place gazetteers, each built once per JVM. Thread-safe. */
final class PlaceGazetteer {

  private static final Gazetteer EMPTY = new Gazetteer(List.of());
  private static final Map<String, Gazetteer> EMBEDDED = new ConcurrentHashMap<>();

  private PlaceGazetteer() {}

  /** Places from the running ICU4J's CLDR: regions and time-zone exemplar cities, in Arabic. */
  static Gazetteer cldr() {
    return Holder.CLDR;
  }

  /** The places of a model's embedded artifact ({@link EmbeddedLexicons#PLACES}). */
  static Gazetteer embedded(byte[] artifact) {
    return EMBEDDED.computeIfAbsent(EmbeddedLexicons.digest(artifact),
        k -> new Gazetteer(EmbeddedLexicons.places(artifact)));
  }

  /** A gazetteer that matches nothing. */
  static Gazetteer empty() {
    return EMPTY;
  }

  private static final class Holder {
    static final Gazetteer CLDR = new Gazetteer(CldrPlaceNames.all());
  }
}
