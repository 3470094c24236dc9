package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;

class LineRulesTest {

  private static CharSpan all(String s) {
    return CharSpan.of(0, s.length());
  }

  private static boolean bullet(String s) {
    return LineRules.startsWithBullet(s, all(s));
  }

  private static boolean prose(String s) {
    return LineRules.endsLikeProse(s, all(s));
  }

  private static int words(String s) {
    return LineRules.countWords(s, all(s), 100);
  }

  @Test
  void bulletIsAMarkThenASpaceThenAWord() {
    assertTrue(bullet("- نص"));
    assertTrue(bullet("•\u00A0نص")); // NO-BREAK SPACE after the bullet
    assertTrue(bullet("- 5 دول"));
    assertFalse(bullet("-نص"));
    assertFalse(bullet("- «»"));
    assertFalse(bullet("نص - نص"));
  }

  @Test
  void proseEndsWithSentenceOrContinuationPunctuation() {
    for (String end : new String[] {".", "!", "?", "؟", "…", ":", "؛", "،", ","}) {
      assertTrue(prose("نص" + end), end);
    }
    assertFalse(prose("نص"));
    assertFalse(prose("نص-"));
  }

  @Test
  void proseEndingLooksPastClosingQuotesAndBrackets() {
    assertTrue(prose("«نص.»"));
    assertTrue(prose("\"نص.\")"));
    assertTrue(prose("“نص.”"));
    assertTrue(prose("”نص.“")); // closed with a left quote, as some Arabic typesetting does
    assertFalse(prose("«نص»"));
    assertFalse(prose("»»"));
  }

  @Test
  void wordsAreRunsHoldingALetterOrDigit() {
    assertEquals(0, words(""));
    assertEquals(0, words(" – « » "));
    assertEquals(3, words("قمة – باريس 2025"));
    assertEquals(2, words("«تحالف الراغبين»"));
  }

  @Test
  void wordCountStopsAfterTheLimit() {
    String s = "كلمة ".repeat(50);
    assertEquals(4, LineRules.countWords(s, all(s), 3));
  }

  @Test
  void lineScannerReportsBlankLinesBetweenLines() {
    var lines = LineScanner.scan("أ\nب\n\nج\r\n \r\nد");
    assertEquals(4, lines.size());
    assertFalse(lines.get(0).afterBlankLine());
    assertFalse(lines.get(1).afterBlankLine());
    assertTrue(lines.get(2).afterBlankLine());
    assertTrue(lines.get(3).afterBlankLine());
  }

  @Test
  void lineScannerTreatsCrLfAsOneLineEnd() {
    var lines = LineScanner.scan("أ\r\nب");
    assertEquals(2, lines.size());
    assertFalse(lines.get(1).afterBlankLine());
  }
}
