package org.khabar.json;

/**
 * JSON that is not an article Khabar can read: malformed JSON, a field of the wrong kind, a span
 * outside the text, or a newer schema. The message names the field by its path ({@code
 * $.tokens[12].end}) and its place in the input (line and column).
 */
public final class ArticleJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with {@code message}, caused by {@code cause} (may be null).
   *
   * @param message what is wrong and where
   * @param cause the underlying failure, or null
   */
  public ArticleJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
