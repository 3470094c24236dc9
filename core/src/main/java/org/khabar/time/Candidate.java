package org.khabar.time;

import org.khabar.article.TimeExpression.Type;

/**
 * A candidate expression on words {@code [first, end)} of a {@link org.khabar.number.WordScan}, leaving out {@code
 * skip} proclitic chars of its first word.
 *
 * @param first its first word
 * @param skip proclitic chars to leave out at the start
 * @param end the word after its last
 * @param type its TIMEX3 type
 * @param value its TIMEX3 value
 * @param mod its TIMEX3 mod, or empty
 * @param level its granularity
 */
record Candidate(
    int first, int skip, int end, Type type, String value, String mod, Level level) {

  /** Granularity of a date, for mods and for attaching times. */
  enum Level {
    DAY,
    WEEK,
    MONTH,
    YEAR,
    OTHER
  }
}
