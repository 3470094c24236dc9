package org.khabar.time;

import java.math.BigDecimal;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;
import org.khabar.time.Candidate.Level;

/**
 * The rules of durations ({@code 3 سنوات}, {@code لعدة أيام}, {@code ساعتين}) and sets ({@code كل
 * يوم}, {@code يوميا}, {@code كل خميس}). Stateless.
 */
final class DurationRules {

  private DurationRules() {}


  /** 3 سنوات, أربع سنوات, لعدة أيام, ساعتين, لمدة عام, يوم واحد. */
  static Candidate durationExpr(TimexRun r, int i) {
    WordScan s = r.s;
    Optional<NumberParser.Parsed> n = r.numbers.at(s, i);
    if (n.isPresent() && !s.lineBreakBefore(n.get().end())) {
      Optional<PhraseTable.Match> u = r.phrases.at(s, n.get().end(), "unit");
      if (u.isPresent() && unitCount(u.get()) == 1 && n.get().value().signum() > 0) {
        return duration(i, n.get().skip(), u.get().end(), n.get().value(), unitCode(u.get()));
      }
      return null;
    }
    Optional<PhraseTable.Match> some = r.first(i, "some");
    if (some.isPresent() && !s.lineBreakBefore(some.get().end())) {
      Optional<PhraseTable.Match> u = r.phrases.at(s, some.get().end(), "unit");
      if (u.isPresent() && unitCount(u.get()) == 1) {
        return duration(i, some.get().skip(), u.get().end(), null, unitCode(u.get()));
      }
    }
    Optional<PhraseTable.Match> forWord = r.first(i, "for");
    if (forWord.isPresent() && !s.lineBreakBefore(forWord.get().end())) {
      int k = forWord.get().end();
      Optional<PhraseTable.Match> u = r.phrases.at(s, k, "unit");
      if (u.isPresent() && r.numbers.at(s, u.get().end()).isEmpty()) {
        // لمدة عام: one; لمدة ساعتين: two; لمدة سنوات: an unspecified number.
        boolean singular = r.phrases.at(s, k, "singular-unit").isPresent();
        BigDecimal count = unitCount(u.get()) == 2 ? BigDecimal.valueOf(2)
            : singular ? BigDecimal.ONE : null;
        return duration(k, 0, u.get().end(), count, unitCode(u.get()));
      }
    }
    Optional<PhraseTable.Match> dual = r.first(i, "unit");
    if (dual.isPresent() && unitCount(dual.get()) == 2) {
      return duration(i, dual.get().skip(), dual.get().end(), BigDecimal.valueOf(2),
          unitCode(dual.get()));
    }
    // لليوم الثامن على التوالي: the eighth day running, eight days so far.
    Optional<PhraseTable.Match> nth = r.first(i, "period-noun");
    if (nth.isPresent()) {
      Optional<PhraseTable.Match> ordinal = r.next(nth.get().end(), "day-ordinal");
      Optional<PhraseTable.Match> running =
          ordinal.isPresent() ? r.next(ordinal.get().end(), "running") : Optional.empty();
      if (running.isPresent()) {
        return duration(i, nth.get().skip(), running.get().end(),
            BigDecimal.valueOf(TimexRun.intValue(ordinal.get())), nth.get().entry().value());
      }
    }
    // الأيام الماضية, الأشهر المقبلة: a stretch of an unspecified count before or after now.
    Optional<PhraseTable.Match> stretch = r.first(i, "plural-period");
    if (stretch.isPresent()) {
      Optional<PhraseTable.Match> sh = r.next(stretch.get().end(), "shift");
      if (sh.isPresent() && TimexRun.intValue(sh.get()) != 0) {
        return duration(i, stretch.get().skip(), sh.get().end(), null,
            stretch.get().entry().value());
      }
    }
    // يومي الإضراب: the dual in construct before a definite noun, two days.
    Optional<PhraseTable.Match> construct = r.first(i, "dual-construct");
    if (construct.isPresent() && definiteAfter(r, construct.get().end())) {
      return duration(i, construct.get().skip(), construct.get().end(), BigDecimal.valueOf(2),
          construct.get().entry().value());
    }
    // بعد ساعات, قبل شهور: a plural unit with no count after a preposition of time, a duration of
    // an unspecified count (the preposition stays out: the value does not depend on it).
    Optional<PhraseTable.Match> plural = r.first(i, "unit");
    if (plural.isPresent() && unitCount(plural.get()) == 1 && plural.get().skip() == 0
        && r.first(i, "singular-unit").isEmpty() && i > 0 && !s.lineBreakBefore(i)
        && r.phrases.at(s, i - 1, "ago-prep").isPresent()
        && r.numbers.at(s, plural.get().end()).isEmpty()) {
      return duration(i, 0, plural.get().end(), null, unitCode(plural.get()));
    }
    // يوم واحد, ساعة واحدة: a singular unit counted as one.
    Optional<PhraseTable.Match> single = r.first(i, "singular-unit");
    if (single.isPresent()) {
      Optional<PhraseTable.Match> one = r.next(single.get().end(), "one");
      if (one.isPresent()) {
        return duration(i, single.get().skip(), one.get().end(), BigDecimal.ONE,
            single.get().entry().value());
      }
    }
    return null;
  }

