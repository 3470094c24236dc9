package org.khabar.time;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.DAL;
import static org.khabar.text.ArabicLetters.GHAIN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rules of days and clock times: relative days and weekdays ({@code أمس}, {@code الخميس
 * المقبل}), parts of a day ({@code صباح الخميس}) and clock times ({@code الساعة 10 صباحا}), each
 * with the day it is anchored to. Stateless.
 */
final class DayRules {

  private static final String TOMORROW_ADVERB = new String(new char[] {GHAIN, DAL, ALEF});

  private DayRules() {}

  /** صباح / مساء / ليلة + a day. */
  static Candidate partOfDayExpr(TimexRun r, int i) {
    Optional<PhraseTable.Match> part = r.first(i, "part-of-day");
    if (part.isEmpty() || r.s.lineBreakBefore(part.get().end())) {
      return null;
    }
    Candidate day = dayExpr(r, part.get().end());
    if (day == null || day.level() != Level.DAY) {
      return null;
    }
    // A clock time after the day (صباح الخميس الساعة العاشرة) is more precise than the part.
    String value = day.type() == Type.TIME
        ? day.value()
        : day.value() + "T" + part.get().entry().value();
    return new Candidate(i, part.get().skip(), day.end(), Type.TIME, value, "", Level.OTHER);
  }

  /** الساعة 10 صباحا, الساعة 10:30, العاشرة مساء, with the day after it if any. */
  static Candidate clockExpr(TimexRun r, int i, boolean anchor) {
    WordScan s = r.s;
    int hour;
    int minute = 0;
    int j;
    boolean needPart;
    Optional<PhraseTable.Match> clock = r.first(i, "clock-word");
    int skip = 0;
    if (clock.isPresent() && !s.lineBreakBefore(clock.get().end())) {
      skip = clock.get().skip();
      j = clock.get().end();
      needPart = false;
      int h = TimexRun.smallNumber(s, j, 24);
      if (h >= 0 && !NumberParser.continuesFromLeft(s, j)) {
        hour = h;
        j++;
        if (s.touchesNext(j - 1) && s.isSymbol(j, ':') && s.touchesNext(j) && s.isDigits(j + 1)
            && s.text(j + 1).length() == 2) {
          minute = Integer.parseInt(s.text(j + 1));
          if (minute > 59) {
            return null;
          }
          j += 2;
        } else if (s.touchesNext(j - 1) && (s.isSymbol(j, ':') || s.isSymbol(j, '.'))) {
          return null;
        }
      } else {
        Optional<PhraseTable.Match> hw = r.next(j, "hour");
        if (hw.isEmpty()) {
          return null;
        }
        hour = TimexRun.intValue(hw.get());
        j = hw.get().end();
      }
    } else {
      Optional<PhraseTable.Match> hw = r.phrases.at(s, i, "hour");
      if (hw.isEmpty()) {
        return null;
      }
      hour = TimexRun.intValue(hw.get());
      j = hw.get().end();
      needPart = true;
    }
    Optional<PhraseTable.Match> min = r.next(j, "minutes");
    if (min.isPresent()) {
      minute = TimexRun.intValue(min.get());
      j = min.get().end();
    }
    Optional<PhraseTable.Match> part = r.next(j, "day-part");
    String partCode = null;
    if (part.isPresent()) {
      partCode = part.get().entry().value();
      j = part.get().end();
    } else if (needPart) {
      return null;
    }
    if (partCode != null) {
      switch (partCode) {
        case "EV", "AF" -> hour = hour < 12 ? hour + 12 : hour;
        case "NI" -> hour = hour >= 6 && hour < 12 ? hour + 12 : hour;
        case "MI" -> hour = hour < 6 ? hour + 12 : hour;
        default -> { }
      }
    }
    if (hour > 24 || hour == 24 && minute > 0) {
      return null;
    }
    String clockValue = String.format(Locale.ROOT, "T%02d:%02d", hour % 24, minute);
    // A day after the clock time anchors it: "الساعة العاشرة من صباح الخميس".
    int k = j;
    if (!s.lineBreakBefore(k) && r.phrases.at(s, k, "year-prep").isEmpty()
        && s.is(k, TimexRun.FROM)) {
      k++;
    }
    Optional<PhraseTable.Match> pod = r.next(k, "part-of-day");
    if (pod.isPresent()) {
      k = pod.get().end();
    }
    Candidate day = !anchor || s.lineBreakBefore(k) ? null : dayExpr(r, k);
    if (day != null && day.level() == Level.DAY && day.type() == Type.DATE) {
      return new Candidate(i, skip, day.end(), Type.TIME, day.value() + clockValue, "",
          Level.OTHER);
    }
    return new Candidate(i, skip, j, Type.TIME, Resolver.UNKNOWN_DAY + clockValue, "", Level.OTHER);
  }


