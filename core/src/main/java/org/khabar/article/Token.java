package org.khabar.article;

import java.util.Objects;

/**
 * One token of an article. Immutable.
 *
 * <p>A token without proclitics whose stem is the whole token (most tokens) keeps no analysis
 * object: {@link #clitics()} makes {@link CliticAnalysis#none} on demand. A long text holds millions
 * of tokens, and this saves a quarter of their memory; equality is unchanged.
 *
 * <p>A token has two forms: {@link #norm()}, normalized by the pipeline's configurable normalizer
 * (what a caller displays or indexes), and {@link #key()}, normalized by {@link
 * org.khabar.text.ArabicNormalizer#matching()} whatever the pipeline's normalizer. Every rule that
 * compares words (names, titles, word lists) compares keys, so no normalizer setting changes what
 * is found. With the default normalizer the two are one string.
 *
 * @param span offsets into the article's original text
 * @param kind the coarse class of the token
 * @param norm the token's normalized form, by the pipeline's normalizer
 * @param key the token's matching form, by the matching preset
 * @param clitics its split into proclitics and stem; the stem lies within {@code span}
 */
public record Token(CharSpan span, TokenKind kind, String norm, String key,
    CliticAnalysis clitics) {

  /**
   * Validates the arguments.
   *
   * @param span offsets into the original text
   * @param kind the token's class
   * @param norm the normalized form
   * @param key the matching form
   * @param clitics the proclitics and stem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the stem lies outside the token
   */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(key, "key");
    if (key.equals(norm)) {
      key = norm; // one string when the pipeline normalizes for matching
    }
    Objects.requireNonNull(clitics, "clitics");
    if (!span.contains(clitics.stem())) {
      throw new IllegalArgumentException(
          "stem " + clitics.stem() + " lies outside token " + span);
    }
    if (!clitics.hasProclitics() && clitics.stem().equals(span)) {
      clitics = null; // CliticAnalysis.none(span), made on demand
    }
  }

  /**
   * A token whose normalized form is its matching form: what a pipeline with the default
   * normalizer makes.
   *
   * @param span offsets into the original text
   * @param kind the token's class
   * @param key the matching form, which is also the normalized form
   * @param clitics the proclitics and stem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the stem lies outside the token
   */
  public Token(CharSpan span, TokenKind kind, String key, CliticAnalysis clitics) {
    this(span, kind, key, key, clitics);
  }

  /**
   * The token's split into proclitics and stem.
   *
   * @return the analysis; {@link CliticAnalysis#none} of the span when there is no proclitic
   */
  @Override
  public CliticAnalysis clitics() {
    return clitics == null ? CliticAnalysis.none(span) : clitics;
  }

  @Override
  public String toString() {
    return "Token[span=" + span + ", kind=" + kind + ", norm=" + norm
        + (key.equals(norm) ? "" : ", key=" + key) + ", clitics=" + clitics() + "]";
  }
}
