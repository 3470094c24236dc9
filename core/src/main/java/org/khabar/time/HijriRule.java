package org.khabar.time;

import java.time.LocalDate;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rule of Hijri dates: a Hijri year ({@code 1446 هـ}) or month with its day and year ({@code
 * 15 رمضان 1446 هـ}), given as Gregorian values. Stateless.
 */
final class HijriRule {

  private HijriRule() {}

  /** [day] Hijri month [year [هـ]], or a year with a Hijri mark: 1446 هـ, عام 1446 هـ. */
  static Candidate hijriExpr(TimexRun r, int i, boolean context) {
    WordScan s = r.s;
    // A Hijri year alone.
    int j = i;
    int skip = 0;
    Optional<PhraseTable.Match> yw = r.first(i, "year-word");
    if (yw.isPresent()) {
      j = yw.get().end();
      skip = yw.get().skip();
    }
    int y = s.lineBreakBefore(j) && j != i ? -1 : TimexRun.yearNumber(s, j, 3);
    if (y > 0 && r.isHijriMark(j + 1)) {
      if (j == i && NumberParser.continuesFromLeft(s, i)) {
        return null;
      }
      LocalDate mid = Resolver.hijriDay(y, 7, 1);
      if (mid == null) {
        return null;
      }
      int end = r.phrases.at(s, j + 1, "hijri").get().end();
      return new Candidate(i, skip, end, Type.DATE, Resolver.year(mid.getYear()), "", Level.YEAR);
    }
    // A Hijri month with its day and year.
    MonthRules.MonthHead head = MonthRules.monthHead(r, i, 30, "hijri-month");
    if (head == null) {
      return null;
    }
    int day = head.day();
    boolean monthWord = head.monthWord();
    skip = head.skip();
    PhraseTable.Match mm = head.month();
    int month = TimexRun.intValue(mm);
    int end = mm.end();
    int year = -1;
    int yk = end;
    if (!s.lineBreakBefore(yk)) {
      Optional<PhraseTable.Match> yw2 = r.next(yk, "year-word");
      if (yw2.isPresent()) {
        yk = yw2.get().end();
      }
      int yy = s.lineBreakBefore(yk) ? -1 : TimexRun.yearNumber(s, yk, 3);
      if (yy > 0 && (r.isHijriMark(yk + 1) || yy < 1600)) {
        year = yy;
        end = yk + 1;
        if (r.isHijriMark(end)) {
          end = r.phrases.at(s, end, "hijri").get().end();
        }
      } else if (yy >= 1900 && yy <= 2100) {
        // رمضان 2025: the Hijri month whose middle falls in that Gregorian year.
        year = Resolver.hijriYearInGregorian(month, yy);
        if (year > 0) {
          end = yk + 1;
          Optional<PhraseTable.Match> era = r.next(end, "gregorian");
          if (era.isPresent()) {
            end = era.get().end();
          }
        }
      }
    }
    boolean ambiguous = mm.entry().words().size() == 1
        && r.phrases.contains("needs-context", mm.entry().words().get(0));
    if (ambiguous && day < 0 && year < 0 && !monthWord && !context && !r.isMonthPrep(i)) {
      return null;
    }
    String value;
    Level level = day > 0 ? Level.DAY : Level.MONTH;
    if (year < 0 && r.published != null) {
      int py = Resolver.hijriYearOf(r.published);
      int pm = Resolver.hijriMonthOf(r.published);
      if (py > 0) {
        int tense = r.tense.at(mm.first());
        year = py;
        if (tense < 0 && month > pm) {
          year--;
        } else if (tense > 0 && month < pm) {
          year++;
        }
      }
    }
    if (year < 0) {
      value = day > 0 ? Resolver.UNKNOWN_DAY : Resolver.UNKNOWN_MONTH;
    } else {
      LocalDate d = Resolver.hijriDay(year, month, day > 0 ? day : 15);
      if (d == null) {
        return null;
      }
      value = day > 0 ? Resolver.day(d) : Resolver.month(d.getYear(), d.getMonthValue());
    }
    return new Candidate(i, skip, end, Type.DATE, value, "", level);
  }
}
