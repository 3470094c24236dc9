package org.khabar.segment;

import org.khabar.article.Article;

/**
 * Char classes shared by the splitter, the tokenizer and the clitic analyzer.
 *
 * <p>The Arabic constants live here until {@code org.khabar.text.ArabicLetters} (owned by the
 * normalizer) is available on this branch; they are named after their Unicode names.
 */
final class SegmentChars {

  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_PERCENT_SIGN = '\u066A';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char ARABIC_FULL_STOP = '\u06D4';
  static final char ARABIC_TATWEEL = '\u0640';
  static final char HORIZONTAL_ELLIPSIS = '\u2026';
  static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  static final char ZERO_WIDTH_JOINER = '\u200D';
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';
  static final char NEXT_LINE = '\u0085';
  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';

  private SegmentChars() {}

  /** Whitespace in the sense of {@link Article#isBetweenBlocks}: never part of a span's edge. */
  static boolean isSpace(char c) {
    return Article.isBetweenBlocks(c);
  }

  /**
   * Invisible format controls that carry no text: bidi marks, embeddings and isolates, zero-width
   * (non-)joiners, word joiner, soft hyphen. They are trimmed from sentence edges and skipped
   * between tokens, but stay inside a word when letters surround them.
   */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == ARABIC_LETTER_MARK
        || c == '\u00AD' // SOFT HYPHEN
        || c == '\uFEFF';
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

  /** Letters of the Arabic block and its supplements (not digits, marks or punctuation). */
  static boolean isArabicLetter(char c) {
    return ((c >= '\u0620' && c <= '\u064A')
            || (c >= '\u066E' && c <= '\u06D3')
            || c == '\u06D5'
            || (c >= '\u06EE' && c <= '\u06EF')
            || (c >= '\u06FA' && c <= '\u06FF')
            || (c >= '\u0750' && c <= '\u077F')
            || (c >= '\u08A0' && c <= '\u08C9')
            || (c >= '\uFB50' && c <= '\uFDFB')
            || (c >= '\uFE70' && c <= '\uFEFC'))
        && c != ARABIC_TATWEEL
        && Character.isLetter(c);
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
