package org.khabar.structure;

import com.google.common.base.Preconditions;
import org.khabar.article.CharSpan;

/**
 * What counts as a short line: at most {@code maxWords} words and at most {@code maxChars} UTF-16
 * chars, and at least one word. Words are runs between whitespace holding a letter or digit.
 * Immutable.
 *
 * @param maxWords the most words a short line may hold, at least 1
 * @param maxChars the most chars a short line may span, trimmed, at least 1
 */
public record LineLimit(int maxWords, int maxChars) {

  /** Headlines: up to 20 words and 160 chars, room for a long news title. */
  public static final LineLimit HEADLINE = new LineLimit(20, 160);

  /** Subheadings: up to 12 words and 100 chars, a section title rather than a sentence. */
  public static final LineLimit SUBHEADING = new LineLimit(12, 100);

  /**
   * Validates the limits.
   *
   * @param maxWords the most words of a short line
   * @param maxChars the most chars of a short line
   * @throws IllegalArgumentException if a limit is not positive
   */
  public LineLimit {
    Preconditions.checkArgument(maxWords >= 1, "maxWords must be at least 1: %s", maxWords);
    Preconditions.checkArgument(maxChars >= 1, "maxChars must be at least 1: %s", maxChars);
  }

  /**
   * Whether the line at {@code line} of {@code text} is short by this limit.
   *
   * @param text the text
   * @param line a line's span
   * @return whether the line is short
   */
  public boolean admits(CharSequence text, CharSpan line) {
    if (line.length() > maxChars) {
      return false;
    }
    int words = LineRules.countWords(text, line, maxWords);
    return words >= 1 && words <= maxWords;
  }

  /**
   * Whether the line reads as a title by this limit: short by it, and not ending like prose
   * ({@code .}, {@code :}, {@code ،} ... before closing quotes).
   *
   * @param text the text
   * @param line a line's span
   * @return whether the line is title-like
   */
  public boolean admitsTitle(CharSequence text, CharSpan line) {
    return admits(text, line) && !LineRules.endsLikeProse(text, line);
  }
}
