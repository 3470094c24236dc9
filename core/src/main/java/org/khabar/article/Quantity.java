package org.khabar.article;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number, written in digits or words, with the noun or unit it counts. Immutable.
 *
 * @param span offsets into the article's original text
 * @param value the numeric value
 * @param unit the counted noun or unit as written ({@code دولة}, {@code %}), or empty
 */
public record Quantity(CharSpan span, BigDecimal value, String unit) {

  /**
   * Validates the arguments.
   *
   * @param span offsets into the original text
   * @param value the numeric value
   * @param unit the counted noun or unit, or empty
   * @throws NullPointerException if an argument is null
   */
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }
}
