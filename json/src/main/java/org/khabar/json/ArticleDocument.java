package org.khabar.json;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.khabar.article.Article;

/**
 * One article read back from JSON, with what the JSON says of how it was written. Immutable.
 *
 * @param article the article; a layer that was left out is empty
 * @param schemaVersion the {@code schemaVersion} of the JSON (1 for JSON written before the field
 *     existed)
 * @param khabarVersion the version of Khabar that wrote it, if the JSON says
 * @param models the models that made it, name to version, as the writer recorded them
 * @param layers the layers the JSON holds; the others were left out when it was written
 */
public record ArticleDocument(
    Article article,
    int schemaVersion,
    Optional<String> khabarVersion,
    Map<String, String> models,
    Set<JsonOptions.Layer> layers) {

  /**
   * Validates and copies the arguments.
   *
   * @param article the article
   * @param schemaVersion the schema version of the JSON
   * @param khabarVersion the Khabar version that wrote it, if said
   * @param models the models that made it
   * @param layers the layers the JSON holds
   * @throws NullPointerException if an argument is null
   */
  public ArticleDocument {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(khabarVersion, "khabarVersion");
    models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    EnumSet<JsonOptions.Layer> copy = EnumSet.noneOf(JsonOptions.Layer.class);
    copy.addAll(layers);
    layers = Collections.unmodifiableSet(copy);
  }
}
