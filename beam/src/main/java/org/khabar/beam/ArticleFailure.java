package org.khabar.beam;

import java.util.Objects;

/**
 * An article that could not be processed: its id and the reason. Immutable.
 *
 * @param id the article's id
 * @param reason why it failed
 */
public record ArticleFailure(String id, String reason) {

  /**
   * Validates the arguments.
   *
   * @param id the article's id
   * @param reason why it failed
   */
  public ArticleFailure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }
}
