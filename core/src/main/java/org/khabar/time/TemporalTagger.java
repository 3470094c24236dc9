package org.khabar.time;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.DAL;
import static org.khabar.text.ArabicLetters.GHAIN;
import static org.khabar.text.ArabicLetters.LAM;
import static org.khabar.text.ArabicLetters.MEEM;
import static org.khabar.text.ArabicLetters.NOON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.Lexicon;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;

/**
 * Finds dates, times, durations and sets in a region of an Arabic text and gives them TIMEX3
 * values, resolved against the publication date when there is one.
 *
 * <p>What it reads (the words are in {@code lexicon.txt}, month and weekday names come from ICU's
 * CLDR data, see {@link TimeLexicon}):
 *
 * <ul>
 *   <li>DATE: relative days ({@code اليوم}, {@code أمس}, {@code غدا}, {@code أول أمس}, {@code بعد
 *       غد}, after {@code يوم} or not); weekdays ({@code يوم الخميس}, {@code الخميس المقبل},
 *       {@code الاثنين الماضي}, {@code اليوم الخميس} = today); weeks, months and years relative to
 *       the publication ({@code الأسبوع الماضي}, {@code الشهر الجاري}, {@code العام المقبل});
 *       months of every regional series with an optional day, dual name ({@code أغسطس/آب}, {@code
 *       أغسطس (آب)}) and year ({@code 4 سبتمبر 2025}, {@code كانون الثاني}, {@code جانفي}); years
 *       ({@code عام 2025}, {@code 2025م}, {@code في 2025}); numeric dates ({@code 11/12/2025}
 *       day first, {@code 2025-09-04}); Hijri dates ({@code 1446 هـ}, {@code 15 رمضان 1446 هـ},
 *       {@code في رمضان}); and any of the month, week or year forms after {@code أوائل}/{@code
 *       مطلع}/{@code بداية} (mod {@code START}), {@code منتصف} ({@code MID}), {@code أواخر}/{@code
 *       نهاية} ({@code END}).
 *   <li>TIME: clock times ({@code الساعة 10 صباحا}, {@code الساعة 10:30}, {@code العاشرة مساء})
 *       as {@code XXXX-XX-XXT22:00}, or on their day when one follows ({@code 2025-09-04T10:00});
 *       parts of a day ({@code صباح الخميس}, {@code مساء أمس}, {@code الخميس مساء}) as the day
 *       with a TIMEX3 part: {@code 2025-09-04TMO} (also {@code TMI}, {@code TAF}, {@code TEV},
 *       {@code TNI}).
 *   <li>DURATION: a number in digits or words, {@code عدة}/{@code بضعة}, or {@code لمدة} before
 *       a time unit, or a dual unit ({@code 3 سنوات} {@code P3Y}, {@code أربع سنوات} {@code P4Y},
 *       {@code لعدة أيام} {@code PXD}, {@code ساعتين} {@code PT2H}, {@code أسبوعين} {@code P2W});
 *       decades and centuries in years ({@code عقدين} {@code P20Y}).
 *   <li>SET: {@code كل يوم} {@code P1D}, {@code يوميا}, {@code أسبوعيا} {@code P1W}, {@code
 *       سنويا} {@code P1Y}, {@code كل خميس} {@code XXXX-WXX-4}.
 * </ul>
 *
 * <p>Resolution: with a publication date, relative expressions get full values ({@code
 * 2025-09-04}, {@code 2025-W35}, {@code 2025-08}, {@code 2025}); a bare weekday resolves to the
 * last such day on or before publication in a past context, to the next one after it in a future
 * context, else to the nearest (see {@link TenseCues}); a month without a year is in the
 * publication year, moved a year back or forth the same way. Without a publication date they keep
 * X placeholders: {@code XXXX-XX-XX} (a relative day), {@code XXXX-WXX-4} (a weekday), {@code
 * XXXX-WXX}, {@code XXXX-XX}, {@code XXXX} (a relative week, month or year), {@code XXXX-12-11}
 * (a day and month without year). Explicit dates never depend on the publication date.
 *
 * <p>Results are sorted, disjoint (the longest expression starting leftmost wins), inside the
 * region, in offsets of the text given, and exclude a proclitic glued to the first word ({@code
 * وأمس} gives {@code أمس}). Linear in the region's length; never throws on any text. Immutable and
 * thread-safe.
 */
