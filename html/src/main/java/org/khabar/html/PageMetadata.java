package org.khabar.html;

import java.util.Objects;
import java.util.Optional;

/**
 * What a news page says about its article, beside the text. Immutable.
 *
 * @param title the page's title for the article ({@code og:title}, else {@code <title>})
 * @param siteName the site's name ({@code og:site_name}, else the JSON-LD publisher)
 * @param byline the author, when the page names one
 * @param canonicalUrl the article's canonical URL ({@code rel=canonical}, {@code og:url}, else the
 *     URL given)
 * @param language the page's language tag ({@code <html lang>}, else guessed from its letters:
 *     {@code ar}, {@code fa}), when known
 * @param direction {@code rtl} or {@code ltr}: the page's {@code dir}, else that of its letters
 * @param published the publication date, when the page gives one
 */
public record PageMetadata(Optional<String> title, Optional<String> siteName,
    Optional<String> byline, Optional<String> canonicalUrl, Optional<String> language,
    String direction, Optional<PublishedDate> published) {

  /**
   * Validates the arguments.
   *
   * @param title the page's title for the article
   * @param siteName the site's name
   * @param byline the author
   * @param canonicalUrl the canonical URL
   * @param language the language tag
   * @param direction {@code rtl} or {@code ltr}
   * @param published the publication date
   * @throws NullPointerException if an argument is null
   */
  public PageMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(published, "published");
  }
}
