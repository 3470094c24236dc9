package org.khabar.json;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link ArticleJson} writes an article: which layers, which model versions to record, and
 * whether to indent. Immutable and thread-safe; null-hostile.
 *
 * <p>The id, the text, the publication date and the blocks are always written: they are what the
 * other layers point into, and what {@link ArticleJson#read} needs to rebuild an article. Every
 * other layer can be left out; a layer left out is absent from the object, and reads back empty.
 *
 * <pre>{@code
 * JsonOptions small = JsonOptions.defaults()
 *     .without(JsonOptions.Layer.TOKENS)              // tokens are most of the size
 *     .withModels(DefaultModels.versions());          // record what made the entities
 * }</pre>
 *
 * @param layers the layers to write
 * @param models what identifies the models that made the article (name to version), written as
 *     {@code models}; empty when not known
 * @param pretty whether to indent the object over several lines, rather than write one line
 */
public record JsonOptions(Set<Layer> layers, Map<String, String> models, boolean pretty) {

  /** A layer of an {@link org.khabar.article.Article} that can be left out of its JSON. */
  public enum Layer {
    /** {@code sentences}. */
    SENTENCES,
    /** {@code tokens}: with their normalized forms and clitics, about three quarters of the size. */
    TOKENS,
    /** {@code entities}. */
    ENTITIES,
    /** {@code quotes}. */
    QUOTES,
    /** {@code times}. */
    TIMES,
    /** {@code numbers}. */
    NUMBERS;

    /**
     * The name of the layer's field in the JSON object.
     *
     * @return the field name, such as {@code "tokens"}
     */
    public String fieldName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The layer whose field is {@code fieldName}.
     *
     * @param fieldName a field name such as {@code "tokens"}
     * @return the layer
     * @throws IllegalArgumentException naming {@code fieldName} and the layers there are, if no
     *     layer has that field
     */
    public static Layer ofFieldName(String fieldName) {
      Objects.requireNonNull(fieldName, "fieldName");
      for (Layer layer : values()) {
        if (layer.fieldName().equals(fieldName)) {
          return layer;
        }
      }
      throw new IllegalArgumentException(
          "no layer '" + fieldName + "'; the layers are "
              + Arrays.stream(values()).map(Layer::fieldName).toList());
    }
  }

  private static final JsonOptions DEFAULTS =
      new JsonOptions(EnumSet.allOf(Layer.class), Map.of(), false);

  /**
   * Validates and copies the arguments.
   *
   * @param layers the layers to write
   * @param models model name to version
   * @param pretty whether to indent
   * @throws NullPointerException if an argument, a layer, or a model name or version is null
   */
  public JsonOptions {
    Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(models, "models");
    EnumSet<Layer> copy = EnumSet.noneOf(Layer.class);
    for (Layer layer : layers) {
      copy.add(Objects.requireNonNull(layer, "layers contains null"));
    }
    layers = Collections.unmodifiableSet(copy);
    Map<String, String> ordered = new LinkedHashMap<>();
    models.forEach(
        (name, version) ->
            ordered.put(
                Objects.requireNonNull(name, "models contains a null name"),
                Objects.requireNonNull(version, "models contains a null version for " + name)));
    models = Collections.unmodifiableMap(ordered);
  }

  /**
   * Every layer, no model versions, one line: the format the command-line tool writes.
   *
   * @return the default options
   */
  public static JsonOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options without {@code left}.
   *
   * @param left the layers to leave out
   * @return the new options
   */
  public JsonOptions without(Layer... left) {
    EnumSet<Layer> kept = EnumSet.noneOf(Layer.class);
    kept.addAll(layers);
    for (Layer layer : left) {
      kept.remove(Objects.requireNonNull(layer, "layer"));
    }
    return new JsonOptions(kept, models, pretty);
  }

  /**
   * These options writing exactly {@code kept}.
   *
   * @param kept the layers to write
   * @return the new options
   */
  public JsonOptions withLayers(Set<Layer> kept) {
    return new JsonOptions(kept, models, pretty);
  }

  /**
   * These options recording {@code versions} as the models that made the articles.
   *
   * @param versions model name to version, in the order to write them
   * @return the new options
   */
  public JsonOptions withModels(Map<String, String> versions) {
    return new JsonOptions(layers, versions, pretty);
  }

  /**
   * These options, indented or on one line.
   *
   * @param indent whether to indent
   * @return the new options
   */
  public JsonOptions withPretty(boolean indent) {
    return new JsonOptions(layers, models, indent);
  }

  /**
   * Whether {@code layer} is written.
   *
   * @param layer a layer
   * @return true if it is written
   */
  public boolean writes(Layer layer) {
    return layers.contains(layer);
  }
}
