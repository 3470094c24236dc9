package org.khabar.text;

import java.util.Objects;
import org.khabar.article.CharSpan;

/**
 * A normalized view of a text, always with its alignment to the original.
 *
 * <p>Search, match or tag in {@link #normalized()}, then report with {@link #toOriginal}: every
 * span Khabar returns is in offsets of {@link #original()}. Immutable and thread-safe.
 *
 * @param original the text as given
 * @param normalized the normalized text
 * @param alignment maps spans between the two; its lengths are those of the two texts
 */
public record NormalizedText(String original, String normalized, Alignment alignment) {

  /**
   * Validates the arguments.
   *
   * @param original the original text
   * @param normalized the normalized text
   * @param alignment the alignment between them
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the alignment does not fit the two texts
   */
  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(alignment, "alignment");
    if (alignment.originalLength() != original.length()
        || alignment.normalizedLength() != normalized.length()) {
      throw new IllegalArgumentException(
          alignment + " does not fit texts of lengths " + original.length() + " and "
              + normalized.length());
    }
  }

  /**
   * The original span that a span of the normalized text came from; see {@link Alignment}.
   *
   * @param normalizedSpan a span of the normalized text
   * @return the original span
   */
  public CharSpan toOriginal(CharSpan normalizedSpan) {
    return alignment.toOriginal(normalizedSpan);
  }

  /**
   * The normalized span that a span of the original text became; see {@link Alignment}.
   *
   * @param originalSpan a span of the original text
   * @return the normalized span
   */
  public CharSpan toNormalized(CharSpan originalSpan) {
    return alignment.toNormalized(originalSpan);
  }

  /**
   * The chars of the original text that a span of the normalized text came from.
   *
   * @param normalizedSpan a span of the normalized text
   * @return the original chars
   */
  public String originalText(CharSpan normalizedSpan) {
    return toOriginal(normalizedSpan).textOf(original);
  }
}
