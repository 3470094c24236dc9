package org.khabar.quote;

import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/** What the quote rules read in the chars between and around words. Stateless. */
final class QuoteText {

  private QuoteText() {}

  /** Whether only spaces lie in {@code [from, to)}. */
  static boolean onlySpaces(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!TextChars.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The offset of the first colon in {@code gap}, or -1. */
  static int colonIn(String text, CharSpan gap) {
    for (int k = gap.start(); k < gap.end(); k++) {
      if (BlockQuotes.COLONS.indexOf(text.charAt(k)) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** {@code s} without the spaces at its ends. */
  static CharSpan trim(String text, CharSpan s) {
    int a = s.start();
    int b = s.end();
    while (a < b && TextChars.isSpace(text.charAt(a))) {
      a++;
    }
    while (b > a && TextChars.isSpace(text.charAt(b - 1))) {
      b--;
    }
    return CharSpan.of(a, b);
  }

  /** The words of {@code s}, counted up to {@link QuoteFinder#MIN_UNATTRIBUTED_WORDS}. */
  static int countWords(String text, CharSpan s) {
    int count = 0;
    boolean inWord = false;
    for (int k = s.start(); k < s.end() && count < QuoteFinder.MIN_UNATTRIBUTED_WORDS; k++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(k));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter || (inWord && !TextChars.isSpace(text.charAt(k)));
    }
    return count;
  }

  /**
   * Whether a gap between words ends a sentence: it holds a {@linkplain
   * TextChars#isSentenceTerminal sentence terminal} other than a full stop, or a full stop that is
   * not part of the {@code ..} headline separator.
   */
  static boolean isSentenceEnd(String text, CharSpan gap) {
    for (int k = gap.start(); k < gap.end(); k++) {
      char c = text.charAt(k);
      if (c != '.' && TextChars.isSentenceTerminal(c)) {
        return true;
      }
      if (c == '.') {
        boolean dotBefore = k > gap.start() && text.charAt(k - 1) == '.';
        boolean dotAfter = k + 1 < gap.end() && text.charAt(k + 1) == '.';
        if (!dotBefore && !dotAfter) {
          return true;
        }
      }
    }
    return false;
  }
}