public final class TemporalTagger {

  private static final String DEFINITE = new String(new char[] {ALEF, LAM});

  private final Lexicon lex = TimeLexicon.LEXICON;
  private final NumberParser numbers = NumberParser.standard();
  /** Every word a rule can start with: a token that is none of them is skipped at once. */
  private final java.util.Set<String> starters = starters();

  private static java.util.Set<String> starters() {
    java.util.Set<String> all = new java.util.HashSet<>(TimeLexicon.LEXICON.firstWords(
        "mod", "part-of-day", "clock-word", "hour", "day-word", "day", "weekday", "period",
        "month-word", "month", "year-word", "hijri-month", "year-prep", "some", "for", "unit",
        "set-adverb", "every"));
    all.addAll(NumberParser.standard().lexicon().firstWords(NumberParser.CATEGORIES));
    return java.util.Set.copyOf(all);
  }

  private boolean canStart(WordScan s, int i) {
    if (s.isDigits(i)) {
      return true;
    }
    if (!s.isWord(i)) {
      return false;
    }
    if (starters.contains(s.text(i))) {
      return true;
    }
    for (int k = 0, n = s.bareCount(i); k < n; k++) {
      if (starters.contains(s.bareForm(i, k))) {
        return true;
      }
    }
    return false;
  }

  /** A tagger with the bundled lexicon and ICU's month and weekday names. */
  public TemporalTagger() {}

