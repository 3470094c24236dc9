package org.khabar.benchmarks;

import org.khabar.Khabar;
import org.khabar.models.DefaultModels;
import org.khabar.ner.EntityRecognizer;

/**
 * The pipeline and recognizer the benchmarks measure as "ours": the README's default pipeline with
 * the bundled recognizer. {@code -Dkhabar.bench.recognizer=none} leaves the recognizer out, to
 * measure the rest; the reports say which pipeline they measured.
 */
final class Pipelines {

  private Pipelines() {}

  /** The default pipeline with the bundled recognizer, unless the property leaves it out. */
  static Khabar standard() {
    if (!standardHasRecognizer()) {
      return withoutRecognizers();
    }
    return Khabar.builder().addRecognizer(bundledRecognizer()).build();
  }

  /** The pipeline without any entity recognizer: structure, sentences and tokens only. */
  static Khabar withoutRecognizers() {
    return Khabar.builder().build();
  }

  /** Whether {@link #standard()} includes the bundled recognizer. */
  static boolean standardHasRecognizer() {
    return !"none".equals(System.getProperty("khabar.bench.recognizer"));
  }

  /** The bundled recognizer ({@link DefaultModels#entityRecognizer()}). */
  static EntityRecognizer bundledRecognizer() {
    return DefaultModels.entityRecognizer();
  }
}
