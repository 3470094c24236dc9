package org.khabar.examples;

import org.khabar.Khabar;

/**
 * The pipeline every example and the command-line tool run: the one place to change when a
 * component is added.
 */
public final class Examples {

  private Examples() {}

  /**
   * The configured pipeline. Until the bundled name finder is wired, it recognizes no entities;
   * wiring it is this one line: {@code return
   * Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();} (held in a constant
   * so that the model loads once).
   */
  public static Khabar pipeline() {
    return Khabar.defaults();
  }
}
