package org.khabar.segment;

import org.khabar.text.ArabicLetters;
import org.khabar.text.TextChars;

/**
 * The chars and char classes of the splitter and the tokenizer alone; the shared classes are
 * {@link TextChars}' and the Arabic chars {@link ArabicLetters}'.
 */
final class SegmentChars {

  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';

  private SegmentChars() {}

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

  /** A combining mark or tatweel: it belongs to the letter before it. */
  static boolean isMark(int cp) {
    return cp == ArabicLetters.TATWEEL || TextChars.isCombiningMark(cp);
  }
}
