package org.khabar;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/** How a text longer than a pipeline's limit is cut, and its rest kept unanalysed. Stateless. */
final class LongTexts {

  private LongTexts() {}

  /**
   * Where to cut a text longer than {@code limit}: after the last line break of its second half
   * before the limit, else after the last whitespace there, else at the limit; never inside a
   * surrogate pair.
   */
  static int cut(String text, int limit) {
    int floor = limit / 2;
    int space = -1;
    for (int i = limit; i > floor; i--) {
      char c = text.charAt(i - 1);
      if (TextChars.isLineBreak(c)) {
        return i;
      }
      if (space < 0 && Article.isBetweenBlocks(c)) {
        space = i;
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isHighSurrogate(text.charAt(limit - 1))
        && Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /**
   * {@code head}, the analysis of {@code text} up to {@code cut}, as an article of the whole of
   * {@code text}: the rest after the cut, without the spaces around it, is one {@link
   * BlockKind#UNANALYSED} block.
   */
  static Article withUnanalysedRest(Article head, String text, int cut) {
  List<Block> blocks = new ArrayList<>(head.blocks());
  int start = cut;
  int end = text.length();
  while (start < end && Article.isBetweenBlocks(text.charAt(start))) {
    start++;
  }
  while (end > start && Article.isBetweenBlocks(text.charAt(end - 1))) {
    end--;
  }
  if (start < end) {
    blocks.add(new Block(BlockKind.UNANALYSED, CharSpan.of(start, end)));
  }
  return new Article(head.id(), text, head.published(), blocks, head.sentences(), head.tokens(),
      head.entities(), head.quotes(), head.times(), head.numbers());
  }
}
