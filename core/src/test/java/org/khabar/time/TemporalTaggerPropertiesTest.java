package org.khabar.time;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression;
import org.khabar.testing.NewsTextGenerator;

class TemporalTaggerPropertiesTest {

  private static final TemporalTagger TAGGER = new TemporalTagger();

  /** TIMEX3 values this tagger may produce, resolved or with X placeholders. */
  static final Pattern TIMEX3_VALUE =
      Pattern.compile(
          "(\\d{4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX))?|-W(\\d{2}|XX)(-[1-7])?|-(SP|SU|FA|WI))?"
              + "(T(\\d{2}:\\d{2}|MO|MI|AF|EV|NI))?"
              + "|\\d{3}|PRESENT_REF|PAST_REF|FUTURE_REF"
              + "|P(\\d+(\\.\\d+)?|X)[YMWD]|PT(\\d+(\\.\\d+)?|X)[HMS]");

  private static final Pattern MOD = Pattern.compile("|START|MID|END");

  @Test
  void newsTextGivesWellFormedExpressions() {
    for (long seed = 0; seed < 400; seed++) {
      check(seed, NewsTextGenerator.news(new Random(seed), 60 + (int) (seed % 200)));
    }
  }

  @Test
  void hostileTextGivesWellFormedExpressions() {
    for (long seed = 0; seed < 400; seed++) {
      check(seed, NewsTextGenerator.hostile(new Random(seed), 60 + (int) (seed % 200)));
    }
  }

  @Test
  void emptyAndTinyTextsGiveNothingOrWellFormedExpressions() {
    for (String text : new String[] {"", " ", "\u200F", "\uD800", "2025", "أمس", "\u0640",
        "عشرون وعشرون ".repeat(500), "ألف ".repeat(500), "1.".repeat(500), "1/".repeat(500),
        "الخميس الساعة 10 ".repeat(500), "صباح الخميس ".repeat(500), "منتصف ".repeat(500),
        "11 ديسمبر ".repeat(500)}) {
      check(-1, text);
    }
  }

  private static void check(long seed, String text) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    CharSpan region = seed % 3 == 0 ? CharSpan.of(0, text.length())
        : NewsTextGenerator.region(random, text);
    Optional<LocalDate> published = seed % 2 == 0 ? Optional.empty()
        : Optional.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)));
    List<TimeExpression> all;
    try {
      all = TAGGER.extract(text, region, published);
    } catch (RuntimeException e) {
      throw new AssertionError(failure(seed, text, region, "threw " + e), e);
    }
    int lastEnd = region.start();
    for (TimeExpression e : all) {
      CharSpan s = e.span();
      if (!region.contains(s) || s.isEmpty()) {
        fail(failure(seed, text, region, "span " + s + " empty or outside region"));
      }
      if (s.start() < lastEnd) {
        fail(failure(seed, text, region, "span " + s + " unsorted or overlapping"));
      }
      lastEnd = s.end();
      if (!TIMEX3_VALUE.matcher(e.value()).matches()) {
        fail(failure(seed, text, region, "bad value " + e.value() + " of " + s));
      }
      if (!MOD.matcher(e.mod()).matches()) {
        fail(failure(seed, text, region, "bad mod " + e.mod()));
      }
      if (published.isEmpty() && e.value().matches("\\d{4}-\\d{2}-\\d{2}.*")
          && !isExplicit(s.textOf(text))) {
        fail(failure(seed, text, region, "resolved " + e.value() + " without publication"));
      }
    }
  }

  /** Whether an expression names its own year (so it may resolve without publication date). */
  private static boolean isExplicit(String expression) {
    int digits = 0;
    for (int i = 0; i < expression.length(); i++) {
      if (Character.isDigit(expression.charAt(i))) {
        digits++;
      }
    }
    return digits >= 3;
  }

  private static String failure(long seed, String text, CharSpan region, String what) {
    return what + " (seed " + seed + ", region " + region + ") in: "
        + NewsTextGenerator.escape(text);
  }
}
