package org.khabar.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.khabar.article.Article;

/**
 * Writes an {@link Article} as one JSON object and reads it back: Khabar's JSON format, defined in
 * this one place. Stateless and thread-safe.
 *
 * <p>Fields, in this order: {@code schemaVersion} ({@value #SCHEMA_VERSION}), {@code khabar} (the
 * version of Khabar that wrote it), {@code models} (name to version, see {@link
 * JsonOptions#models()}), {@code id}, {@code text} (the original text), {@code published} ({@code
 * "YYYY-MM-DD"} or null), {@code blocks} ({@code kind, start, end}), then the layers {@code
 * sentences} ({@code start, end, body}), {@code tokens} ({@code start, end, kind, norm}, {@code
 * key} only when it differs from {@code norm}, and {@code proclitics} with {@code stem} only when
 * the token has a proclitic), {@code entities} ({@code
 * type, start, end, text, canonical, score}, {@code title} ({@code start, end, text}) only for a
 * person with a title or role in front, {@code body}), {@code quotes} ({@code start, end, kind,
 * cue} (as written, or null), {@code speaker} ({@code start, end, text, canonical}, or null),
 * {@code body}), {@code times} ({@code start, end, type, value, mod, body}) and {@code numbers}
 * ({@code start, end, value, unit, body}); a layer left out by {@link JsonOptions} is absent.
 * {@code body} is false for what lies in a {@code RELATED_LINK} or {@code BOILERPLATE} block
 * ({@link Article#isBody}). Every {@code start}/{@code end} is a half-open range of UTF-16 offsets
 * into {@code text}. Fields are only ever added, never renamed; a change that would make old
 * readers wrong raises {@link #SCHEMA_VERSION}.
 *
 * <p>Output is UTF-8 with non-ASCII chars written as they are, except UTF-16 surrogates and the
 * line breaks NEL, U+2028 and U+2029: each is written as a six-char JSON unicode escape, so an emoji
 * reads back as the same two chars, an unpaired surrogate survives the round trip, offsets stay
 * exact, and compact output is one line for any line reader. {@code read(write(article, options))}
 * equals {@code article} when every layer is written.
 *
 * <p>Only Jackson's streaming core is used, and it is tested on every {@code jackson-core} from 2.15
 * (what Apache Beam brings) to the current release, so the Jackson of Spark, Beam or your own
 * application serves.
 *
 * <pre>{@code
 * String line = ArticleJson.write(article, JsonOptions.defaults().without(Layer.TOKENS));
 * Article back = ArticleJson.read(line);
 * try (Stream<String> lines = Files.lines(path)) {        // the command-line tool's output
 *   lines.map(ArticleJson::read).forEach(...);
 * }
 * }</pre>
 */
public final class ArticleJson {

  /** The version of the format this class writes, and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .characterEscapes(new Escapes())
          // An article's text is a string of any length; its numbers may be long.
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .build())
          .build();

  private ArticleJson() {}

  /**
   * The article as one line of compact JSON with every layer, without a line break.
   *
   * @param article the article
   * @return its JSON
   */
  public static String write(Article article) {
    return write(article, JsonOptions.defaults());
  }

  /**
   * The article as JSON written as {@code options} say, without a final line break.
   *
   * @param article the article
   * @param options what to write
   * @return its JSON
   */
  public static String write(Article article, JsonOptions options) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      write(article, options, buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the article to {@code out} as UTF-8 JSON, without a final line break; {@code out} is
   * flushed, not closed.
   *
   * @param article the article
   * @param options what to write
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(Article article, JsonOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      if (options.pretty()) {
        g.useDefaultPrettyPrinter();
      }
      ArticleWriter.write(g, article, options);
    }
  }

  /**
   * Reads one article object.
   *
   * @param json the JSON of one article, as {@link #write} gives it
   * @return the article; a layer the JSON left out is empty
   * @throws ArticleJsonException naming the field and its place, if {@code json} is not such an
   *     article
   */
  public static Article read(String json) {
    return readDocument(json).article();
  }

  /**
   * Reads one article object with what the JSON says of how it was written.
   *
   * @param json the JSON of one article
   * @return the article and its schema version, Khabar version, models and layers
   * @throws ArticleJsonException naming the field and its place, if {@code json} is not such an
   *     article
   */
  public static ArticleDocument readDocument(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = FACTORY.createParser(json)) {
      return ArticleReader.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string does not fail
    }
  }

  /**
   * Reads one article object from UTF-8 bytes; {@code in} is read to its end and not closed.
   *
   * @param in the JSON of one article
   * @return the article and its schema version, Khabar version, models and layers
   * @throws ArticleJsonException naming the field and its place, if the input is not such an
   *     article
   * @throws IOException if {@code in} fails
   */
  public static ArticleDocument readDocument(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = FACTORY.createParser(in)) {
      return ArticleReader.read(p);
    }
  }

  /**
   * Reads one article object from chars; {@code in} is read to its end and not closed.
   *
   * @param in the JSON of one article
   * @return the article and its schema version, Khabar version, models and layers
   * @throws ArticleJsonException naming the field and its place, if the input is not such an
   *     article
   * @throws IOException if {@code in} fails
   */
  public static ArticleDocument readDocument(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = FACTORY.createParser(in)) {
      return ArticleReader.read(p);
    }
  }

  /**
   * Escapes, besides what JSON requires, every UTF-16 surrogate (so an unpaired one survives and
   * the output does not depend on how a Jackson version writes pairs) and the Unicode line breaks
   * NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR, which JSON allows raw but many line readers split
   * on.
   */
  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x85 || ch == 0x2028 || ch == 0x2029 || (ch >= 0xD800 && ch <= 0xDFFF)) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }
}
