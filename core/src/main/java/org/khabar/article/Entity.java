package org.khabar.article;

import java.util.Objects;
import java.util.Optional;

/**
 * A named entity found in an article. Immutable.
 *
 * @param type the entity type
 * @param span offsets into the article's original text, excluding attached proclitics
 * @param text the original text at {@code span}
 * @param canonical the form this mention stands for within the article (the longest mention of the
 *     same entity), or {@code text} itself
 * @param score the recognizer's confidence in {@code [0, 1]}
 * @param title the title or role written in front of a person ({@code الرئيس الفرنسي}), as offsets
 *     into the original text; outside {@code span}; empty when none
 */
public record Entity(
    EntityType type,
    CharSpan span,
    String text,
    String canonical,
    double score,
    Optional<CharSpan> title) {

  /**
   * Validates the arguments.
   *
   * @param type the entity type
   * @param span offsets into the original text
   * @param text the original text at {@code span}
   * @param canonical the form the mention stands for
   * @param score the confidence in {@code [0, 1]}
   * @param title the title's span, or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code text} does not fit {@code span}, {@code score} is
       not in {@code [0, 1]}, or the title overlaps the entity
   */
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(title, "title");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text of length " + text.length() + " does not fit span " + span);
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    if (title.isPresent() && title.get().overlaps(span)) {
      throw new IllegalArgumentException("title " + title.get() + " overlaps entity " + span);
    }
  }

  /**
   * An entity without a title.
   *
   * @param type the entity type
   * @param span offsets into the article's original text
   * @param text the original text at {@code span}
   * @param canonical the form the mention stands for
   * @param score the confidence in {@code [0, 1]}
   */
  public Entity(EntityType type, CharSpan span, String text, String canonical, double score) {
    this(type, span, text, canonical, score, Optional.empty());
  }

  /**
   * This entity with another type.
   *
   * @param newType the type
   * @return the entity with that type
   */
  public Entity withType(EntityType newType) {
    return new Entity(newType, span, text, canonical, score, title);
  }

  /**
   * This entity with another canonical form.
   *
   * @param newCanonical the canonical form
   * @return the entity with that canonical form
   */
  public Entity withCanonical(String newCanonical) {
    return new Entity(type, span, text, newCanonical, score, title);
  }

  /**
   * This entity with another score.
   *
   * @param newScore the score, in {@code [0, 1]}
   * @return the entity with that score
   */
  public Entity withScore(double newScore) {
    return new Entity(type, span, text, canonical, newScore, title);
  }

  /**
   * This entity with a title span.
   *
   * @param newTitle the title's span, outside the entity's
   * @return the entity with that title
   */
  public Entity withTitle(CharSpan newTitle) {
    return new Entity(type, span, text, canonical, score, Optional.of(newTitle));
  }
}
