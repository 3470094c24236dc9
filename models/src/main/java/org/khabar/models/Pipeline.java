package org.khabar.models;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.khabar.Khabar;

/**
 * A built pipeline and the versions of the models it runs, which every article's JSON names.
 * Immutable and thread-safe.
 *
 * @param khabar the pipeline
 * @param models model file name to {@code sha256:} digest prefix
 */
public record Pipeline(Khabar khabar, Map<String, String> models) {

  /**
   * Copies the map, keeping its order.
   *
   * @param khabar the pipeline
   * @param models model file name to {@code sha256:} digest prefix
   */
  public Pipeline {
    Objects.requireNonNull(khabar, "khabar");
    models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
  }
}
