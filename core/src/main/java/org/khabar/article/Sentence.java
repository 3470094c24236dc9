package org.khabar.article;

import java.util.Objects;

/**
 * One sentence. Immutable.
 *
 * @param span offsets into the article's original text
 */
public record Sentence(CharSpan span) {

  /**
   * Validates the argument.
   *
   * @param span offsets into the original text
   * @throws NullPointerException if {@code span} is null
   */
  public Sentence {
    Objects.requireNonNull(span, "span");
  }
}
