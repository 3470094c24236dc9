package org.khabar.text;

import java.util.Objects;
import org.khabar.article.CharSpan;

/**
 * Maps spans of a normalized text to spans of the original text it came from, and back.
 *
 * <p>The map is stored as the original range {@code [start(i), end(i))} of every normalized char
 * {@code i}: the code point it came from, widened to cover the harakat and tatweel removed after
 * it and, for a space, the whole whitespace run it stands for. All chars of one expansion (the
 * four words of U+FDFA, the two letters of U+FEFB) share the range of the ligature. Ranges are
 * never empty; two ranges are either identical (one expansion) or disjoint, and they ascend with
 * {@code i}, so both {@code start} and {@code end} are monotone. Original chars that no normalized
 * char came from (removed invisible controls, harakat at the very start of the text) lie outside
 * every range.
 *
 * <p>Contract, for a normalized text of length {@code n} and an original of length {@code m}:
 *
 * <ul>
 *   <li>{@link #toOriginal}: a non-empty span {@code [s, e)} maps to {@code [start(s), end(e -
 *       1))}, the exact original text of those chars including their trailing harakat; a span
 *       that cuts an expansion widens to the whole ligature. An empty span at {@code p < n} maps to
 *       the empty span at {@code start(p)}, an empty span at {@code n} to the empty span at {@code
 *       m}.
 *   <li>{@link #toNormalized}: a non-empty span maps to the smallest normalized span holding every
 *       normalized char whose range overlaps it; if there is none (the span covers only removed
 *       chars) it maps to the empty span where those chars were. An empty span at {@code q} maps to
 *       the empty span after every normalized char that starts before {@code q}.
 *   <li>Round trip: for every non-empty normalized span {@code x}, {@code
 *       toNormalized(toOriginal(x))} contains {@code x} (and equals it unless {@code x} cuts an
 *       expansion); for every original span {@code y}, {@code toOriginal(toNormalized(y))} contains
 *       every char of {@code y} that lies in some range.
 *   <li>Both maps are monotone on non-empty spans: if {@code x.start() <= y.start()} and {@code
 *       x.end() <= y.end()}, the same holds for their images. (Two disjoint original spans may
 *       share an image: a letter and its removed haraka both map to the letter.)
 * </ul>
 *
 * <p>Spans beyond the end of their text are caller mistakes and throw {@link
 * IndexOutOfBoundsException}. Immutable and thread-safe.
 *
 * <p>Stored compactly: most normalized chars come from exactly one original char, right after the
 * original char of the normalized char before them, so the map is kept as a list of segments, each
 * either a linear run (starting at normalized {@code p} and original {@code o}, normalized char
 * {@code i} has the range {@code [o + i - p, o + i - p + 1)}) or one group whose chars all share
 * one range. Every lookup is a binary search over the segments: O(log r), where {@code r} is the
 * number of places where the text changed length (O(1) for the identity or a text that changed no
 * length), at most O(log n).
 */
public final class Alignment {

  private final int normalizedLength;
  private final int originalLength;
  /** Number of segments; -1 for the identity. */
  private final int count;
  /** The normalized index where each segment starts; strictly ascending, 0 first. */
  private final int[] segNorm;
  /** The original start of the first char of each segment; strictly ascending. */
  private final int[] segStart;
  /** The original end of the first char of each segment; strictly ascending. */
  private final int[] segEnd;
  /** Whether each segment is a linear run of width-1 ranges (else all its chars share one range). */
  private final boolean[] segLinear;

  private Alignment(
      int count, int[] segNorm, int[] segStart, int[] segEnd, boolean[] segLinear,
      int normalizedLength, int originalLength) {
    this.count = count;
    this.segNorm = segNorm;
    this.segStart = segStart;
    this.segEnd = segEnd;
    this.segLinear = segLinear;
    this.normalizedLength = normalizedLength;
    this.originalLength = originalLength;
  }

  /** The alignment of a text to itself. */
  static Alignment identity(int length) {
    return new Alignment(-1, null, null, null, null, length, length);
  }

  /**
   * An alignment from its first {@code count} segments, as built by {@link Folder}; the arrays are
   * owned from now on and may be longer than {@code count}.
   */
  static Alignment ofSegments(
      int count, int[] segNorm, int[] segStart, int[] segEnd, boolean[] segLinear,
      int normalizedLength, int originalLength) {
    return new Alignment(
        count, segNorm, segStart, segEnd, segLinear, normalizedLength, originalLength);
  }

  /**
   * Length of the normalized text.
   *
   * @return the normalized length
   */
  public int normalizedLength() {
    return normalizedLength;
  }

  /**
   * Length of the original text.
   *
   * @return the original length
   */
  public int originalLength() {
    return originalLength;
  }

  /**
   * Whether the normalized text is the original, char for char.
   *
   * @return whether the alignment is the identity
   */
  public boolean isIdentity() {
    return count < 0;
  }

