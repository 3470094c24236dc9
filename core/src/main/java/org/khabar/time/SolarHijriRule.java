package org.khabar.time;

import java.time.LocalDate;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rule of Solar Hijri dates, the calendar of Iran (and of its Arabic and Persian news): a day
 * (in digits or an ordinal, read as {@link MonthRules#monthHead} reads a Gregorian one), a month
 * of that calendar and its year ({@code 2 تير 1399}, {@code ۲ تیر ۱۳۹۹}), given as
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

  /** Day (in digits or an ordinal), Solar Hijri month, year. */
  static Candidate solarHijriExpr(TimexRun r, int i) {
    MonthRules.MonthHead head = MonthRules.monthHead(r, i, 31, "solar-hijri-month");
    if (head == null || head.day() < 1) {
      return null;
    }
    WordScan s = r.s;
    int k = head.month().end();
    int year = s.lineBreakBefore(k) ? -1 : TimexRun.yearNumber(s, k, 4);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    LocalDate d = Resolver.solarHijriDay(year, TimexRun.intValue(head.month()), head.day());
    if (d == null) {
      return null;
    }
    return new Candidate(i, head.skip(), k + 1, Type.DATE, Resolver.day(d), "", Level.DAY);
  }
}
