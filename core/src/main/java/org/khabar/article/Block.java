package org.khabar.article;

import java.util.Objects;

/**
 * A contiguous region of an article with a structural role. Immutable.
 *
 * @param kind the role of the block
 * @param span offsets into the article's original text; never empty, and trimmed of surrounding
 *     whitespace by the structurer
 */
public record Block(BlockKind kind, CharSpan span) {

  /**
   * Validates the arguments.
   *
   * @param kind the role of the block
   * @param span its offsets
   * @throws NullPointerException if an argument is null
   */
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
