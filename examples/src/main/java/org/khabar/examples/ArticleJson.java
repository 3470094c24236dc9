package org.khabar.examples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Mention;
import org.khabar.article.Proclitic;
import org.khabar.article.Quantity;
import org.khabar.article.Quote;
import org.khabar.article.Sentence;
import org.khabar.article.TimeExpression;
import org.khabar.article.Token;

/**
 * Writes an {@link Article} as one JSON object: the one place that defines Khabar's JSON schema.
 *
 * <p>Fields, in this order: {@code id}, {@code text} (the original text), {@code published}
 * ({@code "YYYY-MM-DD"} or null), {@code blocks} ({@code kind, start, end}), {@code sentences}
 * ({@code start, end, body}), {@code tokens} ({@code start, end, kind, norm}, and {@code
 * proclitics} with {@code stem} only when the token has a proclitic), {@code entities} ({@code
 * type, start, end, text, canonical, score, title ({@code start, end, text}, only for a person
 * with a title or role in front), body}), {@code quotes} ({@code start, end, kind
 * (DIRECT|INDIRECT), cue (as written, or null), speaker ({@code start, end, text, canonical}, or
 * null), body}), {@code times} ({@code start, end, type, value, mod, body}), {@code numbers}
 * ({@code start, end, value, unit, body}). {@code body} is false for what lies in a {@code
 * RELATED_LINK} or {@code BOILERPLATE} block ({@link Article#isBody}): a count of the people an
 * article mentions reads only those with {@code "body": true}. Every {@code start}/{@code end} is a
 * half-open range of UTF-16 offsets into {@code text}. Fields are only ever added, never renamed.
 *
 * <p>Output is UTF-8 with non-ASCII chars written as they are, except UTF-16 surrogates and the
 * line breaks NEL, U+2028 and U+2029: each is written as a six-char JSON unicode escape, so an
 * emoji reads back as the same two chars, an unpaired surrogate survives the round trip, offsets
 * stay exact, and compact output is one line for any line reader. Stateless and thread-safe; a
 * {@link JsonGenerator} is not, use one per thread.
 */
public final class ArticleJson {

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Escaped one by one, surrogates need not pair up: any Java string can be written.
          .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .characterEscapes(new LineBreakEscapes())
          .build();

  /**
   * Escapes, besides what JSON requires, the Unicode line breaks NEL, LINE SEPARATOR and
   * PARAGRAPH SEPARATOR, which JSON allows raw but many line readers split on: a JSON line stays
   * one line for every reader.
   */
  private static final class LineBreakEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }

  private ArticleJson() {}

  /** The factory the tool writes with; it leaves the target stream open on close. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** A UTF-8 generator over {@code out}, compact unless a pretty printer is set on it. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return FACTORY.createGenerator(out, JsonEncoding.UTF8);
  }

  /** The article as one line of compact JSON, without a line break. */
  public static String toJson(Article article) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator g = generator(buffer)) {
      write(g, article);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code article} as one JSON object at the generator's current position. */
  public static void write(JsonGenerator g, Article article) throws IOException {
    String text = article.text();
    g.writeStartObject();
    g.writeStringField("id", article.id());
    g.writeStringField("text", text);
    writeOptionalString(g, "published", article.published().map(Object::toString));

    g.writeArrayFieldStart("blocks");
    for (Block b : article.blocks()) {
      g.writeStartObject();
      g.writeStringField("kind", b.kind().name());
      writeSpan(g, b.span());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("sentences");
    for (Sentence s : article.sentences()) {
      g.writeStartObject();
      writeSpan(g, s.span());
      g.writeBooleanField("body", article.isBody(s.span()));
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("tokens");
    for (Token t : article.tokens()) {
      writeToken(g, t);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("entities");
    for (Entity e : article.entities()) {
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
    g.writeEndArray();

    g.writeArrayFieldStart("quotes");
    for (Quote q : article.quotes()) {
      writeQuote(g, q, article.isBody(q.span()));
    }
    g.writeEndArray();

    g.writeArrayFieldStart("times");
    for (TimeExpression t : article.times()) {
      g.writeStartObject();
      writeSpan(g, t.span());
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      writeOptionalString(g, "mod", nonEmpty(t.mod()));
      g.writeBooleanField("body", article.isBody(t.span()));
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("numbers");
    for (Quantity q : article.numbers()) {
      g.writeStartObject();
      writeSpan(g, q.span());
      g.writeNumberField("value", q.value());
      writeOptionalString(g, "unit", nonEmpty(q.unit()));
      g.writeBooleanField("body", article.isBody(q.span()));
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeEndObject();
  }

  private static void writeToken(JsonGenerator g, Token t) throws IOException {
    g.writeStartObject();
    writeSpan(g, t.span());
    g.writeStringField("kind", t.kind().name());
    g.writeStringField("norm", t.norm());
    if (t.clitics().hasProclitics()) {
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
