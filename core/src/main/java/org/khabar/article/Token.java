package org.khabar.article;

import java.util.Objects;

/**
 * One token of an article. Immutable.
 *
 * @param span offsets into the article's original text
 * @param kind the coarse class of the token
 * @param norm the token's normalized form (the matching preset of the normalizer)
 * @param clitics its split into proclitics and stem; the stem lies within {@code span}
 */
public record Token(CharSpan span, TokenKind kind, String norm, CliticAnalysis clitics) {

  /**
   * Validates the arguments.
   *
   * @param span offsets into the original text
   * @param kind the token's class
   * @param norm the normalized form
   * @param clitics the proclitics and stem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the stem lies outside the token
   */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(clitics, "clitics");
    if (!span.contains(clitics.stem())) {
      throw new IllegalArgumentException(
          "stem " + clitics.stem() + " lies outside token " + span);
    }
  }
}
