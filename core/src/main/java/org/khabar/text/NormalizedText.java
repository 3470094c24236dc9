package org.khabar.text;

import java.util.Objects;
import org.khabar.article.CharSpan;

/**
 * A normalized view of a text, always with its alignment to the original. Immutable.
 *
 * @param original the text as given
 * @param normalized the normalized text
 * @param alignment maps offsets between the two
 */
public record NormalizedText(String original, String normalized, Alignment alignment) {

  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(alignment, "alignment");
  }

  /** The original span that a span of the normalized text came from. */
  public CharSpan toOriginal(CharSpan normalizedSpan) {
    return alignment.toOriginal(normalizedSpan);
  }

  /** The normalized span that a span of the original text became. */
  public CharSpan toNormalized(CharSpan originalSpan) {
    return alignment.toNormalized(originalSpan);
  }
}
