package org.khabar.html;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * When a page says its article was published: the publisher's own day (as the page writes it,
 * never moved to UTC), the time and offset when the page gives them, where the date was found, and
 * the value as found. Immutable.
 *
 * @param day the publication day, in the publisher's time zone
 * @param time the time of day, when given
 * @param offset the offset from UTC the page gives with the time, when it does
 * @param source where the date was read
 * @param raw the value as the page writes it
 */
public record PublishedDate(LocalDate day, Optional<LocalTime> time, Optional<ZoneOffset> offset,
    Source source, String raw) {

  /** Where a publication date was read, in the order they are tried. */
  public enum Source {
    /** {@code datePublished} of the page's JSON-LD. */
    JSON_LD,
    /** A meta tag ({@code article:published_time}, {@code pubdate}, {@code DC.date.issued} ...). */
    META,
    /** The {@code datetime} of a {@code <time>} element. */
    TIME_ELEMENT,
    /** The page's URL ({@code /2020/8/24/}). */
    URL,
    /** A date written in words in the page ({@code الأربعاء، 07 أكتوبر 2020}). */
    TEXT
  }

  /**
   * Validates the arguments.
   *
   * @param day the publication day
   * @param time the time of day
   * @param offset the offset from UTC
   * @param source where the date was read
   * @param raw the value as the page writes it
   * @throws NullPointerException if an argument is null
   */
  public PublishedDate {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(raw, "raw");
  }
}
