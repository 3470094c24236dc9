package org.khabar.segment;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.FATHATAN;

import java.util.Arrays;
import org.khabar.article.CharSpan;
import org.khabar.text.ArabicLetters;
import org.khabar.text.PresentationForms;

/** The letters of a word, without marks, with their original offsets. */
final class CliticWord {
  final char[] raw;
  final String folded;
  final int[] offsets;
  final int n;
  /** Whether the word ends in alef with fathatan on it or on the letter before it. */
  final boolean tanweenAlef;

  private CliticWord(char[] raw, String folded, int[] offsets, int n, boolean tanweenAlef) {
    this.raw = raw;
    this.folded = folded;
    this.offsets = offsets;
    this.n = n;
    this.tanweenAlef = tanweenAlef;
  }

  /** Letters from {@code p} to the end. */
  int remaining(int p) {
    return n - p;
  }

  /**
   * The word's letters, or null when it holds anything but Arabic letters and marks. A
   * presentation form stands for the letters it shows ({@code ﻻ}: lam, alef), each at the
   * form's offset.
   */
  static CliticWord read(CharSequence text, CharSpan token) {
    char[] raw = new char[Math.min(token.length(), CliticAnalyzer.MAX_LETTERS) + 1];
    int[] offsets = new int[raw.length];
    StringBuilder folded = new StringBuilder(raw.length);
    int n = 0;
    int fathatanAfter = -1; // letter index the last fathatan followed
    for (int i = token.start(); i < token.end(); i++) {
      char c = text.charAt(i);
      String letters = PresentationForms.expansion(c);
      int count = letters == null ? 1 : letters.length();
      for (int k = 0; k < count; k++) {
        char l = letters == null ? c : letters.charAt(k);
        char f = LexiconForm.fold(l);
        if (f == 0) {
          if (l == FATHATAN) {
            fathatanAfter = n - 1;
          }
          continue;
        }
        if (!ArabicLetters.isArabicLetter(l) || n >= CliticAnalyzer.MAX_LETTERS) {
          return null;
        }
        if (n + 1 >= raw.length) {
          raw = Arrays.copyOf(raw, Math.min(2 * raw.length, CliticAnalyzer.MAX_LETTERS + 1));
          offsets = Arrays.copyOf(offsets, raw.length);
        }
        raw[n] = l;
        offsets[n] = i;
        folded.append(f);
        n++;
      }
    }
    raw[n] = 0;
    boolean tanweenAlef =
        n >= 2 && raw[n - 1] == ALEF && fathatanAfter >= n - 2 && fathatanAfter >= 0;
    return new CliticWord(raw, folded.toString(), offsets, n, tanweenAlef);
  }
}
