package org.khabar.number;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.article.CharSpan;
import org.khabar.article.Token;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.TextChars;

/**
 * The words of a region as the date and number rules match them: the matching forms of its tokens,
 * cut into runs of letters, runs of ASCII digits and single symbols.
 *
 * <p>In the pipeline the scan is a view of the token layer: a word's matching form is its token's
 * {@link Token#key()} ({@link ArabicNormalizer#matching()}: digits ASCII, alef, yeh and teh marbuta
 * folded, harakat, tatweel and invisible controls gone), and a token is cut further where the rules
 * need it ({@code 12/3/2024} is five pieces, {@code 3.5} three). Rules compare piece texts with
 * phrases normalized the same way and report their matches with {@link #originalSpan}: exact
 * offsets into the scanned text, including any harakat or tatweel inside or after the matched
 * words and excluding the invisible controls around them. A region without tokens is normalized
 * here, and gives the same scan.
 *
 * <p>Building is linear in the region's length and never throws on any text. Immutable and
 * thread-safe; shared by the number and time taggers.
 */
public final class WordScan {

  /** What a token is made of. */
  public enum Kind {
    /** A word, in any script. */
    WORD,
    /** A run of digits of one system. */
    DIGITS,
    /** Any other char, one token each. */
    SYMBOL
  }

  private static final Kind[] KINDS = Kind.values();

  private final ScanText scanned;
  /** The text the region lies in. */
  private final CharSequence original;
  private final int[] starts;
  private final int[] ends;
  private final byte[] kinds;
  private final boolean[] lineBreakBefore;
  private final String[] texts;
  /** Per word: the forms without glued proclitics, and how many chars each leaves out. */
  private final String[][] bareForms;
  private final int[][] bareSkips;

