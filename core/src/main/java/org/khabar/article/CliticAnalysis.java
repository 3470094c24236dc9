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

  public CliticAnalysis {
    proclitics = List.copyOf(proclitics);
    Objects.requireNonNull(stem, "stem");
  }

  /** The analysis of a token with no proclitic: its stem is the whole token. */
  public static CliticAnalysis none(CharSpan token) {
    return new CliticAnalysis(List.of(), token);
  }

  /** Whether any proclitic is attached. */
  public boolean hasProclitics() {
    return !proclitics.isEmpty();
  }
}
