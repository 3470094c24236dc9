package org.khabar.models;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.khabar.Khabar;
import org.khabar.text.LanguageResources;

/**
 * A built pipeline, the versions of the models it runs, which every article's JSON names, and the
 * word lists it was built with, which an HTML extractor beside it should read too ({@code
 * HtmlExtractor.withResources}). Immutable and thread-safe.
 *
 * @param khabar the pipeline
 * @param models model file name to {@code sha256:} digest prefix
 * @param resources the word lists its stages read
 */
public record Pipeline(Khabar khabar, Map<String, String> models, LanguageResources resources) {

  /**
   * Copies the map, keeping its order.
   *
   * @param khabar the pipeline
   * @param models model file name to {@code sha256:} digest prefix
   * @param resources the word lists its stages read
   */
  public Pipeline {
    Objects.requireNonNull(khabar, "khabar");
    models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    Objects.requireNonNull(resources, "resources");
  }

  /**
   * A pipeline built with the bundled word lists.
   *
   * @param khabar the pipeline
   * @param models model file name to {@code sha256:} digest prefix
   */
  public Pipeline(Khabar khabar, Map<String, String> models) {
    this(khabar, models, LanguageResources.bundled());
  }
}
