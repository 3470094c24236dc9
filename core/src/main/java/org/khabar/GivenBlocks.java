package org.khabar;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.khabar.article.Article;
import org.khabar.article.Block;

/** Checks the blocks a caller gives {@link Khabar#process(ArticleSource, List)}. Stateless. */
final class GivenBlocks {

  private GivenBlocks() {}

  /**
   * Throws unless {@code blocks} are sorted, disjoint, non-empty and within {@code text}, with only
   * whitespace and invisible controls outside them.
   *
   * @throws NullPointerException if a block is null, named by its index
   * @throws IllegalArgumentException naming the first bad block or the first char left out
   */
  static void check(String text, List<Block> blocks) {
    int at = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = Objects.requireNonNull(blocks.get(i), "blocks[" + i + "]");
      if (b.span().start() < at || b.span().end() > text.length() || b.span().isEmpty()) {
        throw new IllegalArgumentException("blocks[" + i + "] " + b.span()
            + " is empty, overlaps the block before, or exceeds the text of length "
            + text.length());
      }
      between(text, at, b.span().start());
      at = b.span().end();
    }
    between(text, at, text.length());
  }

  private static void between(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Article.isBetweenBlocks(text.charAt(k))) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "char U+%04X at %d lies outside every block", (int) text.charAt(k), k));
      }
    }
  }
}
