package org.khabar.number;

import java.util.Arrays;
import org.khabar.text.ArabicLetters;

/**
 * A token's text in a {@link WordScan} and, for a word, its forms without glued proclitics ({@code
 * و}, {@code ف}, {@code ب}, {@code ل}, and {@code لل} read as {@code ال}) with how many chars each
 * leaves out.
 */
record ScanWord(String text, String[] forms, int[] skips) {

  static final String[] NO_FORMS = {};
  static final int[] NO_SKIPS = {};

  // Kaf is left out: it starts too many words that would read as a number or a date without it
  // (كمية is not ك + مية).
  private static final char[] PROCLITICS = {
    ArabicLetters.WAW, ArabicLetters.FEH, ArabicLetters.BEH, ArabicLetters.LAM
  };
  private static final char[] PREPOSITIONS = {ArabicLetters.BEH, ArabicLetters.LAM};

  static ScanWord of(String w) {
    String[] forms = new String[4];
    int[] skips = new int[4];
    int n = 0;
    // لل before a definite noun is the preposition ل fused with ال: read as ال, covering the
    // word.
    if (w.length() > 3 && w.charAt(0) == ArabicLetters.LAM && w.charAt(1) == ArabicLetters.LAM) {
      forms[n] = ArabicLetters.ALEF + w.substring(1);
      skips[n++] = 0;
    }
    if (w.length() > 2) {
      char c = w.charAt(0);
      for (char p : PROCLITICS) {
        if (c != p) {
          continue;
        }
        String rest = w.substring(1);
        forms[n] = rest;
        skips[n++] = 1;
        if ((c == ArabicLetters.WAW || c == ArabicLetters.FEH) && rest.length() > 2) {
          for (char q : PREPOSITIONS) {
            if (rest.charAt(0) == q) {
              forms[n] = rest.substring(1);
              skips[n++] = 2;
            }
          }
        }
      }
    }
    return n == 0
        ? new ScanWord(w, NO_FORMS, NO_SKIPS)
        : new ScanWord(w, Arrays.copyOf(forms, n), Arrays.copyOf(skips, n));
  }
}
