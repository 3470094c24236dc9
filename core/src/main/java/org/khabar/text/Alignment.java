package org.khabar.text;

import org.khabar.article.CharSpan;

/**
 * Maps offsets of a normalized text to the original text and back.
 *
 * <p>SKELETON: identity only. Immutable and thread-safe.
 */
public final class Alignment {

  private final int length;

  private Alignment(int length) {
    this.length = length;
  }

  static Alignment identity(int length) {
    return new Alignment(length);
  }

  /** The original span that a span of the normalized text came from. */
  public CharSpan toOriginal(CharSpan normalized) {
    return normalized;
  }

  /** The normalized span that a span of the original text became. */
  public CharSpan toNormalized(CharSpan original) {
    return original;
  }
}
