package org.khabar.article;

import java.util.Objects;

/**
 * One sentence. Immutable.
 *
 * @param span offsets into the article's original text
 */
public record Sentence(CharSpan span) {

  public Sentence {
    Objects.requireNonNull(span, "span");
  }
}