  /**
   * The temporal expressions in {@code region} of {@code text}, sorted and disjoint.
   *
   * @param text the text
   * @param region the region to read
   * @param published the publication date relative expressions resolve against, if known
   * @return the time expressions, with spans into {@code text}
   * @throws IndexOutOfBoundsException if the region does not lie within the text
   */
  public List<TimeExpression> extract(
      CharSequence text, CharSpan region, Optional<LocalDate> published) {
    Objects.requireNonNull(published, "published");
    WordScan s = WordScan.of(text, region);
    Run r = new Run(s, published.orElse(null), new TenseCues(s, lex));
    List<TimeExpression> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Cand best = canStart(s, i) ? best(r, i) : null;
      if (best == null) {
        i++;
        continue;
      }
      out.add(new TimeExpression(
          s.originalSpan(best.first, best.skip, best.end), best.type, best.value, best.mod));
      i = best.end;
    }
    return List.copyOf(out);
  }

  /** Granularity of a date, for mods and for attaching times. */
  private enum Level {
    DAY,
    WEEK,
    MONTH,
    YEAR,
    OTHER
  }

  /** A candidate expression on tokens [first, end). */
  private record Cand(
      int first, int skip, int end, Type type, String value, String mod, Level level) {
    Cand withEnd(int newEnd) {
      return new Cand(first, skip, newEnd, type, value, mod, level);
    }

    Cand from(int newFirst, int newSkip) {
      return new Cand(newFirst, newSkip, end, type, value, mod, level);
    }
  }

  /** Per-call state. */
  private record Run(WordScan s, LocalDate published, TenseCues tense) {}

  private Cand best(Run r, int i) {
    Cand best = null;
    for (Cand c :
        new Cand[] {
          modExpr(r, i), partOfDayExpr(r, i), clockExpr(r, i, true), dayExpr(r, i), periodExpr(r, i),
          monthExpr(r, i, false), hijriExpr(r, i, false), yearExpr(r, i, false), numericDate(r, i),
          durationExpr(r, i), setExpr(r, i)
        }) {
      if (c != null && (best == null || c.end > best.end)) {
        best = c;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- helpers

  private Optional<Lexicon.Match> first(Run r, int i, String category) {
    return lex.atWithProclitic(r.s, i, category);
  }

  private Optional<Lexicon.Match> next(Run r, int i, String category) {
    if (r.s.lineBreakBefore(i)) {
      return Optional.empty();
    }
    return lex.at(r.s, i, category);
  }

  private static int intValue(Lexicon.Match m) {
    return m.entry().intValue();
  }

  /** The value of a 1–2 digit token at {@code i} standing alone, or -1. */
  private static int smallNumber(WordScan s, int i, int max) {
    if (!s.isDigits(i) || s.text(i).length() > 2) {
      return -1;
    }
    int v = Integer.parseInt(s.text(i));
    return v <= max ? v : -1;
  }

  /** The value of a standalone 3–4 digit year token at {@code i}, or -1. */
  private static int yearNumber(WordScan s, int i, int minLength) {
    if (!s.isDigits(i) || s.text(i).length() < minLength || s.text(i).length() > 4) {
      return -1;
    }
    if (NumberParser.continuesFromLeft(s, i) || NumberParser.isJoined(s, i)) {
      return -1;
    }
    return Integer.parseInt(s.text(i));
  }

  // ---------------------------------------------------------------- rules

  /** أوائل / منتصف / أواخر + a month, week or year. */
  private Cand modExpr(Run r, int i) {
    Optional<Lexicon.Match> mod = first(r, i, "mod");
    if (mod.isEmpty() || r.s.lineBreakBefore(mod.get().end())) {
      return null;
    }
    int j = mod.get().end();
    Cand inner = null;
    for (Cand c :
        new Cand[] {monthExpr(r, j, true), periodExpr(r, j), yearExpr(r, j, true),
          hijriExpr(r, j, true)}) {
      if (c != null && c.mod.isEmpty() && c.type == Type.DATE
          && (c.level == Level.MONTH || c.level == Level.YEAR || c.level == Level.WEEK)
          && c.first == j && c.skip == 0 && (inner == null || c.end > inner.end)) {
        inner = c;
      }
    }
    if (inner == null) {
      return null;
    }
    return new Cand(i, mod.get().skip(), inner.end, Type.DATE, inner.value,
        mod.get().entry().value(), inner.level);
  }

  /** صباح / مساء / ليلة + a day. */
  private Cand partOfDayExpr(Run r, int i) {
    Optional<Lexicon.Match> part = first(r, i, "part-of-day");
    if (part.isEmpty() || r.s.lineBreakBefore(part.get().end())) {
      return null;
    }
    Cand day = dayExpr(r, part.get().end());
    if (day == null || day.level != Level.DAY) {
      return null;
    }
    // A clock time after the day (صباح الخميس الساعة العاشرة) is more precise than the part.
    String value = day.type == Type.TIME ? day.value : day.value + "T" + part.get().entry().value();
    return new Cand(i, part.get().skip(), day.end, Type.TIME, value, "", Level.OTHER);
  }

  /** الساعة 10 صباحا, الساعة 10:30, العاشرة مساء, with the day after it if any. */
  private Cand clockExpr(Run r, int i, boolean anchor) {
    WordScan s = r.s;
    int hour;
    int minute = 0;
    int j;
    boolean needPart;
    Optional<Lexicon.Match> clock = first(r, i, "clock-word");
    int skip = 0;
    if (clock.isPresent() && !s.lineBreakBefore(clock.get().end())) {
      skip = clock.get().skip();
      j = clock.get().end();
      needPart = false;
      int h = smallNumber(s, j, 24);
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
        Optional<Lexicon.Match> hw = next(r, j, "hour");
        if (hw.isEmpty()) {
          return null;
        }
        hour = intValue(hw.get());
        j = hw.get().end();
      }
    } else {
      Optional<Lexicon.Match> hw = lex.at(s, i, "hour");
      if (hw.isEmpty()) {
        return null;
      }
      hour = intValue(hw.get());
      j = hw.get().end();
      needPart = true;
    }
    Optional<Lexicon.Match> min = next(r, j, "minutes");
    if (min.isPresent()) {
      minute = intValue(min.get());
      j = min.get().end();
    }
    Optional<Lexicon.Match> part = next(r, j, "day-part");
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
    if (!s.lineBreakBefore(k) && lex.at(s, k, "year-prep").isEmpty() && s.is(k, FROM)) {
      k++;
    }
    Optional<Lexicon.Match> pod = next(r, k, "part-of-day");
    if (pod.isPresent()) {
      k = pod.get().end();
    }
    Cand day = !anchor || s.lineBreakBefore(k) ? null : dayExpr(r, k);
    if (day != null && day.level == Level.DAY && day.type == Type.DATE) {
      return new Cand(i, skip, day.end, Type.TIME, day.value + clockValue, "", Level.OTHER);
    }
    return new Cand(i, skip, j, Type.TIME, Resolver.UNKNOWN_DAY + clockValue, "", Level.OTHER);
  }

  private static final String FROM = new String(new char[] {MEEM, NOON});

  /** [يوم] a relative day or a weekday [shift] [explicit date] [part of day]. */
  private Cand dayExpr(Run r, int i) {
    WordScan s = r.s;
    Optional<Lexicon.Match> dayWord = first(r, i, "day-word");
    int j = i;
    int skip = 0;
    if (dayWord.isPresent() && !s.lineBreakBefore(dayWord.get().end())) {
      j = dayWord.get().end();
      skip = dayWord.get().skip();
      Cand date = monthExpr(r, j, true);
      if (date == null) {
        date = numericDate(r, j);
      }
      if (date != null && date.level == Level.DAY) {
        return withPart(r, new Cand(i, skip, date.end, Type.DATE, date.value, "", Level.DAY));
      }
    }
    boolean hasDayWord = j != i;
    Optional<Lexicon.Match> rel = hasDayWord ? next(r, j, "day") : first(r, i, "day");
    if (rel.isPresent()) {
      Lexicon.Match m = rel.get();
      int offset = intValue(m);
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
        Optional<Lexicon.Match> wd = next(r, end, "weekday");
        if (wd.isPresent()) {
          // اليوم الخميس: the Thursday nearest the publication date, which is that date when the
          // two agree; a date line off by a day then still gives the day the text names.
          LocalDate day = r.published == null ? null
              : Resolver.weekday(r.published, intValue(wd.get()), null, 0);
          String value = day == null ? Resolver.unresolvedWeekday(intValue(wd.get()))
              : Resolver.day(day);
          return withPart(r, new Cand(i, skip, wd.get().end(), Type.DATE, value, "", Level.DAY));
        } else if (s.isWord(end) && !s.lineBreakBefore(end) && s.text(end).startsWith(DEFINITE)
            && next(r, end, "shift").isEmpty()) {
          // اليوم العالمي, اليوم الأول: "the day", not "today".
          return null;
        }
      }
      LocalDate day = r.published == null ? null
          : Resolver.plus(r.published, offset, ChronoUnit.DAYS);
      String value = day == null ? Resolver.UNKNOWN_DAY : Resolver.day(day);
      return withPart(r, new Cand(i, skip, end, Type.DATE, value, "", Level.DAY));
    }
    Optional<Lexicon.Match> wd = hasDayWord ? next(r, j, "weekday") : first(r, i, "weekday");
    if (wd.isEmpty()) {
      return null;
    }
    if (!hasDayWord) {
      skip = wd.get().skip();
    }
    int iso = intValue(wd.get());
    int end = wd.get().end();
    Integer shift = null;
    Optional<Lexicon.Match> sh = next(r, end, "shift");
    if (sh.isPresent()) {
      shift = intValue(sh.get());
      end = sh.get().end();
    }
    // An explicit date after the weekday wins: الخميس 4 سبتمبر, الخميس، 4 سبتمبر, الخميس الموافق
    // 4 سبتمبر.
    int k = end;
    if (!s.lineBreakBefore(k) && (s.isSymbol(k, ',') || s.isSymbol(k, '\u060C'))) {
      k++;
    }
    Optional<Lexicon.Match> sameAs = next(r, k, "same-as");
    if (sameAs.isPresent()) {
      k = sameAs.get().end();
    }
    if (!s.lineBreakBefore(k)) {
      Cand date = monthExpr(r, k, true);
      if (date == null) {
        date = numericDate(r, k);
      }
      if (date != null && date.level == Level.DAY && date.first == k) {
        return withPart(r, new Cand(i, skip, date.end, Type.DATE, date.value, "", Level.DAY));
      }
    }
    LocalDate day = r.published == null ? null
        : Resolver.weekday(r.published, iso, shift, r.tense.at(wd.get().first()));
    String value = day == null ? Resolver.unresolvedWeekday(iso) : Resolver.day(day);
    return withPart(r, new Cand(i, skip, end, Type.DATE, value, "", Level.DAY));
  }

  private static final String TOMORROW_ADVERB = new String(new char[] {GHAIN, DAL, ALEF});

  /** A day followed by a part of the day (الخميس مساء) becomes a time. */
  private Cand withPart(Run r, Cand day) {
    if (!r.s.lineBreakBefore(day.end)) {
      // الخميس الساعة العاشرة: the clock time on that day (not anchored further, which keeps a
      // chain of days and times linear).
      Cand clock = clockExpr(r, day.end, false);
      if (clock != null && clock.first == day.end && clock.skip == 0) {
        return new Cand(day.first, day.skip, clock.end, Type.TIME,
            day.value + clock.value.substring(Resolver.UNKNOWN_DAY.length()), "", Level.OTHER);
      }
    }
    Optional<Lexicon.Match> part = next(r, day.end, "day-part");
    if (part.isEmpty() || part.get().entry().words().size() > 1
        || part.get().entry().words().get(0).length() < 3) {
      return day;
    }
    return new Cand(day.first, day.skip, part.get().end(), Type.TIME,
        day.value + "T" + part.get().entry().value(), "", Level.OTHER);
  }

  /** الأسبوع الماضي, الشهر الجاري, العام المقبل, هذا العام. */
  private Cand periodExpr(Run r, int i) {
    Optional<Lexicon.Match> p = first(r, i, "period");
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
      Optional<Lexicon.Match> sh = next(r, end, "shift");
      if (sh.isEmpty()) {
        return null;
      }
      shift = intValue(sh.get());
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
    return new Cand(i, p.get().skip(), end, Type.DATE, value, "", level);
  }

  /**
   * The head of a month expression: a day up to {@code maxDay} or the word شهر, then a month of
   * {@code category}.
   *
   * @param day the day, or -1 when none was written
   * @param monthWord whether شهر stood before the month
   * @param skip proclitic chars to leave out at the start
   * @param month the month name matched
   */
  private record MonthHead(int day, boolean monthWord, int skip, Lexicon.Match month) {}

  /** The head of a month expression starting at word {@code i}, or null when no month follows. */
  private MonthHead monthHead(Run r, int i, int maxDay, String category) {
    WordScan s = r.s;
    int j = i;
    int skip = 0;
    int day = smallNumber(s, i, maxDay);
    if (day > 0 && !NumberParser.continuesFromLeft(s, i) && !NumberParser.isJoined(s, i)
        && !s.lineBreakBefore(i + 1)) {
      j = i + 1;
    } else {
      day = -1;
    }
    boolean monthWord = false;
    if (day < 0) {
      Optional<Lexicon.Match> mw = first(r, i, "month-word");
      if (mw.isPresent() && !s.lineBreakBefore(mw.get().end())) {
        monthWord = true;
        skip = mw.get().skip();
        j = mw.get().end();
      }
    }
    Optional<Lexicon.Match> mm = j == i ? first(r, i, category) : next(r, j, category);
    if (mm.isEmpty()) {
      return null;
    }
    return new MonthHead(day, monthWord, j == i ? mm.get().skip() : skip, mm.get());
  }

  /**
   * [day] [شهر] month [/ (dual)] [[من] [عام] year [م] | من العام الماضي]; {@code context} tells
   * that a mod or a day word came before, which licenses an ambiguous month name alone.
   */
  private Cand monthExpr(Run r, int i, boolean context) {
    MonthHead head = monthHead(r, i, 31, "month");
    if (head == null) {
      return null;
    }
    int day = head.day();
    boolean monthWord = head.monthWord();
    int skip = head.skip();
    Lexicon.Match mm = head.month();
    int month = intValue(mm);
    int end = dualEnd(r, mm.end(), "month", month);
    context |= end != mm.end();
    int[] yearAndEnd = yearAfter(r, end);
    boolean yearUnknown = yearAndEnd[0] == Integer.MIN_VALUE + 1;
    Integer year = yearAndEnd[0] == Integer.MIN_VALUE || yearUnknown ? null : yearAndEnd[0];
    end = yearAndEnd[1];
    if (year == null && !yearUnknown) {
      // أغسطس الماضي: the last August before publication; أغسطس المقبل: the next one after it.
      Optional<Lexicon.Match> sh = next(r, end, "shift");
      if (sh.isPresent()) {
        end = sh.get().end();
        context = true;
        int shift = intValue(sh.get());
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
        && lex.contains("needs-context", mm.entry().words().get(0))
        && mm.entry().words().size() == 1 && !isMonthPrep(r, i)) {
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
    return new Cand(i, skip, end, Type.DATE, value, "", day > 0 ? Level.DAY : Level.MONTH);
  }

  private boolean isMonthPrep(Run r, int i) {
    return i > 0 && !r.s.lineBreakBefore(i) && lex.at(r.s, i - 1, "month-prep").isPresent();
  }

  /** After a month name at {@code end}'s left: "/ آب", "(آب)", "- آب" of the same month. */
  private int dualEnd(Run r, int end, String category, int month) {
    WordScan s = r.s;
    if (s.lineBreakBefore(end)) {
      return end;
    }
    if (s.isSymbol(end, '/') || s.isSymbol(end, '-')) {
      Optional<Lexicon.Match> m2 = next(r, end + 1, category);
      if (m2.isPresent() && intValue(m2.get()) == month) {
        return m2.get().end();
      }
    } else if (s.isSymbol(end, '(')) {
      Optional<Lexicon.Match> m2 = next(r, end + 1, category);
      if (m2.isPresent() && intValue(m2.get()) == month && s.isSymbol(m2.get().end(), ')')) {
        return m2.get().end() + 1;
      }
    }
    return end;
  }

  /**
   * The Gregorian year after a month: {year or MIN_VALUE if none or MIN_VALUE + 1 if relative
   * without publication date, end}.
   */
  private int[] yearAfter(Run r, int end) {
    WordScan s = r.s;
    int k = end;
    if (s.lineBreakBefore(k)) {
      return new int[] {Integer.MIN_VALUE, end};
    }
    if (s.isSymbol(k, ',') || s.isSymbol(k, '\u060C')) {
      if (yearNumber(s, k + 1, 4) > 0 && !s.lineBreakBefore(k + 1)) {
        k++;
      }
    }
    boolean from = false;
    if (s.is(k, FROM)) {
      k++;
      from = true;
    }
    Optional<Lexicon.Match> yw = next(r, k, "year-word");
    int y;
    if (yw.isPresent()) {
      y = yearNumber(s, yw.get().end(), 4);
      if (y < 0) {
        // من العام الماضي / الجاري / المقبل
        Cand p = periodExpr(r, k);
        if (p != null && p.level == Level.YEAR && p.first == k) {
          if (r.published == null) {
            return new int[] {Integer.MIN_VALUE + 1, p.end};
          }
          return new int[] {Integer.parseInt(p.value), p.end};
        }
        return new int[] {Integer.MIN_VALUE, end};
      }
      k = yw.get().end();
    } else {
      y = s.lineBreakBefore(k) ? -1 : yearNumber(s, k, 4);
      if (y < 0) {
        Cand p = from ? periodExpr(r, k) : null;
        if (p != null && p.level == Level.YEAR && p.first == k) {
          if (r.published == null) {
            return new int[] {Integer.MIN_VALUE + 1, p.end};
          }
          return new int[] {Integer.parseInt(p.value), p.end};
        }
        return new int[] {Integer.MIN_VALUE, end};
      }
    }
    if (isHijriMark(r, k + 1) || y < 1000) {
      return new int[] {Integer.MIN_VALUE, end};
    }
    k++;
    Optional<Lexicon.Match> era = next(r, k, "gregorian");
    if (era.isPresent()) {
      k = era.get().end();
    }
    return new int[] {y, k};
  }

  private boolean isHijriMark(Run r, int k) {
    return !r.s.lineBreakBefore(k) && lex.at(r.s, k, "hijri").isPresent();
  }

  /** [day] Hijri month [year [هـ]], or a year with a Hijri mark: 1446 هـ, عام 1446 هـ. */
  private Cand hijriExpr(Run r, int i, boolean context) {
    WordScan s = r.s;
    // A Hijri year alone.
    int j = i;
    int skip = 0;
    Optional<Lexicon.Match> yw = first(r, i, "year-word");
    if (yw.isPresent()) {
      j = yw.get().end();
      skip = yw.get().skip();
    }
    int y = s.lineBreakBefore(j) && j != i ? -1 : yearNumber(s, j, 3);
    if (y > 0 && isHijriMark(r, j + 1)) {
      if (j == i && NumberParser.continuesFromLeft(s, i)) {
        return null;
      }
      LocalDate mid = Resolver.hijriDay(y, 7, 1);
      if (mid == null) {
        return null;
      }
      int end = lex.at(s, j + 1, "hijri").get().end();
      return new Cand(i, skip, end, Type.DATE, Resolver.year(mid.getYear()), "", Level.YEAR);
    }
    // A Hijri month with its day and year.
    MonthHead head = monthHead(r, i, 30, "hijri-month");
    if (head == null) {
      return null;
    }
    int day = head.day();
    boolean monthWord = head.monthWord();
    skip = head.skip();
    Lexicon.Match mm = head.month();
    int month = intValue(mm);
    int end = mm.end();
    int year = -1;
    int yk = end;
    if (!s.lineBreakBefore(yk)) {
      Optional<Lexicon.Match> yw2 = next(r, yk, "year-word");
      if (yw2.isPresent()) {
        yk = yw2.get().end();
      }
      int yy = s.lineBreakBefore(yk) ? -1 : yearNumber(s, yk, 3);
      if (yy > 0 && (isHijriMark(r, yk + 1) || yy < 1600)) {
        year = yy;
        end = yk + 1;
        if (isHijriMark(r, end)) {
          end = lex.at(s, end, "hijri").get().end();
        }
      } else if (yy >= 1900 && yy <= 2100) {
        // رمضان 2025: the Hijri month whose middle falls in that Gregorian year.
        year = Resolver.hijriYearInGregorian(month, yy);
        if (year > 0) {
          end = yk + 1;
          Optional<Lexicon.Match> era = next(r, end, "gregorian");
          if (era.isPresent()) {
            end = era.get().end();
          }
        }
      }
    }
    boolean ambiguous = mm.entry().words().size() == 1
        && lex.contains("needs-context", mm.entry().words().get(0));
    if (ambiguous && day < 0 && year < 0 && !monthWord && !context && !isMonthPrep(r, i)) {
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
    return new Cand(i, skip, end, Type.DATE, value, "", level);
  }

  /** عام 2025, 2025م, في 2025 (the preposition left out); {@code bare} allows a year alone. */
  private Cand yearExpr(Run r, int i, boolean bare) {
    WordScan s = r.s;
    Optional<Lexicon.Match> yw = first(r, i, "year-word");
    if (yw.isPresent()) {
      int k = yw.get().end();
      int y = s.lineBreakBefore(k) ? -1 : yearNumber(s, k, 4);
      if (y < 1000 || isHijriMark(r, k + 1)) {
        return null;
      }
      int end = k + 1;
      Optional<Lexicon.Match> era = next(r, end, "gregorian");
      if (era.isPresent()) {
        end = era.get().end();
      }
      return new Cand(i, yw.get().skip(), end, Type.DATE, Resolver.year(y), "", Level.YEAR);
    }
    int y = yearNumber(s, i, 4);
    if (y >= 1000 && !NumberParser.continuesFromLeft(s, i)) {
      Optional<Lexicon.Match> era = next(r, i + 1, "gregorian");
      if (era.isPresent()) {
        return new Cand(i, 0, era.get().end(), Type.DATE, Resolver.year(y), "", Level.YEAR);
      }
      if (bare && y >= 1900 && y <= 2100 && !isHijriMark(r, i + 1)) {
        return new Cand(i, 0, i + 1, Type.DATE, Resolver.year(y), "", Level.YEAR);
      }
      return null;
    }
    Optional<Lexicon.Match> prep = first(r, i, "year-prep");
    if (prep.isPresent() && !s.lineBreakBefore(prep.get().end())) {
      int k = prep.get().end();
      int py = yearNumber(s, k, 4);
      if (py >= 1900 && py <= 2100 && !isHijriMark(r, k + 1)
          && !isDurationUnit(r, k + 1)) {
        Optional<Lexicon.Match> era = next(r, k + 1, "gregorian");
        int end = era.isPresent() ? era.get().end() : k + 1;
        return new Cand(k, 0, end, Type.DATE, Resolver.year(py), "", Level.YEAR);
      }
    }
    return null;
  }

  private boolean isDurationUnit(Run r, int k) {
    return !r.s.lineBreakBefore(k) && lex.at(r.s, k, "unit").isPresent();
  }

  /** 11/12/2025 (day first), 2025-09-04, 2025/09/04, 4.9.2025. */
  private Cand numericDate(Run r, int i) {
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
    return new Cand(i, 0, end, Type.DATE, String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d),
        "", Level.DAY);
  }

  /** 3 سنوات, أربع سنوات, لعدة أيام, ساعتين, لمدة عام. */
  private Cand durationExpr(Run r, int i) {
    WordScan s = r.s;
    Optional<NumberParser.Parsed> n = numbers.at(s, i);
    if (n.isPresent() && !s.lineBreakBefore(n.get().end())) {
      Optional<Lexicon.Match> u = lex.at(s, n.get().end(), "unit");
      if (u.isPresent() && unitCount(u.get()) == 1 && n.get().value().signum() > 0) {
        return duration(i, n.get().skip(), u.get().end(), n.get().value(), unitCode(u.get()));
      }
      return null;
    }
    Optional<Lexicon.Match> some = first(r, i, "some");
    if (some.isPresent() && !s.lineBreakBefore(some.get().end())) {
      Optional<Lexicon.Match> u = lex.at(s, some.get().end(), "unit");
      if (u.isPresent() && unitCount(u.get()) == 1) {
        return duration(i, some.get().skip(), u.get().end(), null, unitCode(u.get()));
      }
    }
    Optional<Lexicon.Match> forWord = first(r, i, "for");
    if (forWord.isPresent() && !s.lineBreakBefore(forWord.get().end())) {
      int k = forWord.get().end();
      Optional<Lexicon.Match> u = lex.at(s, k, "unit");
      if (u.isPresent() && numbers.at(s, u.get().end()).isEmpty()) {
        // لمدة عام: one; لمدة ساعتين: two; لمدة سنوات: an unspecified number.
        boolean singular = lex.at(s, k, "singular-unit").isPresent();
        BigDecimal count = unitCount(u.get()) == 2 ? BigDecimal.valueOf(2)
            : singular ? BigDecimal.ONE : null;
        return duration(k, 0, u.get().end(), count, unitCode(u.get()));
      }
    }
    Optional<Lexicon.Match> dual = first(r, i, "unit");
    if (dual.isPresent() && unitCount(dual.get()) == 2) {
      return duration(i, dual.get().skip(), dual.get().end(), BigDecimal.valueOf(2),
          unitCode(dual.get()));
    }
    return null;
  }

  private static int unitCount(Lexicon.Match m) {
    String v = m.entry().value();
    return Integer.parseInt(v.substring(v.indexOf(' ') + 1).trim());
  }

  private static String unitCode(Lexicon.Match m) {
    String v = m.entry().value();
    return v.substring(0, v.indexOf(' '));
  }

  /** A duration value; {@code count} null for an unspecified count. */
  private static Cand duration(int first, int skip, int end, BigDecimal count, String code) {
    BigDecimal n = count;
    String c = code;
    if (c.equals("DE") || c.equals("CE")) {
      n = n == null ? null : n.multiply(BigDecimal.valueOf(c.equals("DE") ? 10 : 100));
      c = "Y";
    }
    String amount = n == null ? "X" : n.stripTrailingZeros().toPlainString();
    String value = c.startsWith("T") ? "PT" + amount + c.substring(1) : "P" + amount + c;
    return new Cand(first, skip, end, Type.DURATION, value, "", Level.OTHER);
  }

  /** كل يوم, كل خميس, كل يوم خميس, يوميا, سنويا. */
  private Cand setExpr(Run r, int i) {
    WordScan s = r.s;
    Optional<Lexicon.Match> adv = first(r, i, "set-adverb");
    if (adv.isPresent()) {
      return new Cand(i, adv.get().skip(), adv.get().end(), Type.SET, adv.get().entry().value(),
          "", Level.OTHER);
    }
    Optional<Lexicon.Match> every = first(r, i, "every");
    if (every.isEmpty() || s.lineBreakBefore(every.get().end())) {
      return null;
    }
    int k = every.get().end();
    Optional<Lexicon.Match> wd = next(r, k, "weekday-bare");
    Optional<Lexicon.Match> u = next(r, k, "singular-unit");
    if (u.isPresent() && u.get().entry().value().equals("D")) {
      Optional<Lexicon.Match> wd2 = next(r, u.get().end(), "weekday-bare");
      if (wd2.isPresent()) {
        wd = wd2;
      }
    }
    if (wd.isPresent()) {
      return new Cand(i, every.get().skip(), wd.get().end(), Type.SET,
          Resolver.unresolvedWeekday(intValue(wd.get())), "", Level.OTHER);
    }
    if (u.isPresent()) {
      return new Cand(i, every.get().skip(), u.get().end(), Type.SET,
          duration(0, 0, 1, BigDecimal.ONE, u.get().entry().value()).value, "", Level.OTHER);
    }
    return null;
  }
}
