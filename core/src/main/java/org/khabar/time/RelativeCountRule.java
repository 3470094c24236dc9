package org.khabar.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rule of dates counted from the publication: {@code قبل 3 أيام}, {@code بعد أسبوعين}, {@code
 * قبل عامين} (a preposition of {@code ago-prep}, then a count and a calendar unit: days, weeks,
 * months or years). A count before {@code من} is counted from an event, not from the publication
 * ({@code قبل يوم واحد من الموعد}): a duration. The whole phrase is the expression, since its value
 * depends on the preposition; the value has the unit's granularity ({@code 2024-04-13}, {@code
 * 2024-W14}, {@code 2024-02}, {@code 2022}), and X placeholders without a publication date. Clock
 * units are left to the durations. Stateless.
 */
final class RelativeCountRule {


  /** The largest count read; past it the phrase is not a date of this kind. */
  private static final int MAX_COUNT = 10_000;

  private RelativeCountRule() {}

  /** The date counted from the publication that starts at {@code i}, or null. */
  static Candidate relativeExpr(TimexRun r, int i) {
    WordScan s = r.s;
    Optional<PhraseTable.Match> prep = r.first(i, "ago-prep");
    if (prep.isEmpty() || s.lineBreakBefore(prep.get().end())) {
      return null;
    }
    int direction = TimexRun.intValue(prep.get());
    int k = prep.get().end();
    long count;
    PhraseTable.Match unit;
    Optional<NumberParser.Parsed> n = r.numbers.at(s, k);
    if (n.isPresent()) {
      Optional<PhraseTable.Match> u = r.next(n.get().end(), "unit");
      BigDecimal v = n.get().value();
      if (n.get().skip() != 0 || u.isEmpty() || DurationRules.unitCount(u.get()) != 1
          || v.signum() <= 0 || v.stripTrailingZeros().scale() > 0
          || v.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
        return null;
      }
      count = v.longValueExact();
      unit = u.get();
    } else {
      Optional<PhraseTable.Match> u = r.next(k, "unit");
      if (u.isPresent() && DurationRules.unitCount(u.get()) == 2) {
        count = 2; // a dual: يومين
        unit = u.get();
      } else {
        u = r.next(k, "singular-unit");
        if (u.isEmpty()) {
          return null;
        }
        count = 1;
        unit = u.get();
      }
    }
    int end = unit.end();
    // واحد after the unit (يوم واحد) is the count one, already read.
    Optional<PhraseTable.Match> one = count == 1 ? r.next(end, "one") : Optional.empty();
    if (one.isPresent()) {
      end = one.get().end();
    }
    if (!s.lineBreakBefore(end) && s.is(end, TimexRun.FROM)) {
      return null; // counted from an event
    }
    String code = unit.entry().value().split(" ")[0];
    ChronoUnit chrono;
    Level level;
    switch (code) {
      case "D" -> {
        chrono = ChronoUnit.DAYS;
        level = Level.DAY;
      }
      case "W" -> {
        chrono = ChronoUnit.WEEKS;
        level = Level.WEEK;
      }
      case "M" -> {
        chrono = ChronoUnit.MONTHS;
        level = Level.MONTH;
      }
      case "Y" -> {
        chrono = ChronoUnit.YEARS;
        level = Level.YEAR;
      }
      default -> {
        return null; // clock units, decades and centuries stay durations
      }
    }
    LocalDate d = r.published == null ? null
        : Resolver.plus(r.published, direction * count, chrono);
    return new Candidate(i, prep.get().skip(), end, Type.DATE, value(d, level), "", level);
  }

  private static String value(LocalDate d, Level level) {
    return switch (level) {
      case DAY -> d == null ? Resolver.UNKNOWN_DAY : Resolver.day(d);
      case WEEK -> d == null ? Resolver.UNKNOWN_WEEK : Resolver.week(d);
      case MONTH -> d == null ? Resolver.UNKNOWN_MONTH : Resolver.month(d.getYear(),
          d.getMonthValue());
      default -> d == null ? Resolver.UNKNOWN_YEAR : Resolver.year(d.getYear());
    };
  }
}
