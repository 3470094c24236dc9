package org.khabar.models.ner;

/**
 * The coarse shape of a token, aware of Arabic script (OpenNLP's own token class reports Arabic
 * letters as if they were Hiragana). Stateless and thread-safe.
 */
final class ArabicTokenClass {

  private ArabicTokenClass() {}

  /** One of {@code ar, arnum, num, numsep, latcap, latup, latlow, latmix, punct, mixed}. */
  static String of(String token) {
    int arabic = 0;
    int digits = 0;
    int upper = 0;
    int lower = 0;
    int punct = 0;
    int other = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c)) {
        arabic++;
      } else if (c < 128 && Character.isUpperCase(c)) {
        upper++;
      } else if (c < 128 && Character.isLowerCase(c)) {
        lower++;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.FORMAT || c == '\u0640') {
        // harakat, tatweel and invisible marks do not change the shape
      } else if (!Character.isLetterOrDigit(c)) {
        punct++;
      } else {
        other++;
      }
    }
    int n = arabic + digits + upper + lower + punct + other;
    if (n == 0) {
      return "empty";
    }
    if (arabic == n) {
      return "ar";
    }
    if (digits == n) {
      return "num";
    }
    if (digits > 0 && digits + punct == n) {
      return "numsep";
    }
    if (arabic > 0 && arabic + digits == n) {
      return "arnum";
    }
    if (punct == n) {
      return "punct";
    }
    if (upper + lower == n) {
      if (lower == 0) {
        return "latup";
      }
      if (upper == 0) {
        return "latlow";
      }
      return upper == 1 && Character.isUpperCase(token.charAt(0)) ? "latcap" : "latmix";
    }
    return "mixed";
  }
}
