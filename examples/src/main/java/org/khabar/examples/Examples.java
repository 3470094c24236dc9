package org.khabar.examples;

import java.util.Objects;
import org.khabar.Khabar;
import org.khabar.models.DefaultModels;
import org.khabar.models.ner.Genre;

/**
 * The pipeline every example and the command-line tool run: the one place to change when a
 * component is added.
 */
public final class Examples {

  private Examples() {}

  /** Built on first use, so the bundled model loads once and only when an article is processed. */
  private static final class Holder {
    static final Khabar PIPELINE =
        Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
  }

  private static final class EncyclopedicHolder {
    static final Khabar PIPELINE = Khabar.builder()
        .addRecognizer(DefaultModels.entityRecognizer(Genre.ENCYCLOPEDIC))
        .build();
  }

  /** The configured pipeline, with the bundled name finder; immutable and shared. */
  public static Khabar pipeline() {
    return Holder.PIPELINE;
  }

  /**
   * The configured pipeline with the bundled name finder decoding for {@code genre}; {@link
   * Genre#NEWS} gives {@link #pipeline()}. Immutable and shared.
   */
  public static Khabar pipeline(Genre genre) {
    return switch (Objects.requireNonNull(genre, "genre")) {
      case NEWS -> pipeline();
      case ENCYCLOPEDIC -> EncyclopedicHolder.PIPELINE;
    };
  }
}
