package org.khabar.time;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.FEH;
import static org.khabar.text.ArabicLetters.NOON;
import static org.khabar.text.ArabicLetters.SEEN;
import static org.khabar.text.ArabicLetters.TEH;
import static org.khabar.text.ArabicLetters.WAW;
import static org.khabar.text.ArabicLetters.YEH;

import java.util.Arrays;
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
 * past, the usual tense of news. Each token's cue is read when a rule first needs it, so a block
 * with no date to place in time reads none. Not thread-safe: one per scan and thread.
 */
final class TenseCues {

  static final int WINDOW = 12;

  /** A cue not yet read: the cues are read only for the tokens a rule asks about. */
  private static final byte UNREAD = 2;

  private final WordScan s;
  private final PhraseTable phrases;
  private final Set<String> notFuture;
  /** Each token's cue once read: -1 past, 1 future, 0 none, {@link #UNREAD}. */
  private final byte[] cues;

  TenseCues(WordScan s, PhraseTable phrases, Set<String> notFuture) {
    this.s = s;
    this.phrases = phrases;
    this.notFuture = notFuture;
    this.cues = new byte[s.size()];
    Arrays.fill(cues, UNREAD);
  }

  /**
   * -1 past, 1 future, 0 unknown, for the token at {@code i}: the cue nearest to it within
   * {@value #WINDOW} tokens (not itself), the past on a tie, where no sentence end or line break
   * lies between the two (one at the token itself hides the cues before it, one at the cue hides
   * it from the tokens before). Reads at most {@code 2 × WINDOW} tokens' cues.
   */
  int at(int i) {
    if (i < 0 || i >= cues.length) {
      return 0;
    }
    int left = Integer.MAX_VALUE;
    byte leftCue = 0;
    if (!blocks(i)) {
      for (int j = i - 1; j >= 0 && i - j <= WINDOW; j--) {
        byte c = cue(j);
        if (c != 0) {
          left = i - j;
          leftCue = c;
          break;
        }
        if (blocks(j)) {
          break;
        }
      }
    }
    int right = Integer.MAX_VALUE;
    byte rightCue = 0;
    for (int j = i + 1; j < cues.length && j - i <= WINDOW && !blocks(j); j++) {
      byte c = cue(j);
      if (c != 0) {
        right = j - i;
        rightCue = c;
        break;
      }
    }
    if (left == Integer.MAX_VALUE && right == Integer.MAX_VALUE) {
      return 0;
    }
    if (left != right) {
      return left < right ? leftCue : rightCue;
    }
    return leftCue < 0 || rightCue < 0 ? -1 : 1;
  }

  /** Whether token {@code k} ends what the cues before it reach: a sentence end or a new line. */
  private boolean blocks(int k) {
    return s.isSymbol(k, '.') || s.isSymbol(k, '!') || s.isSymbol(k, '?')
        || s.isSymbol(k, '\u061F') || s.isSymbol(k, '\u061B') || s.lineBreakBefore(k);
  }

  private byte cue(int k) {
    byte c = cues[k];
    if (c == UNREAD) {
      c = s.isWord(k) ? cueOf(s.text(k), phrases, notFuture) : 0;
      cues[k] = c;
    }
    return c;
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
