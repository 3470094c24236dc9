package org.khabar.number;

import java.util.Arrays;
import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.article.Token;
import org.khabar.text.Alignment;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.NormalizedText;

/**
 * A region of a text in its matching form, with the map back to the original offsets: what a
 * {@link WordScan} cuts. Built from the token layer, it reads each token's {@link Token#key()} and
 * normalizes only the gaps between tokens and the tokens whose key is not char-for-char; built
 * from plain text, it normalizes the region. Both give the same string, since the matching
 * normalizer works char by char (a run of spaces aside, which the scan skips). Immutable.
 */
final class ScanText {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.matching();

  private static final char PHRASE_LIGATURE_SALLALLAHOU =
      ArabicLetters.LIGATURE_SALLALLAHOU_ALAYHE_WASALLAM;
  private static final char PHRASE_LIGATURE_JALLAJALALOUHOU =
      ArabicLetters.LIGATURE_JALLAJALALOUHOU;
  /** A ligature the normalizer leaves as one symbol char (U+FDFD, the bismillah). */
  private static final char SYMBOL_LIGATURE = ArabicLetters.LIGATURE_BISMILLAH_AR_RAHMAN_AR_RAHEEM;

  /**
   * Per char: 0 not yet known, 1 if the normalizer maps it alone to one char, 2 if not. Filled as
   * met; racy filling is safe, every writer stores the same value.
   */
  private static final byte[] ONE_FOR_ONE = new byte[Character.MAX_VALUE + 1];

  final String normalized;
  private final int regionEnd;
  /** Per piece: where it starts in the normalized string and in the original text. */
  private final int[] normStarts;
  private final int[] origStarts;
  /** Per piece: its alignment, or null when it maps char for char. */
  private final Alignment[] alignments;

  private ScanText(Builder b) {
    this.normalized = b.out.toString();
    this.regionEnd = b.regionEnd;
    this.normStarts = Arrays.copyOf(b.normStarts, b.count);
    this.origStarts = Arrays.copyOf(b.origStarts, b.count);
    this.alignments = Arrays.copyOf(b.alignments, b.count);
  }

  /** The region of {@code text} normalized as one piece. */
  static ScanText of(CharSequence text, CharSpan region) {
    Builder b = new Builder(region.length(), region.end());
    b.normalize(text, region.start(), region.end());
    return new ScanText(b);
  }

  /**
   * The region of {@code text} from its {@code tokens} (sorted, disjoint, as the tokenizer gives
   * them; those outside the region are ignored) and the gaps between them.
   */
  static ScanText of(CharSequence text, CharSpan region, List<Token> tokens) {
    Builder b = new Builder(region.length(), region.end());
    int at = region.start();
    for (Token token : tokens) {
      int start = token.span().start();
      int end = token.span().end();
      if (start < at || end > region.end()) {
        continue;
      }
      b.gap(text, at, start);
      if (oneForOne(text, start, end, token.key())) {
        b.add(text, token.key(), start);
      } else {
        b.normalizeLater(start, end);
      }
      at = end;
    }
    b.gap(text, at, region.end());
    b.flush(text);
    return new ScanText(b);
  }