  private WordScan(ScanText scanned, CharSequence original) {
    this.scanned = scanned;
    this.original = original;
    String s = scanned.normalized;
    int n = s.length();
    int[] st = new int[Math.min(n, 16) + 1];
    int[] en = new int[st.length];
    byte[] kd = new byte[st.length];
    boolean[] br = new boolean[st.length];
    int count = 0;
    boolean pendingBreak = false;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (TextChars.isSpace(c)) {
        if (TextChars.isLineBreak(c)) {
          pendingBreak = true;
        }
        i++;
        continue;
      }
      int j = i + 1;
      Kind kind;
      if (c >= '0' && c <= '9') {
        kind = Kind.DIGITS;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
      } else if (Character.isLetter(c)) {
        kind = Kind.WORD;
        while (j < n
            && (Character.isLetter(s.charAt(j)) || TextChars.isCombiningMark(s.charAt(j)))) {
          j++;
        }
      } else {
        kind = Kind.SYMBOL;
      }
      if (count == st.length) {
        int cap = st.length * 2;
        st = Arrays.copyOf(st, cap);
        en = Arrays.copyOf(en, cap);
        kd = Arrays.copyOf(kd, cap);
        br = Arrays.copyOf(br, cap);
      }
      st[count] = i;
      en[count] = j;
      kd[count] = (byte) kind.ordinal();
      br[count] = pendingBreak;
      pendingBreak = false;
      count++;
      i = j;
    }
    this.starts = Arrays.copyOf(st, count);
    this.ends = Arrays.copyOf(en, count);
    this.kinds = Arrays.copyOf(kd, count);
    this.lineBreakBefore = Arrays.copyOf(br, count);
    this.texts = new String[count];
    this.bareForms = new String[count][];
    this.bareSkips = new int[count][];
    // Repeated words share one text and one set of bare forms (a long text repeats its words).
    Map<String, ScanWord> words = new HashMap<>();
    for (int t = 0; t < count; t++) {
      if (ends[t] - starts[t] == 1 && kd[t] != Kind.WORD.ordinal()) {
        texts[t] = oneChar(s.charAt(starts[t]));
        continue;
      }
      String text = s.substring(starts[t], ends[t]);
      ScanWord word = words.get(text);
      if (word == null) {
        word = kd[t] == Kind.WORD.ordinal()
            ? ScanWord.of(text)
            : new ScanWord(text, ScanWord.NO_FORMS, ScanWord.NO_SKIPS);
        if (words.size() < MAX_SHARED_WORDS) {
          words.put(text, word);
        }
      }
      texts[t] = word.text();
      bareForms[t] = word.forms();
      bareSkips[t] = word.skips();
    }
  }

  /** The most distinct words a scan shares; past it (junk text), words are not shared. */
  private static final int MAX_SHARED_WORDS = 50_000;

  /**
   * One-char strings, filled as met and shared by every scan, so that a flood of one symbol holds
   * one string. Racy filling is safe: every writer stores an equal, immutable string.
   */
  private static final String[] ONE_CHAR = new String[Character.MAX_VALUE + 1];

  private static String oneChar(char c) {
    String one = ONE_CHAR[c];
    if (one == null) {
      one = String.valueOf(c);
      ONE_CHAR[c] = one;
    }
    return one;
  }


  /**
   * The forms of word {@code i} without one or two glued proclitics ({@code و ف} then {@code ب
   * ل}), with {@code لل} read as {@code ال}; empty for other tokens. See {@link #bareSkip}.
   *
   * @param i a token index
   * @return the number of bare forms
   */
  public int bareCount(int i) {
    return i >= 0 && i < texts.length && bareForms[i] != null ? bareForms[i].length : 0;
  }

  /**
   * The {@code k}-th form of word {@code i} without proclitics.
   *
   * @param i a token index
   * @param k which bare form, from 0
   * @return the bare form
   */
  public String bareForm(int i, int k) {
    return bareForms[i][k];
  }

  /**
   * How many normalized chars the {@code k}-th bare form of word {@code i} leaves out at its start.
   *
   * @param i a token index
   * @param k which bare form, from 0
   * @return how many normalized chars it leaves out
   */
  public int bareSkip(int i, int k) {
    return bareSkips[i][k];
  }

  /**
   * Scans {@code region} of {@code text}, normalizing it: for a text without a token layer.
   *
   * @param text the text
   * @param region the region to scan
   * @return the scan
   * @throws IndexOutOfBoundsException if the region does not lie within the text
   */
  public static WordScan of(CharSequence text, CharSpan region) {
    checkRegion(text, region);
    return new WordScan(ScanText.of(text, region), text);
  }

  /**
   * Scans {@code region} of {@code text} from its tokens: the words' matching forms are the
   * tokens' {@linkplain Token#key() keys}, and only what lies between tokens (and the rare token
   * whose key is not its text folded char for char) is normalized here. The scan is the one
   * {@link #of(CharSequence, CharSpan)} makes: the same cut, the same spans.
   *
   * @param text the text the tokens were made from
   * @param region the region to scan
   * @param tokens the tokens of the region, sorted and disjoint; tokens outside it are ignored
   * @return the scan
   * @throws IndexOutOfBoundsException if the region does not lie within the text
   */
  public static WordScan of(CharSequence text, CharSpan region, List<Token> tokens) {
    checkRegion(text, region);
    Objects.requireNonNull(tokens, "tokens");
    return new WordScan(ScanText.of(text, region, tokens), text);
  }

  private static void checkRegion(CharSequence text, CharSpan region) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(region, "region");
    if (region.end() > text.length()) {
      throw new IndexOutOfBoundsException(
          "region " + region + " exceeds text of length " + text.length());
    }
  }

  /**
   * Normalizes a phrase the way scanned text is normalized.
   *
   * @param phrase a phrase as written
   * @return its normalized form
   */
  public static String normalize(CharSequence phrase) {
    return ArabicNormalizer.matching().normalizeToString(phrase);
  }

  /**
   * Number of tokens.
   *
   * @return the number of tokens
   */
  public int size() {
    return texts.length;
  }

  /**
   * The normalized text of token {@code i}.
   *
   * @param i a token index
   * @return its normalized text
   */
  public String text(int i) {
    return texts[i];
  }

  /**
   * The kind of token {@code i}.
   *
   * @param i a token index
   * @return its kind
   */
  public Kind kind(int i) {
    return KINDS[kinds[i]];
  }

  /**
   * Whether token {@code i} exists and is a word.
   *
   * @param i a token index, possibly out of range
   * @return whether it is a word
   */
  public boolean isWord(int i) {
    return i >= 0 && i < texts.length && kinds[i] == Kind.WORD.ordinal();
  }

  /**
   * Whether token {@code i} exists and is a run of digits.
   *
   * @param i a token index, possibly out of range
   * @return whether it is digits
   */
  public boolean isDigits(int i) {
    return i >= 0 && i < texts.length && kinds[i] == Kind.DIGITS.ordinal();
  }

  /**
   * Whether token {@code i} exists and is the symbol {@code c}.
   *
   * @param i a token index, possibly out of range
   * @param c a symbol
   * @return whether it is that symbol
   */
  public boolean isSymbol(int i, char c) {
    return i >= 0 && i < texts.length && kinds[i] == Kind.SYMBOL.ordinal()
        && texts[i].charAt(0) == c;
  }

  /**
   * Whether token {@code i} exists and its normalized text equals {@code word}.
   *
   * @param i a token index, possibly out of range
   * @param word a normalized word
   * @return whether the token is that word
   */
  public boolean is(int i, String word) {
    return i >= 0 && i < texts.length && texts[i].equals(word);
  }

  /**
   * Whether tokens {@code i} and {@code i + 1} exist and touch, with no space between them.
   *
   * @param i a token index, possibly out of range
   * @return whether it touches the next token
   */
  public boolean touchesNext(int i) {
    return i >= 0 && i + 1 < texts.length && ends[i] == starts[i + 1];
  }

  /**
   * Whether a line break lies between token {@code i - 1} and token {@code i}.
   *
   * @param i a token index
   * @return whether a line break comes before it
   */
  public boolean lineBreakBefore(int i) {
    return i >= 0 && i < texts.length && lineBreakBefore[i];
  }

  /**
   * The original span of tokens {@code [first, end)}, the first one cut by {@code skip} leading
   * normalized chars (a proclitic left out of the match); offsets into the scanned text.
   *
   * @param first the first token
   * @param skip normalized chars left out of the first token
   * @param end the token after the last
   * @return the original span
   */
  public CharSpan originalSpan(int first, int skip, int end) {
    return toOriginal(starts[first] + skip, ends[end - 1]);
  }

  /**
   * The original span of tokens {@code [first, end)}.
   *
   * @param first the first token
   * @param end the token after the last
   * @return the original span
   */
  public CharSpan originalSpan(int first, int end) {
    return originalSpan(first, 0, end);
  }

  /**
   * The original span of normalized chars {@code [from, to)} of token {@code i}.
   *
   * @param i a token index
   * @param from the first normalized char of the token, inclusive
   * @param to the normalized char after the last
   * @return the original span
   */
  public CharSpan originalSpanWithin(int i, int from, int to) {
    return toOriginal(starts[i] + from, starts[i] + to);
  }

  private CharSpan toOriginal(int from, int to) {
    return scanned.toOriginal(from, to);
  }

  /**
   * The chars of the scanned text's region that an original span (as returned here) covers.
   *
   * @param span an original span returned by this scan
   * @return the chars it covers
   */
  public String originalText(CharSpan span) {
    return original.subSequence(span.start(), span.end()).toString();
  }
}
