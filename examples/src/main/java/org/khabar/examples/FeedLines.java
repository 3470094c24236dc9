package org.khabar.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.khabar.ArticleSource;
import org.khabar.html.HtmlExtractor;

/**
 * Reads a feed of articles as JSON lines, one object a line: {@code id} (a string or a number;
 * else {@code NAME:LINE}), {@code text}, or {@code html} (a page, read by {@code khabar-html}) with
 * its {@code url}, and {@code published} ({@code YYYY-MM-DD}, or a date and time whose date part
 * is taken; a page's own date wins); other fields are ignored. Not thread-safe; reads its stream
 * once, line by line, so a feed of any length takes the memory of its longest line.
 *
 * <p>A line that cannot give an article (longer than the limit, not UTF-8, not a JSON object, no
 * {@code text}, a bad {@code published}) gives a {@link Line} with the reason and its line number
 * instead, and the lines after it are read as usual. Blank lines are skipped.
 */
final class FeedLines {

  /**
   * One line of the feed: an article, or the reason it gave none.
   *
   * @param number the line's number, from 1
   * @param source the article, or null when the line gave none
   * @param problem why the line gave no article, or null
   */
  record Line(long number, CliInput source, String problem) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final InputStream in;
  private final String name;
  private final long maxLineBytes;
  private final Optional<LocalDate> published;
  private final HtmlExtractor extractor;
  private long number;
  private boolean ended;

  /**
   * A reader of {@code in}.
   *
   * @param in the feed, buffered by the caller
   * @param name the feed's name, for default ids
   * @param maxLineBytes the longest line read, in bytes
   * @param published the publication date of a line that gives none
   * @param extractor the extractor of the lines' HTML pages
   */
  FeedLines(InputStream in, String name, long maxLineBytes, Optional<LocalDate> published,
      HtmlExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.in = Objects.requireNonNull(in, "in");
    this.name = Objects.requireNonNull(name, "name");
    this.maxLineBytes = maxLineBytes;
    this.published = Objects.requireNonNull(published, "published");
  }

  /**
   * The next non-blank line, or null at the end of the feed.
   *
   * @return the line
   * @throws IOException if the stream cannot be read
   */
  Line next() throws IOException {
    while (!ended) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      boolean tooLong = false;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        if (bytes.size() < maxLineBytes) {
          bytes.write(b);
        } else {
          tooLong = true; // the rest of the line is read and dropped
        }
      }
      ended = b < 0;
      if (ended && bytes.size() == 0 && !tooLong) {
        return null;
      }
      number++;
      if (tooLong) {
        return problem(String.format(Locale.ROOT,
            "longer than the limit of %,d bytes (--max-bytes)", maxLineBytes));
      }
      String text;
      try {
        text = InputFiles.decode(bytes.toByteArray());
      } catch (InputFiles.NotUtf8Exception e) {
        return problem(e.getMessage());
      }
      if (!text.isBlank()) {
        return parse(text);
      }
    }
    return null;
  }

  private Line parse(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return problem("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return problem("not a JSON object");
    }
    JsonNode text = node.get("text");
    JsonNode html = node.get("html");
    boolean isText = text != null && text.isTextual();
    if (!isText && (html == null || !html.isTextual())) {
      return problem("no \"text\" or \"html\" string");
    }
    JsonNode id = node.get("id");
    String articleId = id != null && (id.isTextual() || id.isNumber())
        ? id.asText() : name + ":" + number;
    Optional<LocalDate> date = published;
    JsonNode given = node.get("published");
    if (given != null && !given.isNull()) {
      String value = given.asText();
      try {
        date = Optional.of(ArticleSource.publishedDay(value));
      } catch (DateTimeParseException e) {
        return problem("\"published\": '" + value + "' is not a date (YYYY-MM-DD)");
      }
    }
    JsonNode url = node.get("url");
    String pageUrl = url != null && url.isTextual() ? url.asText() : "";
    CliInput input = isText ? CliInput.text(articleId, text.asText(), date)
        : CliInput.html(extractor, articleId, html.asText(), pageUrl, date);
    return new Line(number, input, null);
  }

  private Line problem(String reason) {
    return new Line(number, null, reason);
  }
}
