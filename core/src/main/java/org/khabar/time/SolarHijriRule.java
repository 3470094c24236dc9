package org.khabar.time;

import java.time.LocalDate;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.NumberParser;
import org.khabar.number.PhraseTable;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rule of Solar Hijri dates, the calendar of Iran (and of its Arabic and Persian news): a day,
 * a month of that calendar and its year ({@code 2 تير 1399}, {@code ۲ تیر ۱۳۹۹}), given as
 * Gregorian days through ICU4J's Persian calendar. Some month names are also words ({@code مهر},
 * {@code دي}), so all three parts are required, on one line, the year within {@value
 * #FIRST_YEAR}–{@value #LAST_YEAR}. Stateless.
 */
final class SolarHijriRule {

  /** The first year read (1921). */
  static final int FIRST_YEAR = 1300;

  /** The last year read (2121). */
  static final int LAST_YEAR = 1499;

  private SolarHijriRule() {}

  /** Day, Solar Hijri month, year. */
  static Candidate solarHijriExpr(TimexRun r, int i) {
    WordScan s = r.s;
    int day = TimexRun.smallNumber(s, i, 31);
    if (day < 1 || NumberParser.continuesFromLeft(s, i) || NumberParser.isJoined(s, i)) {
      return null;
    }
    Optional<PhraseTable.Match> month = r.next(i + 1, "solar-hijri-month");
    if (month.isEmpty()) {
      return null;
    }
    int k = month.get().end();
    int year = s.lineBreakBefore(k) ? -1 : TimexRun.yearNumber(s, k, 4);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    LocalDate d = Resolver.solarHijriDay(year, TimexRun.intValue(month.get()), day);
    if (d == null) {
      return null;
    }
    return new Candidate(i, 0, k + 1, Type.DATE, Resolver.day(d), "", Level.DAY);
  }
}
