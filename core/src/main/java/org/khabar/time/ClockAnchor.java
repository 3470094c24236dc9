package org.khabar.time;

import org.khabar.number.WordScan;

/**
 * A clock time written without its day takes the day of the date just before it: {@code يوم 19
 * سبتمبر 2017 بداية من الثامنة صباحا} is {@code 2017-09-19T08:00}. "Just before" is at most
 * {@value #MAX_WORDS_BETWEEN} words between them ({@code على}, {@code بداية من}, {@code ابتداء من})
 * and no punctuation or line break; a clock time further away keeps its unknown day, as a
 * schedule's times do. Stateless.
 */
final class ClockAnchor {

  /** The most words between a date and the clock time that takes its day. */
  static final int MAX_WORDS_BETWEEN = 2;

  private ClockAnchor() {}

  /** {@code clock} on the day of {@code before} when that anchors it, else {@code clock}. */
  static Candidate anchor(WordScan s, Candidate before, Candidate clock) {
    if (before == null || !clock.value().startsWith(Resolver.UNKNOWN_DAY + "T")
        || !isDay(before.value()) || clock.first() - before.end() > MAX_WORDS_BETWEEN) {
      return clock;
    }
    for (int k = before.end(); k < clock.first(); k++) {
      if (!s.isWord(k) || s.lineBreakBefore(k)) {
        return clock; // punctuation or a new line between them
      }
    }
    if (s.lineBreakBefore(clock.first())) {
      return clock;
    }
    String value = before.value().substring(0, 10)
        + clock.value().substring(Resolver.UNKNOWN_DAY.length());
    return new Candidate(clock.first(), clock.skip(), clock.end(), clock.type(), value,
        clock.mod(), clock.level());
  }

  /** Whether {@code value} names a day: {@code YYYY-MM-DD}, perhaps with a time after it. */
  private static boolean isDay(String value) {
    if (value.length() < 10) {
      return false;
    }
    for (int k = 0; k < 10; k++) {
      char c = value.charAt(k);
      boolean digit = c >= '0' && c <= '9';
      if ((k == 4 || k == 7) ? c != '-' : !digit) {
        return false;
      }
    }
    return true;
  }
}
