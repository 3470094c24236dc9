package org.khabar;

import java.util.Locale;

/**
 * An article longer than the pipeline takes, refused as the caller asked ({@link
 * Khabar.Overflow#REFUSE}). The message names the article, its length and the limit.
 */
public final class TextTooLongException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The refused article's id. */
  private final String id;
  /** Its length, in UTF-16 chars. */
  private final int length;
  /** The pipeline's limit. */
  private final int maxChars;

  /**
   * The refusal of article {@code id}.
   *
   * @param id the article's id
   * @param length its length, in UTF-16 chars
   * @param maxChars the pipeline's limit
   */
  public TextTooLongException(String id, int length, int maxChars) {
    super(String.format(Locale.ROOT,
        "article '%s' has %d chars, more than the %d this pipeline analyses (Khabar.Builder"
            + ".maxChars)", id, length, maxChars));
    this.id = id;
    this.length = length;
    this.maxChars = maxChars;
  }

  /**
   * The refused article's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The refused article's length.
   *
   * @return its length, in UTF-16 chars
   */
  public int length() {
    return length;
  }

  /**
   * The pipeline's limit.
   *
   * @return the most chars it analyses
   */
  public int maxChars() {
    return maxChars;
  }
}
