package org.khabar.article;

import java.util.List;
import java.util.Objects;

/**
 * How a token splits into proclitics and a stem. Immutable.
 *
 * @param proclitics the proclitics in written order; empty when none is attached
 * @param stem the span of the token left after its proclitics, in original offsets
 */
public record CliticAnalysis(List<Proclitic> proclitics, CharSpan stem) {

  /**
   * Validates and copies the arguments.
   *
   * @param proclitics the proclitics in written order
   * @param stem the stem's span
   * @throws NullPointerException if an argument is null
   */
  public CliticAnalysis {
    proclitics = List.copyOf(proclitics);
    Objects.requireNonNull(stem, "stem");
  }

  /**
   * The analysis of a token with no proclitic: its stem is the whole token.
   *
   * @param token the token's span
   * @return the analysis with no proclitic
   */
  public static CliticAnalysis none(CharSpan token) {
    return new CliticAnalysis(List.of(), token);
  }

  /**
   * Whether any proclitic is attached.
   *
   * @return whether the proclitic list is not empty
   */
  public boolean hasProclitics() {
    return !proclitics.isEmpty();
  }
}
