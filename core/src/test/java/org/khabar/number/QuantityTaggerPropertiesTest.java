package org.khabar.number;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Quantity;
import org.khabar.testing.NewsTextGenerator;

class QuantityTaggerPropertiesTest {

  private static final QuantityTagger TAGGER = new QuantityTagger();

  @Test
  void newsTextGivesWellFormedQuantities() {
    for (long seed = 0; seed < 400; seed++) {
      check(seed, NewsTextGenerator.news(new Random(seed), 60 + (int) (seed % 200)));
    }
  }

  @Test
  void hostileTextGivesWellFormedQuantities() {
    for (long seed = 0; seed < 400; seed++) {
      check(seed, NewsTextGenerator.hostile(new Random(seed), 60 + (int) (seed % 200)));
    }
  }

  @Test
  void longDigitRunsAndTinyTextsGiveWellFormedQuantities() {
    String digits = "9".repeat(5000);
    for (String text : new String[] {"", "\uDC00", "%", "1,", ",1", "1.2.3", digits,
        "1," + digits, "٫٫٫", "ثلاثة ".repeat(500), "عشرون وعشرون ".repeat(500),
        "ألف ".repeat(500), "1.".repeat(500), "1/".repeat(500), "شخصين ".repeat(500)}) {
      check(-1, text);
    }
  }

  private static void check(long seed, String text) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    CharSpan region = seed % 3 == 0 ? CharSpan.of(0, text.length())
        : NewsTextGenerator.region(random, text);
    List<Quantity> all;
    try {
      all = TAGGER.extract(text, region);
    } catch (RuntimeException e) {
      throw new AssertionError(failure(seed, text, region, "threw " + e), e);
    }
    int lastEnd = region.start();
    for (Quantity q : all) {
      CharSpan s = q.span();
      if (!region.contains(s) || s.isEmpty()) {
        fail(failure(seed, text, region, "span " + s + " empty or outside region"));
      }
      if (s.start() < lastEnd) {
        fail(failure(seed, text, region, "span " + s + " unsorted or overlapping"));
      }
      lastEnd = s.end();
      if (q.value().signum() < 0 || q.value().scale() < 0) {
        fail(failure(seed, text, region, "bad value " + q.value() + " of " + s));
      }
      if (q.unit().isBlank() != q.unit().isEmpty()) {
        fail(failure(seed, text, region, "blank unit of " + s));
      }
    }
  }

  private static String failure(long seed, String text, CharSpan region, String what) {
    return what + " (seed " + seed + ", region " + region + ") in: "
        + NewsTextGenerator.escape(text);
  }
}
