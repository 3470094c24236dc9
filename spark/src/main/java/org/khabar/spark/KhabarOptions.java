package org.khabar.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.khabar.json.JsonOptions;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ModelSpec;

/**
 * How {@link KhabarSpark#annotate} reads its input rows and what it writes: the names of the
 * input columns, the models ({@link ModelSpec}), the layers to keep, a publication date for rows
 * without one, and whether to add each article's JSON. Serializable, so it travels with the job.
 * Immutable; each {@code with} method returns a copy.
 *
 * <p>Input columns: {@code id} (required, a string); {@code text} (a string); {@code html} and
 * {@code url} (a page and its address, read by khabar-html when {@code text} is null); {@code
 * content} (a file's bytes, as Spark's {@code binaryFile} source gives them: an HTML page when the
 * id ends in {@code .html} or {@code .htm}, else UTF-8 text, as the command-line tool reads
 * files); {@code published} (a date, or a string {@code YYYY-MM-DD}). A column named here that the
 * input lacks is taken as null in every row, except {@code id}.
 */
public final class KhabarOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The id column. */
  private final String id;
  /** The text column. */
  private final String text;
  /** The HTML page column. */
  private final String html;
  /** The page URL column. */
  private final String url;
  /** The file-bytes column. */
  private final String content;
  /** The publication date column. */
  private final String published;
  /** The models of the pipeline. */
  private final ModelSpec models;
  /** The layers kept. */
  private final EnumSet<Layer> layers;
  /** The publication date of rows without one, or null. */
  private final LocalDate defaultPublished;
  /** Whether rows carry the article's JSON. */
  private final boolean json;
  /** Whether rows carry the article's fields. */
  private final boolean fields;
  /** Whether rows carry the article's near-duplicate fingerprint. */
  private final boolean fingerprints;

  private KhabarOptions(String id, String text, String html, String url, String content,
      String published, ModelSpec models, Set<Layer> layers, LocalDate defaultPublished,
      boolean json, boolean fields, boolean fingerprints) {
    this.id = id;
    this.text = text;
    this.html = html;
    this.url = url;
    this.content = content;
    this.published = published;
    this.models = models;
    this.layers = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    this.defaultPublished = defaultPublished;
    this.json = json;
    this.fields = fields;
    this.fingerprints = fingerprints;
  }

  /**
   * Columns {@code id}, {@code text}, {@code html}, {@code url}, {@code content} and {@code
   * published}; the bundled models; every layer; no JSON column.
   *
   * @return the options
   */
  public static KhabarOptions defaults() {
    return new KhabarOptions("id", "text", "html", "url", "content", "published",
        ModelSpec.bundled(), EnumSet.allOf(Layer.class), null, false, true, false);
  }

  /**
   * These options reading the id, text and publication date from the columns named.
   *
   * @param idColumn the id column
   * @param textColumn the text column
   * @param publishedColumn the publication date column
   * @return the options
   */
  public KhabarOptions withColumns(String idColumn, String textColumn, String publishedColumn) {
    return new KhabarOptions(name(idColumn, "idColumn"), name(textColumn, "textColumn"), html, url,
        content, name(publishedColumn, "publishedColumn"), models, layers, defaultPublished, json,
        fields, fingerprints);
  }

  /**
   * These options reading HTML pages and their URLs from the columns named.
   *
   * @param htmlColumn the page column
   * @param urlColumn the URL column
   * @return the options
   */
  public KhabarOptions withHtmlColumns(String htmlColumn, String urlColumn) {
    return new KhabarOptions(id, text, name(htmlColumn, "htmlColumn"), name(urlColumn, "urlColumn"),
        content, published, models, layers, defaultPublished, json, fields, fingerprints);
  }

  /**
   * These options reading files' bytes from the column named.
   *
   * @param contentColumn the bytes column
   * @return the options
   */
  public KhabarOptions withContentColumn(String contentColumn) {
    return new KhabarOptions(id, text, html, url, name(contentColumn, "contentColumn"), published,
        models, layers, defaultPublished, json, fields, fingerprints);
  }

  /**
   * These options with the models {@code spec} names.
   *
   * @param spec the models
   * @return the options
   */
  public KhabarOptions withModels(ModelSpec spec) {
    return new KhabarOptions(id, text, html, url, content, published,
        Objects.requireNonNull(spec, "spec"), layers, defaultPublished, json, fields, fingerprints);
  }

  /**
   * These options keeping only the layers {@code kept} (id, text, published and blocks are always
   * kept), in the rows and in the JSON.
   *
   * @param kept the layers to keep
   * @return the options
   */
  public KhabarOptions withLayers(Set<Layer> kept) {
    return new KhabarOptions(id, text, html, url, content, published, models,
        Objects.requireNonNull(kept, "kept"), defaultPublished, json, fields, fingerprints);
  }

  /**
   * These options dating a row whose publication date is null (or that has no such column) with
   * {@code date}; a page's own date wins over it, as the command-line tool's {@code --published}.
   *
   * @param date the publication date
   * @return the options
   */
  public KhabarOptions withDefaultPublished(LocalDate date) {
    return new KhabarOptions(id, text, html, url, content, published, models, layers,
        Objects.requireNonNull(date, "date"), json, fields, fingerprints);
  }

  /**
   * These options adding (or not) a {@code json} column: each article as one line of the
   * command-line tool's JSON lines, byte for byte.
   *
   * @param add whether to add the column
   * @return the options
   */
  public KhabarOptions withJson(boolean add) {
    return new KhabarOptions(id, text, html, url, content, published, models, layers,
        defaultPublished, add, fields || !add, fingerprints);
  }

  /**
   * These options giving rows of the id, the error and the JSON only ({@link ArticleSchema#of}):
   * for writing JSON lines, which then need no other column built.
   *
   * @return the options
   */
  public KhabarOptions jsonOnly() {
    return new KhabarOptions(id, text, html, url, content, published, models, layers,
        defaultPublished, true, false, fingerprints);
  }

  String idColumn() {
    return id;
  }

  String textColumn() {
    return text;
  }

  String htmlColumn() {
    return html;
  }

  String urlColumn() {
    return url;
  }

  String contentColumn() {
    return content;
  }

  String publishedColumn() {
    return published;
  }

  /** The models of the pipeline. */
  ModelSpec models() {
    return models;
  }

  /** Whether {@code layer} is kept. */
  boolean keeps(Layer layer) {
    return layers.contains(layer);
  }

  /** The layers kept. */
  Set<Layer> layers() {
    return EnumSet.copyOf(layers);
  }

  Optional<LocalDate> defaultPublished() {
    return Optional.ofNullable(defaultPublished);
  }

  boolean json() {
    return json;
  }

  /**
   * These options adding (or not) the columns {@code bandKeys} (the article's near-duplicate band
   * keys, {@code array<bigint>}) and {@code fingerprint} (its {@code Fingerprint} as bytes), which
   * {@link KhabarSpark#nearDuplicates} groups by.
   *
   * @param add whether to add the columns
   * @return the options
   */
  public KhabarOptions withFingerprints(boolean add) {
    return new KhabarOptions(id, text, html, url, content, published, models, layers,
        defaultPublished, json, fields, add);
  }

  /** Whether rows carry the article's fingerprint. */
  boolean fingerprints() {
    return fingerprints;
  }

  /** Whether rows carry the article's fields, not only its id, error and JSON. */
  boolean fields() {
    return fields;
  }

  /** The JSON options for articles of {@code pipelineModels}. */
  JsonOptions jsonOptions(Map<String, String> pipelineModels) {
    return JsonOptions.defaults().withLayers(layers()).withModels(pipelineModels);
  }

  private static String name(String column, String what) {
    Objects.requireNonNull(column, what);
    if (column.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return column;
  }

  @Override
  public String toString() {
    return "KhabarOptions[id=" + id + ", text=" + text + ", html=" + html + ", url=" + url
        + ", content=" + content + ", published=" + published + ", models=" + models
        + ", layers=" + layers + ", defaultPublished=" + defaultPublished + ", json=" + json
        + ", fields=" + fields + ", fingerprints=" + fingerprints + "]";
  }
}
