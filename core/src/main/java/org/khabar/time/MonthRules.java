package org.khabar.time;

import java.util.Locale;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rule of Gregorian months: {@code [day] [شهر] month [/ dual] [year]}, in every regional
 * series, resolved to the publication year when none is written. Stateless.
 */
final class MonthRules {

  private MonthRules() {}

  /**
   * The head of a month expression: a day up to {@code maxDay} or the word شهر, then a month of
   * {@code category}.
   *
   * @param day the day, or -1 when none was written
   * @param monthWord whether شهر stood before the month
   * @param skip proclitic chars to leave out at the start
   * @param month the month name matched
   */
  record MonthHead(int day, boolean monthWord, int skip, PhraseTable.Match month) {}

  /** The head of a month expression starting at word {@code i}, or null when no month follows. */
  static MonthHead monthHead(TimexRun r, int i, int maxDay, String category) {
    WordScan s = r.s;
    int j = i;
    int skip = 0;
    int day = TimexRun.smallNumber(s, i, maxDay);
    if (day > 0 && !NumberParser.continuesFromLeft(s, i) && !NumberParser.isJoined(s, i)
        && !s.lineBreakBefore(i + 1)) {
      j = i + 1;
    } else {
      day = -1;
    }
    boolean monthWord = false;
    if (day < 0) {
      // الثامن من ديسمبر: an ordinal day, then perhaps من, then the month.
      Optional<PhraseTable.Match> ordinal = r.first(i, "day-ordinal");
      if (ordinal.isPresent() && TimexRun.intValue(ordinal.get()) <= maxDay) {
        int k = ordinal.get().end();
        if (!s.lineBreakBefore(k) && s.is(k, TimexRun.FROM)) {
          k++;
        }
        Optional<PhraseTable.Match> month = r.next(k, category);
        if (month.isPresent()) {
          return new MonthHead(TimexRun.intValue(ordinal.get()), false, ordinal.get().skip(),
              month.get());
        }
      }
      Optional<PhraseTable.Match> mw = r.first(i, "month-word");
      if (mw.isPresent() && !s.lineBreakBefore(mw.get().end())) {
        monthWord = true;
        skip = mw.get().skip();
        j = mw.get().end();
      }
    }
    Optional<PhraseTable.Match> mm = j == i ? r.first(i, category) : r.next(j, category);
    if (mm.isEmpty()) {
      return null;
    }
    return new MonthHead(day, monthWord, j == i ? mm.get().skip() : skip, mm.get());
  }

