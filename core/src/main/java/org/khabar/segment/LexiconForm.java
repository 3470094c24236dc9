package org.khabar.segment;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.khabar.text.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.khabar.text.ArabicLetters.ALEF_MADDA_ABOVE;
import static org.khabar.text.ArabicLetters.ALEF_MAKSURA;
import static org.khabar.text.ArabicLetters.ALEF_WASLA;
import static org.khabar.text.ArabicLetters.FARSI_YEH;
import static org.khabar.text.ArabicLetters.HEH;
import static org.khabar.text.ArabicLetters.KAF;
import static org.khabar.text.ArabicLetters.KEHEH;
import static org.khabar.text.ArabicLetters.TEH_MARBUTA;
import static org.khabar.text.ArabicLetters.YEH;

import org.khabar.text.PresentationForms;
import org.khabar.text.TextChars;

/**
 * The key form under which the clitic lexicon stores and looks up Arabic words.
 *
 * <p>A deliberately small, fixed fold, independent of the normalizer's presets so that the bundled
 * lexicon never goes stale when a preset changes: harakat and other combining marks, tatweel and
 * invisible controls are dropped; alef with hamza above or below, alef with madda and alef wasla
 * become bare alef; alef maqsura becomes yeh; teh marbuta becomes heh; Persian kaf and yeh become
 * their Arabic letters; an Arabic presentation form or ligature becomes the letters it shows
 * ({@link PresentationForms}), so folded. Everything else is kept as is. Stateless and
 * thread-safe.
 */
public final class LexiconForm {

  /** The folded form of every BMP char, 0 for a dropped char; computed once. */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  /** Presentation forms of several letters ({@code ﻻ}, {@code ﷲ}): folded letter by letter. */
  private static final boolean[] LIGATURE = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLDED[c] = compute((char) c);
    }
  }

  private LexiconForm() {}

  /**
   * The key form of {@code word}.
   *
   * @param word a word
   * @return its key form
   */
  public static String of(CharSequence word) {
    return of(word, 0, word.length());
  }

  /** The key form of the chars {@code [start, end)} of {@code text}, without copying them first. */
  static String of(CharSequence text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char raw = text.charAt(i);
      if (LIGATURE[raw]) {
        String letters = PresentationForms.expansion(raw);
        for (int k = 0; k < letters.length(); k++) {
          char f = FOLDED[letters.charAt(k)];
          if (f != 0) {
            sb.append(f);
          }
        }
      } else if (FOLDED[raw] != 0) {
        sb.append(FOLDED[raw]);
      }
    }
    return sb.toString();
  }

  /**
   * The folded char, or 0 when the char is dropped; a presentation form of several letters is kept
   * as it is (fold each of its {@link PresentationForms#expansion} instead).
   */
  static char fold(char c) {
    return FOLDED[c];
  }

  /** The folded form of {@code c}; marks a presentation form of several letters in LIGATURE. */
  private static char compute(char c) {
    if (SegmentChars.isMark(c) || TextChars.isInvisible(c)) {
      return 0;
    }
    String letters = PresentationForms.expansion(c);
    if (letters != null) {
      // A form of one letter folds as that letter, a mark it carries (ﱞ) dropped; a form of
      // several letters stays as it is, and of() folds its letters one by one.
      char only = 0;
      for (int k = 0; k < letters.length(); k++) {
        char f = compute(letters.charAt(k));
        if (f != 0) {
          if (only != 0) {
            LIGATURE[c] = true;
            return c;
          }
          only = f;
        }
      }
      return only;
    }
    switch (c) {
      case ALEF_MADDA_ABOVE:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA:
      case FARSI_YEH:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      case KEHEH:
        return KAF;
      default:
        return c;
    }
  }
}
