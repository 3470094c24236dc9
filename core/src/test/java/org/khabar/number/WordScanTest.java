package org.khabar.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.CharSpan;
import org.khabar.article.Token;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.ArabicNormalizer;

class WordScanTest {

  private static final Khabar PIPELINE = Khabar.builder().build();
  private static final Khabar DISPLAY =
      Khabar.builder().normalizer(ArabicNormalizer.display()).build();

  @Test
  void cutsTokensWhereTheRulesNeedIt() {
    String text = "في 12/3/2024 بنسبة ٣٫٥٪";
    WordScan scan = scanOfTokens(PIPELINE, text).get(0);
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < scan.size(); i++) {
      pieces.add(scan.text(i) + ":" + scan.kind(i) + ":" + scan.originalText(
          scan.originalSpan(i, i + 1)));
    }
    assertEquals(List.of("في:WORD:في", "12:DIGITS:12", "/:SYMBOL:/", "3:DIGITS:3",
        "/:SYMBOL:/", "2024:DIGITS:2024", "بنسبه:WORD:بنسبة", "3:DIGITS:٣", ".:SYMBOL:٫",
        "5:DIGITS:٥", "%:SYMBOL:٪"), pieces);
    assertEquals(true, scan.touchesNext(1));
    assertEquals(false, scan.touchesNext(0));
  }

  @Test
  void aMarkAfterASymbolWidensItsSpanAsInTheNormalizedText() {
    // The shadda after the quote mark is a token of its own with an empty key; the normalizer
    // gives it to the char before.
    String text = "قال \"ّ، ثم ١٢ــ";
    WordScan fromTokens = scanOfTokens(PIPELINE, text).get(0);
    assertEquals(CharSpan.of(4, 6), fromTokens.originalSpan(1, 2));
    assertEquals(CharSpan.of(11, 15), fromTokens.originalSpan(4, 5));
    assertSameScan(text, WordScan.of(text, CharSpan.of(0, text.length())), fromTokens);
  }

  @Test
  void scanOfTokensIsTheScanOfTheText() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      int length = 20 + (int) (seed % 400);
      String text = seed % 2 == 0
          ? NewsTextGenerator.news(random, length) : NewsTextGenerator.hostile(random, length);
      Khabar pipeline = seed % 3 == 0 ? DISPLAY : PIPELINE;
      Article article = pipeline.process(text);
      for (Block block : article.blocks()) {
        WordScan fromText = WordScan.of(text, block.span());
        WordScan fromTokens = WordScan.of(text, block.span(), tokensIn(article, block.span()));
        assertSameScan("seed " + seed, fromText, fromTokens);
      }
    }
  }

  private static List<WordScan> scanOfTokens(Khabar pipeline, String text) {
    Article article = pipeline.process(text);
    List<WordScan> scans = new ArrayList<>();
    for (Block block : article.blocks()) {
      scans.add(WordScan.of(text, block.span(), tokensIn(article, block.span())));
    }
    return scans;
  }

  private static List<Token> tokensIn(Article article, CharSpan span) {
    List<Token> tokens = new ArrayList<>();
    for (Token token : article.tokens()) {
      if (span.contains(token.span())) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  private static void assertSameScan(String where, WordScan x, WordScan y) {
    assertEquals(x.size(), y.size(), where + ": size");
    for (int i = 0; i < x.size(); i++) {
      String at = where + ": piece " + i;
      assertEquals(x.text(i), y.text(i), at);
      assertEquals(x.kind(i), y.kind(i), at);
      assertEquals(x.lineBreakBefore(i), y.lineBreakBefore(i), at);
      assertEquals(x.touchesNext(i), y.touchesNext(i), at);
      assertEquals(x.originalSpan(i, i + 1), y.originalSpan(i, i + 1), at);
      assertEquals(x.bareCount(i), y.bareCount(i), at);
      for (int k = 0; k < x.bareCount(i); k++) {
        assertEquals(x.originalSpan(i, x.bareSkip(i, k), i + 1),
            y.originalSpan(i, y.bareSkip(i, k), i + 1), at);
      }
      int length = x.text(i).length();
      for (int from = 0; from < length; from++) {
        assertEquals(x.originalSpanWithin(i, from, from + 1),
            y.originalSpanWithin(i, from, from + 1), at + " char " + from);
      }
    }
  }
}
