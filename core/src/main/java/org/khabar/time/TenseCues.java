package org.khabar.time;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.FEH;
import static org.khabar.text.ArabicLetters.NOON;
import static org.khabar.text.ArabicLetters.SEEN;
import static org.khabar.text.ArabicLetters.TEH;
import static org.khabar.text.ArabicLetters.WAW;
import static org.khabar.text.ArabicLetters.YEH;

import java.util.Set;
import org.khabar.number.PhraseTable;
import org.khabar.number.WordScan;

/**
 * The tense around each token of a scan: past, future or unknown, from the nearest cue in the same
 * sentence.
 *
 * <p>Past cues are the {@code past} words of the phrase table (past verbs such as {@code أعلن},
 * {@code قال}, {@code عقد} and markers such as {@code أمس}, {@code الماضي}), also after {@code
 * و}/{@code ف} and with a past suffix ({@code ت}, {@code وا}, {@code ا}, {@code تا}). Future cues
 * are the {@code future} words ({@code سوف}, {@code المقبل}, {@code غدا}) and verbs with the future
 * prefix {@code س} before an imperfect prefix {@code ي ت ن} ({@code سيعقد}, {@code ستستضيف}, {@code
 * سيترأسان}), at least five letters long and not one of the {@code not-future} nouns ({@code
 * سياسي}, {@code سنوات}). The cue nearest to the token within {@value #WINDOW} tokens on either
 * side, not crossing a sentence end ({@code . ! ? ؟ ؛} or a line break), decides; a tie goes to the
 * past, the usual tense of news. Linear; immutable after construction.
 */
final class TenseCues {

  static final int WINDOW = 12;

  private final int[] tense;

  TenseCues(WordScan s, PhraseTable phrases, Set<String> notFuture) {
    int n = s.size();
    byte[] cue = new byte[n];
    boolean[] boundary = new boolean[n];
    for (int i = 0; i < n; i++) {
      boundary[i] = s.isSymbol(i, '.') || s.isSymbol(i, '!') || s.isSymbol(i, '?')
          || s.isSymbol(i, '\u061F') || s.isSymbol(i, '\u061B');
      if (s.isWord(i)) {
        cue[i] = cueOf(s.text(i), phrases, notFuture);
      }
    }
    tense = new int[n];
    // Nearest cue to the left and to the right, each in one pass.
    int[] leftDist = new int[n];
    byte[] leftCue = new byte[n];
    int dist = Integer.MAX_VALUE;
    byte last = 0;
    for (int i = 0; i < n; i++) {
      if (boundary[i] || s.lineBreakBefore(i)) {
        dist = Integer.MAX_VALUE;
        last = 0;
      }
      leftDist[i] = dist == Integer.MAX_VALUE ? dist : dist + 1;
      leftCue[i] = last;
      if (cue[i] != 0) {
        dist = 0;
        last = cue[i];
      } else if (dist != Integer.MAX_VALUE) {
        dist++;
      }
    }
    dist = Integer.MAX_VALUE;
    last = 0;
    for (int i = n - 1; i >= 0; i--) {
      int rightDist = dist == Integer.MAX_VALUE ? dist : dist + 1;
      byte rightCue = last;
      int l = leftDist[i] <= WINDOW ? leftDist[i] : Integer.MAX_VALUE;
      int r = rightDist <= WINDOW ? rightDist : Integer.MAX_VALUE;
      if (l == Integer.MAX_VALUE && r == Integer.MAX_VALUE) {
        tense[i] = 0;
      } else if (l < r) {
        tense[i] = leftCue[i];
      } else if (r < l) {
        tense[i] = rightCue;
      } else {
        tense[i] = leftCue[i] < 0 || rightCue < 0 ? -1 : 1;
      }
      if (cue[i] != 0) {
        dist = 0;
        last = cue[i];
      } else if (dist != Integer.MAX_VALUE) {
        dist++;
      }
      if (boundary[i] || s.lineBreakBefore(i)) {
        dist = Integer.MAX_VALUE;
        last = 0;
      }
    }
  }

  /** -1 past, 1 future, 0 unknown, for the token at {@code i}. */
  int at(int i) {
    return i >= 0 && i < tense.length ? tense[i] : 0;
  }

  static byte cueOf(String w, PhraseTable phrases, Set<String> notFuture) {
    String x = w;
    if (x.length() > 3 && (x.charAt(0) == WAW || x.charAt(0) == FEH)) {
      byte c = cueOfBare(x.substring(1), phrases, notFuture);
      if (c != 0) {
        return c;
      }
    }
    return cueOfBare(x, phrases, notFuture);
  }

  private static byte cueOfBare(String x, PhraseTable phrases, Set<String> notFuture) {
    if (phrases.contains("future", x)) {
      return 1;
    }
    if (phrases.contains("past", x)) {
      return -1;
    }
    for (String suffix : PAST_SUFFIXES) {
      if (x.length() > suffix.length() + 2 && x.endsWith(suffix)
          && phrases.contains("past", x.substring(0, x.length() - suffix.length()))) {
        return -1;
      }
    }
    if (x.length() >= 5 && x.charAt(0) == SEEN
        && (x.charAt(1) == YEH || x.charAt(1) == TEH || x.charAt(1) == NOON)
        && !isNotFuture(x, notFuture)) {
      return 1;
    }
    return 0;
  }

  private static boolean isNotFuture(String x, Set<String> notFuture) {
    for (String w : notFuture) {
      if (w.length() <= 3 ? x.equals(w) : x.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PAST_SUFFIXES = {
    String.valueOf(TEH),
    new String(new char[] {WAW, ALEF}),
    String.valueOf(ALEF),
    new String(new char[] {TEH, ALEF}),
  };
}
