package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;

/**
 * Finds the blocks of an article: headline, subheadings, list items and paragraphs, one block per
 * non-blank line.
 *
 * <p>Lines end at every mandatory break of Unicode (LF, CR, CR LF, NEL, VT, FF, U+2028, U+2029);
 * blank lines and lines made only of invisible controls yield no block. Each block is trimmed of
 * the chars {@link Article#isBetweenBlocks} accepts, so the blocks are sorted and disjoint and
 * every other char of the text lies in exactly one of them. A line is, by the first rule that
 * holds:
 *
 * <ol>
 *   <li>a {@link BlockKind#LIST_ITEM} when it opens with a bullet ({@code -}, {@code •}, {@code *},
 *       {@code –} ...) and a space;
 *   <li>the {@link BlockKind#HEADLINE} when it is the first line, short by {@link
 *       LineLimit#HEADLINE} and does not end like prose (with {@code .}, {@code :}, {@code ،} ...
 *       before any closing quotes);
 *   <li>a {@link BlockKind#SUBHEADING} when it is neither the first nor the last line, short by
 *       {@link LineLimit#SUBHEADING} and does not end like prose;
 *   <li>a {@link BlockKind#PARAGRAPH} otherwise.
 * </ol>
 *
 * <p>Time and memory are linear in the text's length; any text, including unpaired surrogates and
 * control chars, yields blocks and never an exception. Immutable and thread-safe.
 */
public final class Structurer {

  private final LineLimit headline;
  private final LineLimit subheading;

  /** A structurer with the limits {@link LineLimit#HEADLINE} and {@link LineLimit#SUBHEADING}. */
  public Structurer() {
    this(LineLimit.HEADLINE, LineLimit.SUBHEADING);
  }

  /** A structurer whose headlines and subheadings are short by the given limits. */
  public Structurer(LineLimit headline, LineLimit subheading) {
    this.headline = Objects.requireNonNull(headline, "headline");
    this.subheading = Objects.requireNonNull(subheading, "subheading");
  }

  /**
   * The blocks of {@code text}, sorted and disjoint, with spans of UTF-16 offsets into {@code
   * text}; every char outside them is one {@link Article#isBetweenBlocks} accepts.
   */
  public List<Block> structure(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Line> lines = LineScanner.scan(text);
    List<Block> blocks = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      blocks.add(new Block(kindOf(text, lines, i), lines.get(i).span()));
    }
    return blocks;
  }

  /**
   * The kind of line {@code index}, by the first rule that holds. Rules see the whole list of
   * lines, so a rule may look at its neighbours (the line before ends with a colon, the line after
   * is blank) without a second pass.
   */
  private BlockKind kindOf(CharSequence text, List<Line> lines, int index) {
    CharSpan line = lines.get(index).span();
    if (LineRules.startsWithBullet(text, line)) {
      return BlockKind.LIST_ITEM;
    }
    if (index == 0 && isTitleLike(text, line, headline)) {
      return BlockKind.HEADLINE;
    }
    if (index > 0 && index < lines.size() - 1 && isTitleLike(text, line, subheading)) {
      return BlockKind.SUBHEADING;
    }
    return BlockKind.PARAGRAPH;
  }

  private static boolean isTitleLike(CharSequence text, CharSpan line, LineLimit limit) {
    return limit.admits(text, line) && !LineRules.endsLikeProse(text, line);
  }

  @Override
  public String toString() {
    return "Structurer[headline=" + headline + ", subheading=" + subheading + "]";
  }
}
