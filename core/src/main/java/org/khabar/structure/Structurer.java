package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;

/**
 * Finds the blocks of an article: headline, subheadings, paragraphs, list items.
 *
 * <p>SKELETON: one paragraph per non-blank line. Immutable and thread-safe.
 */
public final class Structurer {

  /** A structurer with the default rules. */
  public Structurer() {}

  /** The blocks of {@code text}, sorted and disjoint, covering all its non-whitespace chars. */
  public List<Block> structure(CharSequence text) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < n && text.charAt(i) != '\n') i++;
      int end = i;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end > start) out.add(new Block(BlockKind.PARAGRAPH, CharSpan.of(start, end)));
    }
    return out;
  }
}
