package org.khabar.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Mention;
import org.khabar.article.Proclitic;
import org.khabar.article.Quote;
import org.khabar.article.Token;
import org.khabar.json.JsonOptions.Layer;

/** Writes one article as one JSON object, in the field order {@link ArticleJson} documents. */
final class ArticleWriter {

  private ArticleWriter() {}

  static void write(JsonGenerator g, Article article, JsonOptions options) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", ArticleJson.SCHEMA_VERSION);
    g.writeStringField("khabar", Khabar.version());
    g.writeObjectFieldStart("models");
    for (Map.Entry<String, String> model : options.models().entrySet()) {
      g.writeStringField(model.getKey(), model.getValue());
    }
    g.writeEndObject();
    g.writeStringField("id", article.id());
    g.writeStringField("text", article.text());
    writeOptionalString(g, "published", article.published().map(Object::toString));

    g.writeArrayFieldStart("blocks");
    for (Block b : article.blocks()) {
      g.writeStartObject();
      g.writeStringField("kind", b.kind().name());
      writeSpan(g, b.span());
      g.writeEndObject();
    }
    g.writeEndArray();

    layer(g, options, Layer.SENTENCES, article.sentences(), s -> {
      g.writeStartObject();
      writeSpan(g, s.span());
      g.writeBooleanField("body", article.isBody(s.span()));
      g.writeEndObject();
    });
    layer(g, options, Layer.TOKENS, article.tokens(), t -> writeToken(g, t));
    layer(g, options, Layer.ENTITIES, article.entities(), e -> writeEntity(g, e, article));
    layer(g, options, Layer.QUOTES, article.quotes(),
        q -> writeQuote(g, q, article.isBody(q.span())));
    layer(g, options, Layer.TIMES, article.times(), t -> {
      g.writeStartObject();
      writeSpan(g, t.span());
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      writeOptionalString(g, "mod", nonEmpty(t.mod()));
      g.writeBooleanField("body", article.isBody(t.span()));
      g.writeEndObject();
    });
    layer(g, options, Layer.NUMBERS, article.numbers(), q -> {
      g.writeStartObject();
      writeSpan(g, q.span());
      g.writeNumberField("value", q.value());
      writeOptionalString(g, "unit", nonEmpty(q.unit()));
      g.writeBooleanField("body", article.isBody(q.span()));
      g.writeEndObject();
    });
    g.writeEndObject();
  }

  /** Writes one item of a layer at the generator's position. */
  @FunctionalInterface
  private interface ItemWriter<T> {
    void write(T item) throws IOException;
  }

  /** Writes {@code items} as the array of {@code layer}, if {@code options} keep the layer. */
  private static <T> void layer(JsonGenerator g, JsonOptions options, Layer layer, List<T> items,
      ItemWriter<T> writer) throws IOException {
    if (!options.writes(layer)) {
      return;
    }
    g.writeArrayFieldStart(layer.fieldName());
    for (T item : items) {
      writer.write(item);
    }
    g.writeEndArray();
  }

  private static void writeToken(JsonGenerator g, Token t) throws IOException {
    g.writeStartObject();
    writeSpan(g, t.span());
    g.writeStringField("kind", t.kind().name());
    g.writeStringField("norm", t.norm());
    // With the default normalizer the key is the normalized form; the reader restores that.
    if (!t.key().equals(t.norm())) {
      g.writeStringField("key", t.key());
    }
    // A token without proclitics has itself for stem; the reader restores that.
    if (t.clitics().hasProclitics() || !t.clitics().stem().equals(t.span())) {
      g.writeArrayFieldStart("proclitics");
      for (Proclitic p : t.clitics().proclitics()) {
        g.writeString(p.name());
      }
      g.writeEndArray();
      g.writeObjectFieldStart("stem");
      writeSpan(g, t.clitics().stem());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, Entity e, Article article) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.type().name());
    writeSpan(g, e.span());
    g.writeStringField("text", e.text());
    g.writeStringField("canonical", e.canonical());
    g.writeNumberField("score", e.score());
    if (e.title().isPresent()) {
      CharSpan title = e.title().get();
      g.writeObjectFieldStart("title");
      writeSpan(g, title);
      g.writeStringField("text", article.textOf(title));
      g.writeEndObject();
    }
    g.writeBooleanField("body", article.isBody(e.span()));
    g.writeEndObject();
  }

  private static void writeQuote(JsonGenerator g, Quote q, boolean body) throws IOException {
    g.writeStartObject();
    writeSpan(g, q.span());
    g.writeStringField("kind", q.kind().name());
    writeOptionalString(g, "cue", nonEmpty(q.cue()));
    if (q.speaker().isPresent()) {
      Mention m = q.speaker().get();
      g.writeObjectFieldStart("speaker");
      writeSpan(g, m.span());
      g.writeStringField("text", m.text());
      g.writeStringField("canonical", m.canonical());
      g.writeEndObject();
    } else {
      g.writeNullField("speaker");
    }
    g.writeBooleanField("body", body);
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, CharSpan span) throws IOException {
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  private static void writeOptionalString(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
