package org.khabar.segment;

import org.khabar.article.Article;
import org.khabar.text.ArabicLetters;

/**
 * Char classes shared by the splitter, the tokenizer and the clitic analyzer.
 *
 * <p>Arabic chars come from {@link ArabicLetters}; the few general punctuation and separator
 * chars the segmenters need are named here after their Unicode names.
 */
final class SegmentChars {

  static final char ARABIC_COMMA = ArabicLetters.ARABIC_COMMA;
  static final char ARABIC_SEMICOLON = ArabicLetters.ARABIC_SEMICOLON;
  static final char ARABIC_LETTER_MARK = ArabicLetters.ARABIC_LETTER_MARK;
  static final char ARABIC_QUESTION_MARK = ArabicLetters.ARABIC_QUESTION_MARK;
  static final char ARABIC_PERCENT_SIGN = ArabicLetters.ARABIC_PERCENT_SIGN;
  static final char ARABIC_DECIMAL_SEPARATOR = ArabicLetters.ARABIC_DECIMAL_SEPARATOR;
  static final char ARABIC_THOUSANDS_SEPARATOR = ArabicLetters.ARABIC_THOUSANDS_SEPARATOR;
  static final char ARABIC_FULL_STOP = ArabicLetters.ARABIC_FULL_STOP;
  static final char ARABIC_TATWEEL = ArabicLetters.TATWEEL;
  static final char HORIZONTAL_ELLIPSIS = '\u2026';
  static final char ZERO_WIDTH_NON_JOINER = ArabicLetters.ZERO_WIDTH_NON_JOINER;
  static final char ZERO_WIDTH_JOINER = ArabicLetters.ZERO_WIDTH_JOINER;
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';
  static final char NEXT_LINE = '\u0085';
  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';

  private SegmentChars() {}

  /**
   * Whitespace: the Unicode space separators and line ends, ZERO WIDTH SPACE and the BOM. Never part
   * of a span's edge. Unlike {@link Article#isBetweenBlocks} it excludes the joiners and bidi marks,
   * which may stand inside a word.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == NEXT_LINE
        || c == '\u200B' // ZERO WIDTH SPACE
        || c == '\uFEFF'; // ZERO WIDTH NO-BREAK SPACE (BOM)
  }

  /**
   * Invisible format controls that carry no text: bidi marks, embeddings and isolates, zero-width
   * (non-)joiners, word joiner, soft hyphen. They are trimmed from sentence edges and skipped
   * between tokens, but stay inside a word when letters surround them.
   */
  static boolean isInvisible(char c) {
    return ArabicLetters.isInvisibleControl(c)
        || ArabicLetters.isJoinerControl(c)
        || (c >= '\u2061' && c <= '\u2064'); // invisible math operators
  }

  /** Space or invisible control: what sentence spans are trimmed of. */
  static boolean isBlank(char c) {
    return isSpace(c) || isInvisible(c);
  }

  /** Line breaks are hard sentence boundaries ({@code \r\n} is two of them, which is harmless). */
  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == LINE_SEPARATOR
        || c == PARAGRAPH_SEPARATOR
        || c == NEXT_LINE
        || c == '\u000B'
        || c == '\f';
  }

  /** Marks that end a sentence. */
  static boolean isTerminal(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == ARABIC_QUESTION_MARK
        || c == HORIZONTAL_ELLIPSIS
        || c == ARABIC_FULL_STOP
        || c == '\u203C' // DOUBLE EXCLAMATION MARK
        || c == '\u2047' // DOUBLE QUESTION MARK
        || c == '\u2048' // QUESTION EXCLAMATION MARK
        || c == '\u2049'; // EXCLAMATION QUESTION MARK
  }

  /** Closing quotes and brackets that stay with the sentence they follow. */
  static boolean isCloser(char c) {
    return c == '\u00BB' // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
        || c == '\u201D' // RIGHT DOUBLE QUOTATION MARK
        || c == RIGHT_SINGLE_QUOTATION_MARK
        || c == '"'
        || c == '\''
        || c == ')'
        || c == ']'
        || c == '}'
        || c == '\u203A' // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
        || c == '\uFD3F'; // ORNATE RIGHT PARENTHESIS
  }

  /** Letters of the Arabic script (not tatweel, digits, marks or punctuation). */
  static boolean isArabicLetter(char c) {
    return ArabicLetters.isArabicLetter(c);
  }

  /**
   * Combining marks (harakat, shadda, sukun, superscript alef, Quranic marks, Latin accents) and
   * tatweel: they belong to the letter before them.
   */
  static boolean isMark(int cp) {
    if (cp == ARABIC_TATWEEL) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
