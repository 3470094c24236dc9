package org.khabar.article;

import java.util.Objects;

/**
 * A named entity found in an article. Immutable.
 *
 * @param type the entity type
 * @param span offsets into the article's original text, excluding attached proclitics
 * @param text the original text at {@code span}
 * @param canonical the form this mention stands for within the article (the longest mention of the
 *     same entity), or {@code text} itself
 * @param score the recognizer's confidence in {@code [0, 1]}
 */
public record Entity(EntityType type, CharSpan span, String text, String canonical, double score) {

  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text of length " + text.length() + " does not fit span " + span);
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