  /** [يوم] a relative day or a weekday [shift] [explicit date] [part of day]. */
  static Candidate dayExpr(TimexRun r, int i) {
    WordScan s = r.s;
    Optional<PhraseTable.Match> dayWord = r.first(i, "day-word");
    int j = i;
    int skip = 0;
    if (dayWord.isPresent() && !s.lineBreakBefore(dayWord.get().end())) {
      j = dayWord.get().end();
      skip = dayWord.get().skip();
      Candidate date = MonthRules.monthExpr(r, j, true);
      if (date == null) {
        date = YearRules.numericDate(r, j);
      }
      if (date != null && date.level() == Level.DAY) {
        Candidate day = new Candidate(i, skip, date.end(), Type.DATE, date.value(), "", Level.DAY);
        return withPart(r, day, false);
      }
    }
    boolean hasDayWord = j != i;
    Optional<PhraseTable.Match> rel = hasDayWord ? r.next(j, "day") : r.first(i, "day");
    if (rel.isPresent()) {
      PhraseTable.Match m = rel.get();
      int offset = TimexRun.intValue(m);
      List<String> words = m.entry().words();
      boolean today = offset == 0;
      int end = m.end();
      if (!hasDayWord) {
        skip = m.skip();
        // غد alone is "tomorrow" only after يوم or بعد.
        if (words.size() == 1 && offset == 1 && !words.get(0).equals(TOMORROW_ADVERB)) {
          return null;
        }
      }
      if (today) {
        Optional<PhraseTable.Match> wd = r.next(end, "weekday");
        if (wd.isPresent()) {
          // اليوم الخميس: the Thursday nearest the publication date, which is that date when the
          // two agree; a date line off by a day then still gives the day the text names.
          LocalDate day = r.published == null ? null
              : Resolver.weekday(r.published, TimexRun.intValue(wd.get()), null, 0);
          String value = day == null ? Resolver.unresolvedWeekday(TimexRun.intValue(wd.get()))
              : Resolver.day(day);
          return withPart(r,
              new Candidate(i, skip, wd.get().end(), Type.DATE, value, "", Level.DAY));
        } else if (s.isWord(end) && !s.lineBreakBefore(end)
            && s.text(end).startsWith(TimexRun.DEFINITE)
            && r.next(end, "shift").isEmpty()) {
          // اليوم العالمي, اليوم الأول: "the day", not "today".
          return null;
        }
      }
      LocalDate day = r.published == null ? null
          : Resolver.plus(r.published, offset, ChronoUnit.DAYS);
      String value = day == null ? Resolver.UNKNOWN_DAY : Resolver.day(day);
      return withPart(r, new Candidate(i, skip, end, Type.DATE, value, "", Level.DAY));
    }
    Optional<PhraseTable.Match> wd = hasDayWord ? r.next(j, "weekday") : r.first(i, "weekday");
    if (wd.isEmpty()) {
      return null;
    }
    if (!hasDayWord) {
      skip = wd.get().skip();
    }
    int iso = TimexRun.intValue(wd.get());
    int end = wd.get().end();
    Integer shift = null;
    Optional<PhraseTable.Match> sh = r.next(end, "shift");
    if (sh.isPresent()) {
      shift = TimexRun.intValue(sh.get());
      end = sh.get().end();
    }
    // An explicit date after the weekday wins: الخميس 4 سبتمبر, الخميس، 4 سبتمبر, الخميس الموافق
    // 4 سبتمبر.
    int k = end;
    if (!s.lineBreakBefore(k) && (s.isSymbol(k, ',') || s.isSymbol(k, '\u060C'))) {
      k++;
    }
    Optional<PhraseTable.Match> sameAs = r.next(k, "same-as");
    if (sameAs.isPresent()) {
      k = sameAs.get().end();
    }
    if (!s.lineBreakBefore(k)) {
      Candidate date = MonthRules.monthExpr(r, k, true);
      if (date == null) {
        date = YearRules.numericDate(r, k);
      }
      if (date != null && date.level() == Level.DAY && date.first() == k) {
        Candidate day = new Candidate(i, skip, date.end(), Type.DATE, date.value(), "", Level.DAY);
        return withPart(r, day, false);
      }
    }
    LocalDate day = r.published == null ? null
        : Resolver.weekday(r.published, iso, shift, r.tense.at(wd.get().first()));
    String value = day == null ? Resolver.unresolvedWeekday(iso) : Resolver.day(day);
    return withPart(r, new Candidate(i, skip, end, Type.DATE, value, "", Level.DAY));
  }


  /** A day followed by a part of the day (الخميس مساء) becomes a time. */
  static Candidate withPart(TimexRun r, Candidate day) {
    return withPart(r, day, true);
  }

  /**
   * {@code day} with the part of the day after it, and with the clock time after it when {@code
   * clock} says so. A date written in full ({@code السبت 25 فيفري 2017 الساعة 16:00}) stays a date,
   * and its clock time a time of its own on that day ({@link ClockAnchor}).
   */
  static Candidate withPart(TimexRun r, Candidate day, boolean clock) {
    if (clock && !r.s.lineBreakBefore(day.end())) {
      // الخميس الساعة العاشرة: the clock time on that day (not anchored further, which keeps a
      // chain of days and times linear).
      Candidate time = clockExpr(r, day.end(), false);
      if (time != null && time.first() == day.end() && time.skip() == 0) {
        return new Candidate(day.first(), day.skip(), time.end(), Type.TIME,
            day.value() + time.value().substring(Resolver.UNKNOWN_DAY.length()), "", Level.OTHER);
      }
    }
    Optional<PhraseTable.Match> part = r.next(day.end(), "day-part");
    if (part.isEmpty() || part.get().entry().words().size() > 1
        || part.get().entry().words().get(0).length() < 3) {
      return day;
    }
    return new Candidate(day.first(), day.skip(), part.get().end(), Type.TIME,
        day.value() + "T" + part.get().entry().value(), "", Level.OTHER);
  }
}
