package org.khabar.article;

import java.util.Objects;

/**
 * A temporal expression with a TIMEX3-style value. Immutable.
 *
 * @param span offsets into the article's original text
 * @param type the TIMEX3 type
 * @param value the TIMEX3 value ({@code 2025-09-04}, {@code 2025-W35}, {@code 2024-SU}, {@code
 *     199} for a decade, {@code PRESENT_REF}, {@code P4Y}); an unresolved value keeps {@code X}
 *     placeholders rather than a guess
 * @param mod the TIMEX3 modifier ({@code START}, {@code MID}, {@code END}), or empty
 */
public record TimeExpression(CharSpan span, Type type, String value, String mod) {

  /** The TIMEX3 type of an expression. */
  public enum Type {
    /** A calendar date, week, month, season or year. */
    DATE,
    /** A time of day, or a part of a day. */
    TIME,
    /** A length of time: {@code P3Y}. */
    DURATION,
    /** A recurring time: {@code يوميا}, {@code كل خميس}. */
    SET
  }

  /**
   * Validates the arguments.
   *
   * @param span offsets into the original text
   * @param type the TIMEX3 type
   * @param value the TIMEX3 value
   * @param mod the TIMEX3 modifier, or empty
   * @throws NullPointerException if an argument is null
   */
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mod, "mod");
  }
}
