package org.khabar.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.testing.AdversarialTexts;

/**
 * Hostile inputs, generated in code: each goes through the whole pipeline and must yield a valid
 * {@link Article} (its constructor checks order, bounds and that nothing is lost) keeping {@link
 * Invariants#checkArticle}.
 *
 * <p>The 60 s bound is a hang guard only, generous enough for a loaded CI machine: it catches an
 * infinite loop or a catastrophic (exponential or badly quadratic) path, not a slow constant.
 * Speed is measured by the benchmarks module, never by a test.
 */
class AdversarialInputTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final Khabar KHABAR = Khabar.builder().build();

  private static final char TATWEEL = '\u0640'; // ARABIC TATWEEL
  private static final char RLM = '\u200F'; // RIGHT-TO-LEFT MARK
  private static final char LRM = '\u200E'; // LEFT-TO-RIGHT MARK

  private static void survives(String text) {
    Article article =
        assertTimeoutPreemptively(HANG_GUARD, () -> KHABAR.process(ArticleSource.of("adv", text)));
    Invariants.checkArticle(text, article);
  }

  /** About {@code chars} chars of {@code unit} repeated. */
  private static String repeat(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length()));
  }

  @Test
  void tenMegabytesOnOneLineWithoutPunctuation() {
    // Arabic words and spaces only: no sentence end, no line break, 10 M chars.
    survives(repeat("كلمة والرئيس بالمدينة للوزير ", 10_000_000));
  }

  @Test
  void tenMegabytesAsOneWord() {
    survives(repeat("بالكلمات", 10_000_000));
  }

  @Test
  void aMillionTatweels() {
    survives(String.valueOf(TATWEEL).repeat(1_000_000));
  }

  @Test
  void aMillionTatweelsInsideAWord() {
    survives("قال" + String.valueOf(TATWEEL).repeat(1_000_000) + "ت الوزارة.");
  }

  @Test
  void onlyHarakat() {
    // FATHATAN .. SUKUN and SUPERSCRIPT ALEF, cycled, no letter to carry them.
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append((char) (0x064B + i % 8));
      if (i % 50 == 49) {
        sb.append('\u0670');
      }
    }
    survives(sb.toString());
  }

  @Test
  void thousandsOfNestedQuotesAndBrackets() {
    String open = "«(“[{\"'‹";
    String close = "›'\"}]”)»";
    survives(open.repeat(5_000) + "قال الوزير." + close.repeat(5_000));
  }

  @Test
  void thousandsOfUnbalancedOpeningQuotesAndBrackets() {
    survives(repeat("«(“[ كلمة. ", 200_000));
  }

  @Test
  void thousandsOfUnbalancedClosingQuotesAndBrackets() {
    survives(repeat(".»)”] كلمة ", 200_000));
  }

  @Test
  void alternatingRightToLeftAndLeftToRightMarks() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append(i % 2 == 0 ? RLM : LRM);
      if (i % 7 == 0) {
        sb.append(i % 14 == 0 ? "كلمة" : "word");
      }
      if (i % 101 == 0) {
        sb.append(". ");
      }
    }
    survives(sb.toString());
  }

  @Test
  void onlyBidiMarks() {
    survives(repeat("\u200F\u200E\u202B\u202C\u2067\u2069\u061C", 100_000));
  }

  @Test
  void unpairedSurrogates() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      switch (i % 5) {
        case 0 -> sb.append('\uD83D'); // high surrogate alone
        case 1 -> sb.append("كلمة ");
        case 2 -> sb.append('\uDE00'); // low surrogate alone
        case 3 -> sb.append("\uDE00\uD83D"); // a pair in the wrong order
        default -> sb.append(". \uD83D\uDE00 ");
      }
    }
    sb.append('\uD800'); // ends inside a pair
    survives(sb.toString());
  }

  @Test
  void nulAndOtherControlCharacters() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append((char) (i % 0x20)); // every C0 control, NUL first
      if (i % 3 == 0) {
        sb.append((char) (0x7F + i % 0x21)); // DEL and the C1 controls
      }
      if (i % 10 == 0) {
        sb.append("نص");
      }
    }
    survives(sb.toString());
  }

  @Test
  void latinOnly() {
    survives(repeat("The minister said on Thursday that talks in Paris were useful. "
        + "Dr. Smith, e.g. at 3.5 p.m., visited https://example.com/a?b=1.\n\n", 1_000_000));
  }

  @Test
  void mixedScripts() {
    survives(repeat("قال NATO إن 北京 و Москва و Ελλάδα 😀 اتفقت على ٣٫٥ مليار $ في 2025.\n",
        1_000_000));
  }

  @Test
  void crlfLineEnds() {
    survives(repeat("عنوان\r\n\r\nفقرة أولى. جملة ثانية!\r\n- بند\r\n", 1_000_000));
  }

  @Test
  void loneCarriageReturnLineEnds() {
    survives(repeat("عنوان\r\rفقرة أولى. جملة ثانية!\r- بند\r", 1_000_000));
  }

  @Test
  void mixedLineEndsAndSeparators() {
    survives(repeat("سطر\r\nسطر\rسطر\nسطر\u2028سطر\u2029سطر\u0085سطر\u000B\u000C", 1_000_000));
  }

  @TestFactory
  Stream<DynamicTest> everyKindOfHostileText() {
    return AdversarialTexts.kinds().entrySet().stream().map(kind -> DynamicTest.dynamicTest(
        kind.getKey(), () -> survives(kind.getValue().apply(300_000))));
  }

  @TestFactory
  Stream<DynamicTest> everyKindCutByMaxCharsKeepsTheRestUnanalysed() {
    Khabar bounded =
        Khabar.builder().maxChars(50_000, Khabar.Overflow.KEEP_UNANALYSED).build();
    return AdversarialTexts.kinds().entrySet().stream().map(kind -> DynamicTest.dynamicTest(
        kind.getKey(), () -> {
          String text = kind.getValue().apply(120_000);
          Article article = assertTimeoutPreemptively(
              HANG_GUARD, () -> bounded.process(ArticleSource.of("adv", text)));
          Invariants.checkArticle(text, article);
          assertTrue(article.tokens().isEmpty()
              || article.tokens().get(article.tokens().size() - 1).span().end() <= 50_000);
        }));
  }

  @Test
  void hostileGeneratedText() {
    Random random = new Random(20261122L);
    for (int i = 0; i < 20; i++) {
      survives(org.khabar.testing.NewsTextGenerator.hostile(random, 5_000));
    }
  }
}