  /** Whether a definite word ({@code ال...}) follows at word {@code k} on the same line. */
  private static boolean definiteAfter(TimexRun r, int k) {
    return k < r.s.size() && !r.s.lineBreakBefore(k) && r.s.isWord(k)
        && r.s.text(k).startsWith(TimexRun.DEFINITE) && r.s.text(k).length() > 3;
  }

  static int unitCount(PhraseTable.Match m) {
    String v = m.entry().value();
    return Integer.parseInt(v.substring(v.indexOf(' ') + 1).trim());
  }

  static String unitCode(PhraseTable.Match m) {
    String v = m.entry().value();
    return v.substring(0, v.indexOf(' '));
  }

  /** A duration value; {@code count} null for an unspecified count. */
  static Candidate duration(int first, int skip, int end, BigDecimal count, String code) {
    BigDecimal n = count;
    String c = code;
    if (c.equals("DE") || c.equals("CE")) {
      n = n == null ? null : n.multiply(BigDecimal.valueOf(c.equals("DE") ? 10 : 100));
      c = "Y";
    }
    String amount = n == null ? "X" : n.stripTrailingZeros().toPlainString();
    String value = c.startsWith("T") ? "PT" + amount + c.substring(1) : "P" + amount + c;
    return new Candidate(first, skip, end, Type.DURATION, value, "", Level.OTHER);
  }

  /** كل يوم, كل خميس, كل يوم خميس, يوميا, سنويا. */
  static Candidate setExpr(TimexRun r, int i) {
    WordScan s = r.s;
    Optional<PhraseTable.Match> adv = r.first(i, "set-adverb");
    if (adv.isPresent() && !(r.first(i, "dual-construct").isPresent()
        && definiteAfter(r, adv.get().end()))) {
      return new Candidate(i, adv.get().skip(), adv.get().end(), Type.SET,
          adv.get().entry().value(), "", Level.OTHER);
    }
    // أيام الثلاثاء: on Tuesdays.
    Optional<PhraseTable.Match> days = r.first(i, "days-of");
    if (days.isPresent()) {
      Optional<PhraseTable.Match> wd = r.next(days.get().end(), "weekday");
      if (wd.isPresent()) {
        return new Candidate(i, days.get().skip(), wd.get().end(), Type.SET,
            Resolver.unresolvedWeekday(TimexRun.intValue(wd.get())), "", Level.OTHER);
      }
    }
    Optional<PhraseTable.Match> every = r.first(i, "every");
    if (every.isEmpty() || s.lineBreakBefore(every.get().end())) {
      return null;
    }
    int k = every.get().end();
    Optional<PhraseTable.Match> wd = r.next(k, "weekday-bare");
    Optional<PhraseTable.Match> u = r.next(k, "singular-unit");
    if (u.isPresent() && u.get().entry().value().equals("D")) {
      Optional<PhraseTable.Match> wd2 = r.next(u.get().end(), "weekday-bare");
      if (wd2.isPresent()) {
        wd = wd2;
      }
    }
    if (wd.isPresent()) {
      return new Candidate(i, every.get().skip(), wd.get().end(), Type.SET,
          Resolver.unresolvedWeekday(TimexRun.intValue(wd.get())), "", Level.OTHER);
    }
    if (u.isPresent()) {
      return new Candidate(i, every.get().skip(), u.get().end(), Type.SET,
          duration(0, 0, 1, BigDecimal.ONE, u.get().entry().value()).value(), "", Level.OTHER);
    }
    // كل أربعة أشهر: every so many units, a set of that period.
    Optional<NumberParser.Parsed> n = r.numbers.at(s, k);
    if (n.isPresent() && n.get().skip() == 0 && n.get().value().signum() > 0) {
      Optional<PhraseTable.Match> unit = r.next(n.get().end(), "unit");
      if (unit.isPresent() && unitCount(unit.get()) == 1) {
        return new Candidate(i, every.get().skip(), unit.get().end(), Type.SET,
            duration(0, 0, 1, n.get().value(), unitCode(unit.get())).value(), "", Level.OTHER);
      }
    }
    return null;
  }
}
