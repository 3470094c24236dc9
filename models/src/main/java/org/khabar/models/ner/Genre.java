package org.khabar.models.ner;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of text a name finder is told it reads. A model trained with genre features ({@code
 * TrainNer --features arabic_genres}) holds, besides the weights it shares across genres, weights
 * that only one genre's training text moved (the feature augmentation of Daumé III, "Frustratingly
 * Easy Domain Adaptation", 2007). Decoding for a genre uses the shared weights and that genre's.
 */
public enum Genre {
  /** News reports, as in ANERcorp: the default. */
  NEWS,
  /** Encyclopedic articles, as in AQMAR (Arabic Wikipedia). */
  ENCYCLOPEDIC;

  /**
   * The name used in feature-generator descriptors and feature strings.
   *
   * @return the id, such as {@code news}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The genre named {@code id} (as {@link #id()} writes it, any case).
   *
   * @param id a genre id
   * @return the genre
   * @throws IllegalArgumentException naming {@code id} when it is no genre
   */
  public static Genre of(String id) {
    return byId(Objects.requireNonNull(id, "id").toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown genre \"" + id + "\"; expected one of news, encyclopedic"));
  }

  /**
   * The genre whose {@link #id()} is exactly {@code id}, if any.
   *
   * @param id a genre id
   * @return the genre, or empty
   */
  public static Optional<Genre> byId(String id) {
    for (Genre g : values()) {
      if (g.id().equals(id)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
