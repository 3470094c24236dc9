package org.khabar.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.html.HtmlExtractor;
import org.khabar.html.HtmlPage;

/**
 * One article read by the command-line tool: its source, and the blocks an HTML page's markup
 * gave it (null for text, which the pipeline structures). Immutable.
 *
 * @param source the article's id, text and publication date
 * @param blocks the blocks of an HTML page, or null
 */
record CliInput(ArticleSource source, List<Block> blocks) {

  CliInput {
    Objects.requireNonNull(source, "source");
  }

  /** A text article. */
  static CliInput text(String id, String text, Optional<LocalDate> published) {
    return new CliInput(new ArticleSource(id, text, published), null);
  }

  /**
   * An HTML page ({@link HtmlExtractor}): its extracted text and blocks, dated by the page when it
   * gives a date, else by {@code published}.
   */
  static CliInput html(HtmlExtractor extractor, String id, String html, String url,
      Optional<LocalDate> published) {
    return page(id, extractor.extract(html, url, Optional.empty()), published);
  }

  /** An HTML page given as bytes, whose charset is found from them. */
  static CliInput html(HtmlExtractor extractor, String id, byte[] html,
      Optional<LocalDate> published) {
    return page(id, extractor.extract(html, "", Optional.empty()), published);
  }

  private static CliInput page(String id, HtmlPage page, Optional<LocalDate> published) {
    return new CliInput(page.source(id, published), page.blocks());
  }

  /** The article {@code khabar} makes of this input. */
  Article process(Khabar khabar) {
    return blocks == null ? khabar.process(source) : khabar.process(source, blocks);
  }
}
