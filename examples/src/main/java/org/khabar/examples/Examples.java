package org.khabar.examples;

import org.khabar.Khabar;
import org.khabar.models.DefaultModels;

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

  /** The configured pipeline, with the bundled name finder; immutable and shared. */
  public static Khabar pipeline() {
    return Holder.PIPELINE;
  }
}
