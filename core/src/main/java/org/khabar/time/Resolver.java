package org.khabar.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.JulianFields;
import java.util.Locale;

/**
 * Calendar arithmetic and TIMEX3 formatting for the temporal tagger: pure functions, no state.
 *
 * <p>Hijri dates go through {@link HijrahChronology} (the Umm al-Qura calendar of the JDK, years
 * about 1300–1600 AH); outside its range they do not resolve. TIMEX3 has no Hijri values, so a
 * Hijri day becomes its Gregorian day, a Hijri month the Gregorian month holding its 15th day, and
 * a Hijri year the Gregorian year holding its 1 Rajab (the middle of the Hijri year).
 */
final class Resolver {

  static final String UNKNOWN_DAY = "XXXX-XX-XX";
  static final String UNKNOWN_WEEK = "XXXX-WXX";
  static final String UNKNOWN_MONTH = "XXXX-XX";
  static final String UNKNOWN_YEAR = "XXXX";

  private Resolver() {}

  static String day(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(),
        d.getDayOfMonth());
  }

  /** The ISO week of {@code d}, or {@link #UNKNOWN_WEEK} when its week-based year is out of range. */
  static String week(LocalDate d) {
    try {
      return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    } catch (DateTimeException e) {
      return UNKNOWN_WEEK; // the first or last days of LocalDate's range
    }
  }

  /**
   * {@code d} moved by {@code amount} units, or null when that leaves the calendar's range (a
   * publication date near {@link LocalDate#MIN} or {@link LocalDate#MAX}).
   */
  static LocalDate plus(LocalDate d, long amount, ChronoUnit unit) {
    try {
      return d.plus(amount, unit);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  static String unresolvedWeekday(int isoDay) {
    return UNKNOWN_WEEK + "-" + isoDay;
  }

  /**
   * The day of week {@code isoDay} relative to {@code published}: {@code shift} -1 the last one
   * strictly before, 1 the next one strictly after, 0 the one in the same ISO week; with no shift
   * ({@code null}), by {@code tense}: past the last one on or before, future the next one strictly
   * after, unknown the nearest (at most three days away). Null when that day lies outside the
   * calendar's range.
   */
  static LocalDate weekday(LocalDate published, int isoDay, Integer shift, int tense) {
    int today = published.getDayOfWeek().getValue();
    int ahead = Math.floorMod(isoDay - today, 7);
    int days;
    if (shift != null) {
      days = switch (Integer.signum(shift)) {
        case -1 -> -(ahead == 0 ? 7 : 7 - ahead);
        case 1 -> ahead == 0 ? 7 : ahead;
        default -> isoDay - today;
      };
    } else if (tense < 0) {
      days = -(ahead == 0 ? 0 : 7 - ahead);
    } else if (tense > 0) {
      days = ahead == 0 ? 7 : ahead;
    } else {
      days = ahead <= 3 ? ahead : -(7 - ahead);
    }
    return plus(published, days, ChronoUnit.DAYS);
  }

  /**
   * The year of a month given without one: the publication year, moved back for a later month in
   * a past context and forward for an earlier month in a future context. With no tense cue, the
   * occurrence nearest the publication date: news speaks of the months around it, so {@code ديسمبر}
   * in an article of early January is the December just past.
   */
  static int yearOfMonth(LocalDate published, int month, int tense) {
    int y = published.getYear();
    int ahead = month - published.getMonthValue();
    if (tense < 0) {
      return ahead > 0 ? y - 1 : y;
    }
    if (tense > 0) {
      return ahead < 0 ? y + 1 : y;
    }
    return ahead > 6 ? y - 1 : ahead < -6 ? y + 1 : y;
  }

  /** Whether {@code day} exists in that month ({@code year} null: in some year). */
  static boolean validDay(Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    if (year != null && (year < Year.MIN_VALUE || year > Year.MAX_VALUE)) {
      return false;
    }
    // A leap year stands for "some year", so 29 February is valid without one.
    return day <= YearMonth.of(year == null ? 2024 : year, month).lengthOfMonth();
  }

  /** The Gregorian day of a Hijri date, or null outside the calendar's range. */
  static LocalDate hijriDay(int year, int month, int day) {
    try {
      return LocalDate.from(HijrahDate.of(year, month, day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The Gregorian day of a Solar Hijri (Persian calendar) date, or null if there is none. */
  static LocalDate solarHijriDay(int year, int month, int day) {
    PersianCalendar c = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    c.setLenient(false);
    c.clear();
    c.set(Calendar.YEAR, year);
    c.set(Calendar.MONTH, month - 1);
    c.set(Calendar.DAY_OF_MONTH, day);
    try {
      return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, c.get(Calendar.JULIAN_DAY));
    } catch (IllegalArgumentException | DateTimeException e) {
      return null; // 31 مهر: the month has 30 days
    }
  }

  /** The Hijri year of a Gregorian day, or -1 outside the calendar's range. */
  static int hijriYearOf(LocalDate d) {
    try {
      return HijrahDate.from(d).get(ChronoField.YEAR);
    } catch (DateTimeException e) {
      return -1;
    }
  }

  /**
   * The Hijri year whose month {@code month} has its 15th day in the Gregorian year {@code
   * gregorianYear} (the first, when a short Hijri year puts two there), or -1.
   */
  static int hijriYearInGregorian(int month, int gregorianYear) {
    if (gregorianYear < Year.MIN_VALUE || gregorianYear > Year.MAX_VALUE) {
      return -1;
    }
    int h = hijriYearOf(LocalDate.of(gregorianYear, 1, 1));
    if (h < 0) {
      return -1;
    }
    for (int y = h; y <= h + 1; y++) {
      LocalDate d = hijriDay(y, month, 15);
      if (d != null && d.getYear() == gregorianYear) {
        return y;
      }
    }
    return -1;
  }

  /** The Hijri month (1–12) of a Gregorian day, or -1 outside the calendar's range. */
  static int hijriMonthOf(LocalDate d) {
    try {
      return HijrahDate.from(d).get(ChronoField.MONTH_OF_YEAR);
    } catch (DateTimeException e) {
      return -1;
    }
  }
}
