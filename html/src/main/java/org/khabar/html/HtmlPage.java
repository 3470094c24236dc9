package org.khabar.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.ArticleSource;
import org.khabar.article.Block;

/**
 * The article of a news page: its text (headline first, then the body's blocks one a line), the
 * blocks with the role the page's markup gives them, and the page's metadata. Block spans are
 * UTF-16 offsets into {@link #text}, sorted and disjoint, and only line breaks lie between them.
 * Give both to {@code Khabar.process(page.source(id), page.blocks())}. Immutable.
 *
 * @param text the extracted text
 * @param blocks its blocks
 * @param metadata what the page says about the article
 */
public record HtmlPage(String text, List<Block> blocks, PageMetadata metadata) {

  /**
   * Validates the arguments and copies the list.
   *
   * @param text the extracted text
   * @param blocks its blocks
   * @param metadata what the page says about the article
   * @throws NullPointerException if an argument is null
   */
  public HtmlPage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * The article source of this page: its text, and its publication day when the page gives one.
   *
   * @param id the article's id
   * @return the source
   */
  public ArticleSource source(String id) {
    return source(id, Optional.empty());
  }

  /**
   * The article source of this page: its text, dated by the page when it gives a publication day,
   * else by {@code fallback} (the date a feed or the caller gives).
   *
   * @param id the article's id
   * @param fallback the publication date to use when the page gives none
   * @return the source
   */
  public ArticleSource source(String id, Optional<LocalDate> fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return new ArticleSource(Objects.requireNonNull(id, "id"), text,
        metadata.published().map(PublishedDate::day).or(() -> fallback));
  }
}
