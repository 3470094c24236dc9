package org.khabar.segment;

import static org.khabar.segment.SegmentChars.RIGHT_SINGLE_QUOTATION_MARK;
import static org.khabar.segment.SegmentChars.isMark;
import static org.khabar.text.ArabicLetters.ARABIC_DECIMAL_SEPARATOR;
import static org.khabar.text.ArabicLetters.ARABIC_QUESTION_MARK;
import static org.khabar.text.ArabicLetters.ARABIC_THOUSANDS_SEPARATOR;
import static org.khabar.text.TextChars.HORIZONTAL_ELLIPSIS;

/** The char classes of the token rules, beside {@link SegmentChars}'. Stateless. */
final class TokenChars {

  private TokenChars() {}

  static boolean isSkipped(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.SURROGATE;
  }

  static boolean isRunPunctuation(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == HORIZONTAL_ELLIPSIS;
  }

  static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  static boolean isWordJoiner(char c) {
    return c == '-' || c == '\'' || c == RIGHT_SINGLE_QUOTATION_MARK;
  }

  static boolean isNumberSeparator(char c) {
    return c == '.'
        || c == ','
        || c == ARABIC_DECIMAL_SEPARATOR
        || c == ARABIC_THOUSANDS_SEPARATOR
        || c == '/'
        || c == ':';
  }

  static boolean isTagChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  static boolean isUrlChar(char c) {
    if (c < 0x80) {
      return c > 0x20
          && c != '"'
          && c != '<'
          && c != '>'
          && c != '`'
          && c != '{'
          && c != '}'
          && c != '|'
          && c != '\\'
          && c != '^'
          && c != 0x7F;
    }
    // Internationalized paths: letters, digits and marks of any script, but no punctuation that
    // reads as prose around the URL.
    return !Character.isSurrogate(c) && (Character.isLetterOrDigit(c) || isMark(c));
  }

  static boolean isEmailLocalChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
