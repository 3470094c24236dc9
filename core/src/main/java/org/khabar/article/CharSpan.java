package org.khabar.article;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a text.
 *
 * <p>Every span Khabar returns points into the exact text the caller gave it (the original text of
 * an {@link Article}), never into a normalized copy. Immutable and thread-safe.
 *
 * @param start first offset, inclusive, non-negative
 * @param end offset after the last char, exclusive, at least {@code start}
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  /**
   * Validates the offsets.
   *
   * @param start the first offset, inclusive
   * @param end the offset after the last char
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
   */
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * The span {@code [start, end)}.
   *
   * @param start the first offset, inclusive
   * @param end the offset after the last char
   * @return the span
   */
  public static CharSpan of(int start, int end) {
    return new CharSpan(start, end);
  }

  /**
   * Number of UTF-16 chars covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Whether the span covers no char.
   *
   * @return whether {@code start == end}
   */
  public boolean isEmpty() {
    return start == end;
  }

  /**
   * Whether {@code other} lies entirely within this span.
   *
   * @param other another span
   * @return whether this span contains it
   */
  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Whether the offset {@code index} is covered by this span.
   *
   * @param index an offset
   * @return whether the char at {@code index} is inside this span
   */
  public boolean contains(int index) {
    return start <= index && index < end;
  }

  /**
   * Whether the two spans share at least one char.
   *
   * @param other another span
   * @return whether they overlap
   */
  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /**
   * The chars of {@code text} this span covers; the span must lie within the text.
   *
   * @param text the text this span points into
   * @return the chars of the span
   * @throws IndexOutOfBoundsException if the span ends after the text
   */
  public String textOf(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + this + " exceeds text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(CharSpan o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
