package org.khabar.time;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression.Type;
import org.khabar.article.TimeExpression;
import org.khabar.number.NumberParser;
import org.khabar.number.PhraseTable;
import org.khabar.number.WordScan;
import org.khabar.text.LanguageResources;
import org.khabar.time.Candidate.Level;

/**
 * Finds dates, times, durations and sets in a region of an Arabic text and gives them TIMEX3
 * values, resolved against the publication date when there is one.
 *
 * <p>What it reads (the words are in {@code phrases.txt}, month and weekday names come from ICU's
 * CLDR data, see {@link TimeWords}):
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
 *       {@code في رمضان}); Solar Hijri dates, Iran's calendar ({@code 2 تير 1399}); and any of
 *       the month, week or year forms after {@code أوائل}/{@code مطلع}/{@code بداية} (mod {@code
 *       START}), {@code منتصف} ({@code MID}), {@code أواخر}/{@code نهاية} ({@code END}); ordinal
 *       days ({@code الثامن من ديسمبر}); seasons with a shift or a
 *       demonstrative ({@code الخريف الماضي} {@code 2023-FA}, {@code هذه الصائفة}); decades ({@code
 *       التسعينات} {@code 199}); TimeML's vague references ({@code حاليا} {@code PRESENT_REF},
 *       {@code مؤخرا} {@code PAST_REF}, {@code قريبا} {@code FUTURE_REF}); dates counted from the
 *       publication ({@code قبل 3 أيام}, {@code بعد أسبوعين}).
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
 * <p>Each family of rules is a class of its own ({@code DayRules}, {@code MonthRules}, {@code
 * HijriRule}, {@code SolarHijriRule}, {@code YearRules}, {@code DurationRules}, {@code
 * WordDateRule}, {@code SeasonRule}, {@code RelativeCountRule}); at each word the longest of
 * their candidates wins, the earlier rule in {@code best} on a tie; then a clock time right after
 * a date takes its day ({@code ClockAnchor}), and the weekdays after a weekly set continue it
 * ({@code WeekdayLists}).
 *
 * <p>Results are sorted, disjoint (the longest expression starting leftmost wins), inside the
 * region, in offsets of the text given, and exclude a proclitic glued to the first word ({@code
 * وأمس} gives {@code أمس}). Linear in the region's length; never throws on any text. Immutable and
 * thread-safe.
 */
public final class TemporalTagger implements TimeTagger {

  private static final TemporalTagger BUNDLED =
      new TemporalTagger(TimeWords.PHRASES, NumberParser.standard());

  /** The time words. */
  private final PhraseTable phrases;
  /** The number words' parser. */
  private final NumberParser numbers;
  /** The first words of the {@code not-future} entries: words that look like a future verb. */
  private final java.util.Set<String> notFuture;
  /** Every word a rule can start with: a token that is none of them is skipped at once. */
  private final java.util.Set<String> starters;