  /** Whether {@code key} is {@code [start, end)} of {@code text} normalized char for char. */
  private static boolean oneForOne(CharSequence text, int start, int end, String key) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      byte known = ONE_FOR_ONE[c];
      if (known == 0) {
        boolean one = c != PHRASE_LIGATURE_SALLALLAHOU && c != PHRASE_LIGATURE_JALLAJALALOUHOU
            && NORMALIZER.normalizeToString(String.valueOf(c)).length() == 1;
        known = one ? (byte) 1 : (byte) 2;
        ONE_FOR_ONE[c] = known;
      }
      if (known != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The original span of normalized chars {@code [from, to)}: from the first original char of
   * {@code from} to the last of {@code to - 1}, in offsets of the whole text.
   */
  CharSpan toOriginal(int from, int to) {
    if (from == to) {
      int p = from == normalized.length() ? regionEnd : startOf(from);
      return CharSpan.of(p, p);
    }
    return CharSpan.of(startOf(from), endOf(to - 1));
  }

  private int startOf(int i) {
    int p = pieceOf(i);
    int local = i - normStarts[p];
    return origStarts[p]
        + (alignments[p] == null ? local : alignments[p].originalOf(local).start());
  }

  private int endOf(int i) {
    int p = pieceOf(i);
    int local = i - normStarts[p];
    return origStarts[p]
        + (alignments[p] == null ? local + 1 : alignments[p].originalOf(local).end());
  }

  /** The piece holding normalized char {@code i} (pieces are never empty). */
  private int pieceOf(int i) {
    int p = Arrays.binarySearch(normStarts, i);
    return p >= 0 ? p : -p - 2;
  }

  private static String withoutPhraseLigatures(String text) {
    return text.indexOf(PHRASE_LIGATURE_SALLALLAHOU) < 0
            && text.indexOf(PHRASE_LIGATURE_JALLAJALALOUHOU) < 0
        ? text
        : text.replace(PHRASE_LIGATURE_SALLALLAHOU, SYMBOL_LIGATURE)
            .replace(PHRASE_LIGATURE_JALLAJALALOUHOU, SYMBOL_LIGATURE);
  }

  /**
   * Appends pieces: a char-for-char piece joins the char-for-char piece it continues, and the
   * others are normalized together with the char before them, since the normalizer lets a mark or
   * tatweel it removes widen the span of the char it follows.
   */
  private static final class Builder {
    final StringBuilder out;
    final int regionEnd;
    int[] normStarts = new int[8];
    int[] origStarts = new int[8];
    Alignment[] alignments = new Alignment[8];
    int count;
    /** Where the last piece ends in the original text, if it maps char for char; else -1. */
    int lastOneForOneEnd = -1;
    /** The start of the original chars waiting to be normalized together, or -1. */
    int pendingFrom = -1;
    int pendingTo;

    Builder(int capacity, int regionEnd) {
      this.out = new StringBuilder(capacity);
      this.regionEnd = regionEnd;
    }

    /** The gap {@code [from, to)} between tokens, a single space without the normalizer. */
    void gap(CharSequence text, int from, int to) {
      if (to - from == 1 && text.charAt(from) == ' ') {
        add(text, " ", from);
      } else if (to > from) {
        normalizeLater(from, to);
      }
    }

    /** Normalizes {@code [from, to)} of {@code text} as one piece. */
    void normalize(CharSequence text, int from, int to) {
      normalizeLater(from, to);
      flush(text);
    }

    void normalizeLater(int from, int to) {
      if (pendingFrom < 0) {
        pendingFrom = from;
        if (lastOneForOneEnd == from && out.length() > 0) {
          // Take back the char before, which what follows may widen.
          pendingFrom--;
          out.setLength(out.length() - 1);
          lastOneForOneEnd--;
          if (out.length() == normStarts[count - 1]) {
            count--;
            lastOneForOneEnd = -1;
          }
        }
      }
      pendingTo = to;
    }

    void flush(CharSequence text) {
      if (pendingFrom < 0) {
        return;
      }
      int from = pendingFrom;
      pendingFrom = -1;
      NormalizedText n = NORMALIZER.normalize(
          withoutPhraseLigatures(text.subSequence(from, pendingTo).toString()));
      append(n.normalized(), from, n.alignment().isIdentity() ? null : n.alignment());
    }

    /** Appends chars that map one for one to the original chars from {@code origStart}. */
    void add(CharSequence text, String chars, int origStart) {
      flush(text);
      append(chars, origStart, null);
    }

    private void append(String chars, int origStart, Alignment alignment) {
      if (chars.isEmpty()) {
        return;
      }
      if (alignment == null && origStart == lastOneForOneEnd) {
        out.append(chars); // continues the last piece char for char
        lastOneForOneEnd += chars.length();
        return;
      }
      if (count == normStarts.length) {
        normStarts = Arrays.copyOf(normStarts, count * 2);
        origStarts = Arrays.copyOf(origStarts, count * 2);
        alignments = Arrays.copyOf(alignments, count * 2);
      }
      normStarts[count] = out.length();
      origStarts[count] = origStart;
      alignments[count] = alignment;
      count++;
      out.append(chars);
      lastOneForOneEnd = alignment == null ? origStart + chars.length() : -1;
    }
  }
}
