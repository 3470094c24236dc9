package org.khabar.article;

import java.util.Objects;

/**
 * A stretch of text that refers to someone or something, such as the speaker of a quote. Immutable.
 *
 * @param span offsets into the article's original text
 * @param text the original text at {@code span}
 * @param canonical the canonical form of the entity it refers to, or {@code text} itself
 */
public record Mention(CharSpan span, String text, String canonical) {

  /**
   * Validates the arguments.
   *
   * @param span offsets into the original text
   * @param text the original text at {@code span}
   * @param canonical the canonical form
   * @throws NullPointerException if an argument is null
   */
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
  }
}
