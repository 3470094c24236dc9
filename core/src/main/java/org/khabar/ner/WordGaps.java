package org.khabar.ner;

import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/**
 * What may lie between the words of one name: {@linkplain TextChars#isSpace spaces}, and
 * {@linkplain TextChars#isInvisible invisible} chars (joiners, direction marks) looked through.
 * Stateless.
 */
final class WordGaps {

  private WordGaps() {}

  /** A space, or an invisible control (a joiner, a direction mark) beside one. */
  static boolean isBetweenWords(char c) {
    return TextChars.isSpace(c) || TextChars.isInvisible(c);
  }

  /** The offset of the last space inside {@code span}, or -1. */
  static int lastSpaceIn(String text, CharSpan span) {
    for (int i = span.end() - 1; i > span.start(); i--) {
      if (TextChars.isSpace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether only spaces on one line separate two names, with perhaps invisible controls (joiners,
   * direction marks) among them.
   */
  static boolean onlySpacesBetween(String text, CharSpan left, CharSpan right) {
    if (right.start() <= left.end()) {
      return false;
    }
    boolean space = false;
    for (int i = left.end(); i < right.start(); i++) {
      char c = text.charAt(i);
      if (TextChars.isHorizontalSpace(c)) {
        space = true;
      } else if (!TextChars.isInvisible(c)) {
        return false;
      }
    }
    return space;
  }

  /** Whether the name at {@code span} has no space. */
  static boolean isOneWord(String text, CharSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (TextChars.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
