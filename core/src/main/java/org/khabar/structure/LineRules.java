package org.khabar.structure;

import org.khabar.article.CharSpan;
import org.khabar.text.ArabicLetters;
import org.khabar.text.TextChars;

/**
 * The small tests the structurer applies to one line: is it bulleted, how does it end, how many
 * words does it hold. Each is a pure function of the text and the line's span, linear in the
 * line's length, so it can be tested and refined alone. Stateless and thread-safe.
 */
final class LineRules {

  /**
   * Marks that open a list item when followed by whitespace: hyphen-minus, bullet, asterisk, en
   * dash, em dash, and the small geometric bullets.
   */
  static final String BULLETS =
      "-*"
          + "\u2022" // BULLET
          + "\u2013" // EN DASH
          + "\u2014" // EM DASH
          + "\u2043" // HYPHEN BULLET
          + "\u25AA\u25CF\u25E6"; // small black square, black circle, white bullet

  /**
   * Punctuation after which a line reads as prose rather than a title: sentence ends (Latin and
   * Arabic question marks, the ellipsis, the Urdu full stop, the double marks), and the colon,
   * semicolon and comma in both scripts, which announce that the text goes on.
   */
  static final String PROSE_ENDINGS =
      ".!?:;,"
          + "\u061F" // ARABIC QUESTION MARK
          + "\u061B" // ARABIC SEMICOLON
          + "\u060C" // ARABIC COMMA
          + "\u06D4" // ARABIC FULL STOP (Urdu)
          + "\u2026" // HORIZONTAL ELLIPSIS
          + "\u203C\u2047\u2048\u2049"; // double exclamation and question marks

  /**
   * Closing quotes and brackets, which may follow the punctuation that ends a line. The left
   * curly quotes are included because some Arabic typesetting closes quotes with them.
   */
  static final String CLOSERS =
      "\"')]}"
          + "\u00BB" // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
          + "\u201D" // RIGHT DOUBLE QUOTATION MARK
          + "\u201C" // LEFT DOUBLE QUOTATION MARK
          + "\u2019" // RIGHT SINGLE QUOTATION MARK
          + "\u2018" // LEFT SINGLE QUOTATION MARK
          + "\u203A"; // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK

  private LineRules() {}

  /**
   * Whether the line opens with a bullet mark followed by whitespace and then at least one letter
   * or digit ({@code "- نص"}; not {@code "* * *"} nor {@code "-5"}).
   */
  static boolean startsWithBullet(CharSequence text, CharSpan line) {
    int i = line.start();
    if (line.length() < 3 || BULLETS.indexOf(text.charAt(i)) < 0) {
      return false;
    }
    if (!TextChars.isSpace(text.charAt(i + 1))) {
      return false;
    }
    return countWords(text, CharSpan.of(i + 2, line.end()), 1) >= 1;
  }

  /**
   * Whether the line's last visible char, looking past closing quotes and brackets, is one of
   * {@link #PROSE_ENDINGS}.
   */
  static boolean endsLikeProse(CharSequence text, CharSpan line) {
    int i = line.end() - 1;
    while (i >= line.start() && isSkippableAtEnd(text.charAt(i))) {
      i--;
    }
    return i >= line.start() && PROSE_ENDINGS.indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Whether the line's last visible char, looking past closing quotes and brackets, is a colon
   * (Latin or fullwidth): the line announces what follows.
   */
  static boolean endsWithColon(CharSequence text, CharSpan line) {
    int i = line.end() - 1;
    while (i >= line.start() && isSkippableAtEnd(text.charAt(i))) {
      i--;
    }
    return i >= line.start() && (text.charAt(i) == ':' || text.charAt(i) == '\uFF1A');
  }

  /**
   * Whether the line's first word opens with the conjunction waw and has at least three more
   * letters ({@code وأضاف}, {@code وتشمل}): in Arabic news a line that starts this way continues the
   * narrative. Words such as {@code وزارة} also match; callers use it only to compare lines.
   */
  static boolean startsWithWaw(CharSequence text, CharSpan line) {
    int i = line.start();
    while (i < line.end() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    if (i >= line.end() || text.charAt(i) != ArabicLetters.WAW) {
      return false;
    }
    int letters = 0;
    for (int j = i + 1; j < line.end() && letters < 3; j++) {
      char c = text.charAt(j);
      if (TextChars.isSpace(c)) {
        break;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }

  private static boolean isSkippableAtEnd(char c) {
    return CLOSERS.indexOf(c) >= 0
        || TextChars.isBreakingSpace(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /**
   * The number of words in the line, counting no further than {@code limit + 1}. A word is a run
   * of chars between whitespace that holds at least one letter or digit, so a lone dash or
   * quote mark is not one.
   */
  static int countWords(CharSequence text, CharSpan line, int limit) {
    int words = 0;
    boolean inRun = false;
    boolean runHasWord = false;
    for (int i = line.start(); i < line.end() && words <= limit; i++) {
      char c = text.charAt(i);
      if (TextChars.isSpace(c)) {
        if (inRun && runHasWord) {
          words++;
        }
        inRun = false;
        runHasWord = false;
      } else {
        inRun = true;
        runHasWord |= Character.isLetterOrDigit(c);
      }
    }
    if (inRun && runHasWord) {
      words++;
    }
    return words;
  }
}
