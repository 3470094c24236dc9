package org.khabar.article;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct or indirect quote with its reporting cue and speaker. Immutable.
 *
 * @param span offsets of the quoted content in the article's original text
 * @param kind direct (in quotation marks) or indirect (reported speech)
 * @param cue the reporting verb or attribution phrase as written ({@code قال}, {@code بحسب}), or
 *     empty when none was found
 * @param speaker who is quoted, when known
 */
public record Quote(CharSpan span, Kind kind, String cue, Optional<Mention> speaker) {

  /** Whether the quote is verbatim or reported. */
  public enum Kind {
    /** In quotation marks: the speaker's own words. */
    DIRECT,
    /** Reported speech: {@code قال إن ...}, or an attribution ({@code بحسب ...}). */
    INDIRECT
  }

  /**
   * Validates the arguments.
   *
   * @param span offsets of the quoted content
   * @param kind direct or indirect
   * @param cue the reporting cue as written, or empty
   * @param speaker the speaker, if known
   * @throws NullPointerException if an argument is null
   */
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
  }
}
