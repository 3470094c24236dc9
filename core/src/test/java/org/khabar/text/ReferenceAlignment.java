package org.khabar.text;

import java.util.Objects;
import org.khabar.article.CharSpan;

/**
 * The dense per-char {@link Alignment} (one start and one end per normalized char), kept as the
 * oracle for the compact one.
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
 * IndexOutOfBoundsException}. Lookups are O(1) for {@link #toOriginal} and O(log n) for {@link
 * #toNormalized}. Immutable and thread-safe.
 */
final class ReferenceAlignment {

  private final int normalizedLength;
  private final int originalLength;
  /** Null for the identity. */
  private final int[] starts;

  private final int[] ends;

  private ReferenceAlignment(int[] starts, int[] ends, int normalizedLength, int originalLength) {
    this.starts = starts;
    this.ends = ends;
    this.normalizedLength = normalizedLength;
    this.originalLength = originalLength;
  }

  /** The alignment of a text to itself. */
  static ReferenceAlignment identity(int length) {
    return new ReferenceAlignment(null, null, length, length);
  }

  /** An alignment from the ranges of each normalized char; the arrays are owned from now on. */
  static ReferenceAlignment of(int[] starts, int[] ends, int originalLength) {
    return new ReferenceAlignment(starts, ends, starts.length, originalLength);
  }

  /** Length of the normalized text. */
  public int normalizedLength() {
    return normalizedLength;
  }

  /** Length of the original text. */
  public int originalLength() {
    return originalLength;
  }

  /** Whether the normalized text is the original, char for char. */
  public boolean isIdentity() {
    return starts == null;
  }

  /** The original span that a span of the normalized text came from (see the class contract). */
  public CharSpan toOriginal(CharSpan normalized) {
    checkWithin(normalized, normalizedLength, "normalized");
    if (starts == null) {
      return normalized;
    }
    if (normalized.isEmpty()) {
      int p = toOriginalOffset(normalized.start());
      return CharSpan.of(p, p);
    }
    return CharSpan.of(starts[normalized.start()], ends[normalized.end() - 1]);
  }

  /**
   * The original offset of the boundary before normalized char {@code normalizedOffset}: the start
   * of its range, or the original length for the end of the normalized text.
   */
  public int toOriginalOffset(int normalizedOffset) {
    if (normalizedOffset < 0 || normalizedOffset > normalizedLength) {
      throw new IndexOutOfBoundsException(
          "normalized offset " + normalizedOffset + " outside [0, " + normalizedLength + "]");
    }
    if (starts == null) {
      return normalizedOffset;
    }
    return normalizedOffset == normalizedLength ? originalLength : starts[normalizedOffset];
  }

  /** The original range that normalized char {@code normalizedIndex} came from; never empty. */
  public CharSpan originalOf(int normalizedIndex) {
    Objects.checkIndex(normalizedIndex, normalizedLength);
    if (starts == null) {
      return CharSpan.of(normalizedIndex, normalizedIndex + 1);
    }
    return CharSpan.of(starts[normalizedIndex], ends[normalizedIndex]);
  }

  /** The normalized span that a span of the original text became (see the class contract). */
  public CharSpan toNormalized(CharSpan original) {
    checkWithin(original, originalLength, "original");
    if (starts == null) {
      return original;
    }
    if (original.isEmpty()) {
      int p = countBelow(starts, original.start());
      return CharSpan.of(p, p);
    }
    int first = countAtMost(ends, original.start());
    int last = countBelow(starts, original.end());
    return CharSpan.of(first, Math.max(first, last));
  }

  /** Number of leading values of the ascending {@code a} that are below {@code key}. */
  private static int countBelow(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Number of leading values of the ascending {@code a} that are at most {@code key}. */
  private static int countAtMost(int[] a, int key) {
    return key == Integer.MAX_VALUE ? a.length : countBelow(a, key + 1);
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
        + (starts == null ? ", identity]" : "]");
  }
}
