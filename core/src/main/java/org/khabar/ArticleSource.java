package org.khabar;

import java.time.LocalDate;
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
}