  private static java.util.Set<String> starters(PhraseTable phrases, NumberParser numbers) {
    java.util.Set<String> all = new java.util.HashSet<>(phrases.firstWords(
        "mod", "part-of-day", "clock-word", "hour", "day-word", "day", "weekday", "period",
        "month-word", "month", "year-word", "hijri-month", "year-prep", "some", "for", "unit",
        "set-adverb", "every", "date-word", "day-ordinal", "this", "season-word", "season",
        "ago-prep", "singular-unit", "days-of", "plural-period", "dual-construct",
        "tonight", "period-noun"));
    all.addAll(numbers.phrases().firstWords(NumberParser.CATEGORIES));
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

  /** A tagger with the bundled phrases and ICU's month and weekday names. */
  public TemporalTagger() {
    this(BUNDLED.phrases, BUNDLED.numbers, BUNDLED.notFuture, BUNDLED.starters);
  }

  private TemporalTagger(PhraseTable phrases, NumberParser numbers) {
    this(phrases, numbers, phrases.firstWords("not-future"), starters(phrases, numbers));
  }

  private TemporalTagger(PhraseTable phrases, NumberParser numbers,
      java.util.Set<String> notFuture, java.util.Set<String> starters) {
    this.phrases = phrases;
    this.numbers = numbers;
    this.notFuture = notFuture;
    this.starters = starters;
  }

  /**
   * A tagger with the time words of {@code resources} ({@code time/phrases.txt}, and ICU's month
   * and weekday names) and its number words ({@code number/phrases.txt}).
   *
   * @param resources the word lists
   * @return the tagger
   * @throws IllegalArgumentException if an added line is not {@code
   *     category<TAB>phrase[<TAB>value]}
   */
  public static TemporalTagger of(LanguageResources resources) {
    Objects.requireNonNull(resources, "resources");
    return resources.isBundled() ? BUNDLED
        : new TemporalTagger(TimeWords.of(resources), NumberParser.of(resources));
  }

  /**
   * The temporal expressions in {@code region} of {@code text}, sorted and disjoint.
   *
   * @param text the text
   * @param region the region to read
   * @param published the publication date relative expressions resolve against, if known
   * @return the time expressions, with spans into {@code text}
   * @throws IndexOutOfBoundsException if the region does not lie within the text
   */
  @Override
  public List<TimeExpression> extract(
      CharSequence text, CharSpan region, Optional<LocalDate> published) {
    Objects.requireNonNull(published, "published");
    return extract(WordScan.of(text, region), published);
  }

  /**
   * The temporal expressions of a region already scanned (the pipeline scans each block once for
   * dates and numbers), sorted and disjoint.
   *
   * @param s the scanned region
   * @param published the publication date relative expressions resolve against, if known
   * @return the time expressions, with spans into the scanned text
   */
  public List<TimeExpression> extract(WordScan s, Optional<LocalDate> published) {
    Objects.requireNonNull(s, "s");
    Objects.requireNonNull(published, "published");
    TimexRun r = new TimexRun(s, published.orElse(null), new TenseCues(s, phrases, notFuture),
        phrases, numbers);
    List<TimeExpression> out = new ArrayList<>();
    Candidate last = null;
    int i = 0;
    while (i < s.size()) {
      Candidate best = canStart(s, i) ? best(r, i) : null;
      if (best == null) {
        i++;
        continue;
      }
      best = ClockAnchor.anchor(s, last, best);
      last = best;
      out.add(new TimeExpression(s.originalSpan(best.first(), best.skip(), best.end()),
          best.type(), best.value(), best.mod()));
      i = best.end();
      for (Candidate more : WeekdayLists.following(r, best)) {
        out.add(new TimeExpression(s.originalSpan(more.first(), more.skip(), more.end()),
            more.type(), more.value(), more.mod()));
        last = more;
        i = more.end();
      }
    }
    return List.copyOf(out);
  }

  /** The longest candidate of every rule at word {@code i}, the earlier rule on a tie. */
  private static Candidate best(TimexRun r, int i) {
    Candidate best = null;
    for (Candidate c :
        new Candidate[] {
          modExpr(r, i),
          DayRules.partOfDayExpr(r, i),
          DayRules.clockExpr(r, i, true),
          DayRules.dayExpr(r, i),
          YearRules.periodExpr(r, i),
          MonthRules.monthExpr(r, i, false),
          HijriRule.hijriExpr(r, i, false),
          SolarHijriRule.solarHijriExpr(r, i),
          YearRules.yearExpr(r, i, false),
          YearRules.numericDate(r, i),
          DurationRules.durationExpr(r, i),
          DurationRules.setExpr(r, i),
          WordDateRule.wordDate(r, i),
          WordDateRule.tonight(r, i),
          SeasonRule.seasonExpr(r, i),
          RelativeCountRule.relativeExpr(r, i)
        }) {
      if (c != null && (best == null || c.end() > best.end())) {
        best = c;
      }
    }
    return best;
  }

  /** أوائل / منتصف / أواخر + a month, week or year. */
  private static Candidate modExpr(TimexRun r, int i) {
    Optional<PhraseTable.Match> mod = r.first(i, "mod");
    if (mod.isEmpty() || r.s.lineBreakBefore(mod.get().end())) {
      return null;
    }
    int j = mod.get().end();
    Candidate inner = null;
    for (Candidate c :
        new Candidate[] {MonthRules.monthExpr(r, j, true), YearRules.periodExpr(r, j),
          YearRules.yearExpr(r, j, true), HijriRule.hijriExpr(r, j, true),
          WordDateRule.wordDate(r, j)}) {
      if (c != null && c.mod().isEmpty() && c.type() == Type.DATE
          && (c.level() == Level.MONTH || c.level() == Level.YEAR || c.level() == Level.WEEK)
          && c.first() == j && c.skip() == 0 && (inner == null || c.end() > inner.end())) {
        inner = c;
      }
    }
    if (inner == null) {
      return null;
    }
    return new Candidate(i, mod.get().skip(), inner.end(), Type.DATE, inner.value(),
        mod.get().entry().value(), inner.level());
  }
}
