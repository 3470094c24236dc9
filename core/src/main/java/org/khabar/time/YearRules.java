package org.khabar.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rules of years, relative periods and numeric dates: {@code عام 2025}, {@code 2025م}, {@code
 * الأسبوع الماضي}, {@code 11/12/2025}. Stateless.
 */
final class YearRules {

  private YearRules() {}

  /** الأسبوع الماضي, الشهر الجاري, العام المقبل, هذا العام. */
  static Candidate periodExpr(TimexRun r, int i) {
    Optional<PhraseTable.Match> p = r.first(i, "period");
    if (p.isEmpty()) {
      return null;
    }
    String unit = p.get().entry().value();
    int shift;
    int end = p.get().end();
    if (unit.length() == 2) {
      shift = 0;
      unit = unit.substring(0, 1);
    } else {
      Optional<PhraseTable.Match> sh = r.next(end, "shift");
      if (sh.isEmpty()) {
        return null;
      }
      shift = TimexRun.intValue(sh.get());
      end = sh.get().end();
    }
    LocalDate pub = r.published;
    String value;
    Level level;
    switch (unit) {
      case "W" -> {
        level = Level.WEEK;
        LocalDate d = pub == null ? null : Resolver.plus(pub, shift, ChronoUnit.WEEKS);
        value = d == null ? Resolver.UNKNOWN_WEEK : Resolver.week(d);
      }
      case "M" -> {
        level = Level.MONTH;
        LocalDate d = pub == null ? null : Resolver.plus(pub, shift, ChronoUnit.MONTHS);
        value = d == null ? Resolver.UNKNOWN_MONTH
            : Resolver.month(d.getYear(), d.getMonthValue());
      }
      default -> {
        level = Level.YEAR;
        value = pub == null ? Resolver.UNKNOWN_YEAR : Resolver.year(pub.getYear() + shift);
      }
    }
    return new Candidate(i, p.get().skip(), end, Type.DATE, value, "", level);
  }

  /** عام 2025, 2025م, في 2025 (the preposition left out); {@code bare} allows a year alone. */
  static Candidate yearExpr(TimexRun r, int i, boolean bare) {
    WordScan s = r.s;
    Optional<PhraseTable.Match> yw = r.first(i, "year-word");
    if (yw.isPresent()) {
      int k = yw.get().end();
      int y = s.lineBreakBefore(k) ? -1 : TimexRun.yearNumber(s, k, 4);
      if (y < 1000 || r.isHijriMark(k + 1)) {
        return null;
      }
      int end = k + 1;
      Optional<PhraseTable.Match> era = r.next(end, "gregorian");
      if (era.isPresent()) {
        end = era.get().end();
      }
      return new Candidate(i, yw.get().skip(), end, Type.DATE, Resolver.year(y), "", Level.YEAR);
    }
    int y = TimexRun.yearNumber(s, i, 4);
    if (y >= 1000 && !NumberParser.continuesFromLeft(s, i)) {
      Optional<PhraseTable.Match> era = r.next(i + 1, "gregorian");
      if (era.isPresent()) {
        return new Candidate(i, 0, era.get().end(), Type.DATE, Resolver.year(y), "", Level.YEAR);
      }
      if (bare && y >= 1900 && y <= 2100 && !r.isHijriMark(i + 1)) {
        return new Candidate(i, 0, i + 1, Type.DATE, Resolver.year(y), "", Level.YEAR);
      }
      return null;
    }
    Optional<PhraseTable.Match> prep = r.first(i, "year-prep");
    if (prep.isPresent() && !s.lineBreakBefore(prep.get().end())) {
      int k = prep.get().end();
      int py = TimexRun.yearNumber(s, k, 4);
      if (py >= 1900 && py <= 2100 && !r.isHijriMark(k + 1)
          && !r.isDurationUnit(k + 1)) {
        Optional<PhraseTable.Match> era = r.next(k + 1, "gregorian");
        int end = era.isPresent() ? era.get().end() : k + 1;
        return new Candidate(k, 0, end, Type.DATE, Resolver.year(py), "", Level.YEAR);
      }
    }
    return null;
  }

  /** 11/12/2025 (day first), 2025-09-04, 2025/09/04, 4.9.2025. */
  static Candidate numericDate(TimexRun r, int i) {
    WordScan s = r.s;
    if (!s.isDigits(i) || NumberParser.continuesFromLeft(s, i)) {
      return null;
    }
    int end = NumberParser.digitRunEnd(s, i);
    if (end - i != 5) {
      return null;
    }
    String sep = s.text(i + 1);
    if (!sep.equals(s.text(i + 3)) || !("/".equals(sep) || "-".equals(sep) || ".".equals(sep))) {
      return null;
    }
    String a = s.text(i);
    String b = s.text(i + 2);
    String c = s.text(i + 4);
    int y;
    int m;
    int d;
    if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
      y = Integer.parseInt(a);
      m = Integer.parseInt(b);
      d = Integer.parseInt(c);
    } else if (c.length() == 4 && a.length() <= 2 && b.length() <= 2) {
      y = Integer.parseInt(c);
      m = Integer.parseInt(b);
      d = Integer.parseInt(a);
    } else {
      return null;
    }
    if (y < 1000 || !Resolver.validDay(y, m, d)) {
      return null;
    }
    return new Candidate(i, 0, end, Type.DATE, String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d),
        "", Level.DAY);
  }
}