  /**
   * The original span that a span of the normalized text came from (see the class contract).
   *
   * @param normalized a span of the normalized text
   * @return the original span
   */
  public CharSpan toOriginal(CharSpan normalized) {
    checkWithin(normalized, normalizedLength, "normalized");
    if (count < 0) {
      return normalized;
    }
    int s = normalized.start();
    if (s == normalized.end()) {
      int p = toOriginalOffset(s);
      return CharSpan.of(p, p);
    }
    int k = segmentOf(s, 0);
    int last = normalized.end() - 1;
    int j = last < segmentEnd(k) ? k : segmentOf(last, k + 1);
    return CharSpan.of(startOf(k, s), endOf(j, last));
  }

  /**
   * The original offset of the boundary before normalized char {@code normalizedOffset}: the start
   * of its range, or the original length for the end of the normalized text.
   *
   * @param normalizedOffset an offset of the normalized text, up to its length
   * @return the original offset
   */
  public int toOriginalOffset(int normalizedOffset) {
    if (normalizedOffset < 0 || normalizedOffset > normalizedLength) {
      throw new IndexOutOfBoundsException(
          "normalized offset " + normalizedOffset + " outside [0, " + normalizedLength + "]");
    }
    if (count < 0) {
      return normalizedOffset;
    }
    if (normalizedOffset == normalizedLength) {
      return originalLength;
    }
    return startOf(segmentOf(normalizedOffset, 0), normalizedOffset);
  }

  /**
   * The original range that normalized char {@code normalizedIndex} came from; never empty.
   *
   * @param normalizedIndex the index of a normalized char
   * @return its original range
   */
  public CharSpan originalOf(int normalizedIndex) {
    Objects.checkIndex(normalizedIndex, normalizedLength);
    if (count < 0) {
      return CharSpan.of(normalizedIndex, normalizedIndex + 1);
    }
    int k = segmentOf(normalizedIndex, 0);
    return CharSpan.of(startOf(k, normalizedIndex), endOf(k, normalizedIndex));
  }

  /**
   * The normalized span that a span of the original text became (see the class contract).
   *
   * @param original a span of the original text
   * @return the normalized span
   */
  public CharSpan toNormalized(CharSpan original) {
    checkWithin(original, originalLength, "original");
    if (count < 0) {
      return original;
    }
    if (original.isEmpty()) {
      int p = countStartingBelow(original.start());
      return CharSpan.of(p, p);
    }
    int first = countEndingAtMost(original.start());
    int last = countStartingBelow(original.end());
    return CharSpan.of(first, Math.max(first, last));
  }

  /** The normalized index where segment {@code k} ends. */
  private int segmentEnd(int k) {
    return k + 1 < count ? segNorm[k + 1] : normalizedLength;
  }

  /** The original start of normalized char {@code i}, which lies in segment {@code k}. */
  private int startOf(int k, int i) {
    return segLinear[k] ? segStart[k] + (i - segNorm[k]) : segStart[k];
  }

  /** The original end of normalized char {@code i}, which lies in segment {@code k}. */
  private int endOf(int k, int i) {
    return segLinear[k] ? segEnd[k] + (i - segNorm[k]) : segEnd[k];
  }

  /** The segment holding normalized char {@code i}, searching from segment {@code from} on. */
  private int segmentOf(int i, int from) {
    return lastAtMost(segNorm, from, count, i);
  }

  /** Number of normalized chars whose range starts before original offset {@code q}. */
  private int countStartingBelow(int q) {
    int k = lastAtMost(segStart, 0, count, q - 1);
    if (k < 0) {
      return 0;
    }
    return segLinear[k]
        ? Math.min(segmentEnd(k), segNorm[k] + (q - segStart[k]))
        : segmentEnd(k);
  }

  /** Number of normalized chars whose range ends at or before original offset {@code q}. */
  private int countEndingAtMost(int q) {
    int k = lastAtMost(segEnd, 0, count, q);
    if (k < 0) {
      return 0;
    }
    // In a linear run the char at segNorm[k] + j ends at segEnd[k] + j.
    return segLinear[k]
        ? Math.min(segmentEnd(k), segNorm[k] + 1 + (q - segEnd[k]))
        : segmentEnd(k);
  }

  /**
   * The last index in {@code [from, to)} of the ascending {@code a} whose value is at most {@code
   * key}, or {@code from - 1} if there is none.
   */
  private static int lastAtMost(int[] a, int from, int to, int key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  private static void checkWithin(CharSpan span, int length, String which) {
    Objects.requireNonNull(span, which);
    if (span.end() > length) {
      throw new IndexOutOfBoundsException(
          "span " + span + " exceeds the " + which + " text of length " + length);
    }
  }

  @Override
  public String toString() {
    return "Alignment[" + normalizedLength + " <- " + originalLength
        + (count < 0 ? ", identity]" : "]");
  }
}
