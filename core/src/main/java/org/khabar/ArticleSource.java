package org.khabar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The input for one article: an identifier, the raw text and, optionally, the publication date.
 * Immutable.
 *
 * @param id the caller's identifier, echoed in the {@link org.khabar.article.Article}
 * @param text the raw text; every offset Khabar returns points into it
 * @param published the publication date, against which relative dates are resolved
 */
public record ArticleSource(String id, String text, Optional<LocalDate> published) {

  /**
   * Validates the arguments.
   *
   * @param id the caller's identifier
   * @param text the raw text
   * @param published the publication date, if known
   * @throws NullPointerException naming the argument that is null
   */
  public ArticleSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
  }

  /**
   * A source with no publication date.
   *
   * @param id the caller's identifier
   * @param text the raw text
   * @return the source
   */
  public static ArticleSource of(String id, String text) {
    return new ArticleSource(id, text, Optional.empty());
  }

  /**
   * A source published on {@code date}.
   *
   * @param id the caller's identifier
   * @param text the raw text
   * @param date the publication date
   * @return the source
   */
  public static ArticleSource of(String id, String text, LocalDate date) {
    return new ArticleSource(id, text, Optional.of(Objects.requireNonNull(date, "date")));
  }

  /**
   * The publication day a feed gives as text: a date {@code YYYY-MM-DD}, or a date and time whose
   * date part is taken ({@code 2025-03-06T10:00:00Z}), as the command-line tool and the engines
   * read feeds.
   *
   * @param value the text
   * @return the day
   * @throws DateTimeParseException if {@code value} does not begin with a date
   */
  public static LocalDate publishedDay(String value) {
    String v = Objects.requireNonNull(value, "value").strip();
    return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
  }
}