  /**
   * [day] [شهر] month [/ (dual)] [[من] [عام] year [م] | من العام الماضي]; {@code context} tells
   * that a mod or a day word came before, which licenses an ambiguous month name alone.
   */
  static Candidate monthExpr(TimexRun r, int i, boolean context) {
    MonthHead head = monthHead(r, i, 31, "month");
    if (head == null) {
      return null;
    }
    int day = head.day();
    boolean monthWord = head.monthWord();
    int skip = head.skip();
    PhraseTable.Match mm = head.month();
    int month = TimexRun.intValue(mm);
    int end = dualEnd(r, mm.end(), "month", month);
    context |= end != mm.end();
    int[] yearAndEnd = yearAfter(r, end);
    boolean yearUnknown = yearAndEnd[0] == Integer.MIN_VALUE + 1;
    Integer year = yearAndEnd[0] == Integer.MIN_VALUE || yearUnknown ? null : yearAndEnd[0];
    end = yearAndEnd[1];
    if (year == null && !yearUnknown) {
      // أغسطس الماضي: the last August before publication; أغسطس المقبل: the next one after it.
      Optional<PhraseTable.Match> sh = r.next(end, "shift");
      if (sh.isPresent()) {
        end = sh.get().end();
        context = true;
        int shift = TimexRun.intValue(sh.get());
        if (r.published == null) {
          yearUnknown = true;
        } else {
          int py = r.published.getYear();
          int pm = r.published.getMonthValue();
          year = shift < 0 ? (month < pm ? py : py - 1) : shift > 0 ? (month > pm ? py : py + 1)
              : py;
        }
      }
    }
    if (day < 0 && year == null && !yearUnknown && !monthWord && !context
        && r.phrases.contains("needs-context", mm.entry().words().get(0))
        && mm.entry().words().size() == 1 && !r.isMonthPrep(i)) {
      return null;
    }
    if (day > 0 && !Resolver.validDay(year, month, day)) {
      return null;
    }
    String value;
    if (yearUnknown) {
      value = day > 0 ? String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day)
          : String.format(Locale.ROOT, "XXXX-%02d", month);
    } else {
      int y;
      if (year != null) {
        y = year;
      } else if (r.published != null) {
        y = Resolver.yearOfMonth(r.published, month, r.tense.at(mm.first()));
      } else {
        y = -1;
      }
      if (y < 0) {
        value = day > 0 ? String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day)
            : String.format(Locale.ROOT, "XXXX-%02d", month);
      } else if (day > 0) {
        if (!Resolver.validDay(y, month, day)) {
          return null;
        }
        value = String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day);
      } else {
        value = Resolver.month(y, month);
      }
    }
    return new Candidate(i, skip, end, Type.DATE, value, "", day > 0 ? Level.DAY : Level.MONTH);
  }

  /** After a month name at {@code end}'s left: "/ آب", "(آب)", "- آب" of the same month. */
  private static int dualEnd(TimexRun r, int end, String category, int month) {
    WordScan s = r.s;
    if (s.lineBreakBefore(end)) {
      return end;
    }
    if (s.isSymbol(end, '/') || s.isSymbol(end, '-')) {
      Optional<PhraseTable.Match> m2 = r.next(end + 1, category);
      if (m2.isPresent() && TimexRun.intValue(m2.get()) == month) {
        return m2.get().end();
      }
    } else if (s.isSymbol(end, '(')) {
      Optional<PhraseTable.Match> m2 = r.next(end + 1, category);
      if (m2.isPresent() && TimexRun.intValue(m2.get()) == month && s.isSymbol(m2.get().end(), ')')) {
        return m2.get().end() + 1;
      }
    }
    return end;
  }

  /**
   * The Gregorian year after a month: {year or MIN_VALUE if none or MIN_VALUE + 1 if relative
   * without publication date, end}.
   */
  private static int[] yearAfter(TimexRun r, int end) {
    WordScan s = r.s;
    int k = end;
    if (s.lineBreakBefore(k)) {
      return new int[] {Integer.MIN_VALUE, end};
    }
    if (s.isSymbol(k, ',') || s.isSymbol(k, '\u060C')) {
      if (TimexRun.yearNumber(s, k + 1, 4) > 0 && !s.lineBreakBefore(k + 1)) {
        k++;
      }
    }
    boolean from = false;
    if (s.is(k, TimexRun.FROM)) {
      k++;
      from = true;
    }
    Optional<PhraseTable.Match> yw = r.next(k, "year-word");
    int y;
    if (yw.isPresent()) {
      y = TimexRun.yearNumber(s, yw.get().end(), 4);
      if (y < 0) {
        // من العام الماضي / الجاري / المقبل
        Candidate p = YearRules.periodExpr(r, k);
        if (p != null && p.level() == Level.YEAR && p.first() == k) {
          if (r.published == null) {
            return new int[] {Integer.MIN_VALUE + 1, p.end()};
          }
          return new int[] {Integer.parseInt(p.value()), p.end()};
        }
        return new int[] {Integer.MIN_VALUE, end};
      }
      k = yw.get().end();
    } else {
      y = s.lineBreakBefore(k) ? -1 : TimexRun.yearNumber(s, k, 4);
      if (y < 0) {
        Candidate p = from ? YearRules.periodExpr(r, k) : null;
        if (p != null && p.level() == Level.YEAR && p.first() == k) {
          if (r.published == null) {
            return new int[] {Integer.MIN_VALUE + 1, p.end()};
          }
          return new int[] {Integer.parseInt(p.value()), p.end()};
        }
        return new int[] {Integer.MIN_VALUE, end};
      }
    }
    if (r.isHijriMark(k + 1) || y < 1000) {
      return new int[] {Integer.MIN_VALUE, end};
    }
    k++;
    Optional<PhraseTable.Match> era = r.next(k, "gregorian");
    if (era.isPresent()) {
      k = era.get().end();
    }
    return new int[] {y, k};
  }
}
