package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;

/** The alignment contract of {@link Alignment}, on hand-made cases. */
class AlignmentTest {

  private static final ArabicNormalizer MATCHING = ArabicNormalizer.matching();

  private static CharSpan span(int start, int end) {
    return CharSpan.of(start, end);
  }

  @Test
  void mapsRemovedHarakatToTheLetterBefore() {
    // kaf fatha, teh fatha, beh fatha
    NormalizedText t = MATCHING.normalize("\u0643\u064E\u062A\u064E\u0628\u064E");
    assertEquals("كتب", t.normalized());
    assertEquals(span(0, 6), t.toOriginal(span(0, 3)));
    assertEquals(span(2, 4), t.toOriginal(span(1, 2)));
    assertEquals(span(1, 2), t.toNormalized(span(3, 4)), "a haraka maps to its letter");
    assertEquals(span(0, 3), t.toNormalized(span(0, 6)));
  }

  @Test
  void mapsAWordBackIncludingItsTrailingDiacritics() {
    String text = "قالَ الرئيسُ";
    NormalizedText t = MATCHING.normalize(text);
    int start = t.normalized().indexOf("الرييس");
    CharSpan word = t.toOriginal(span(start, start + 6));
    assertEquals("الرئيسُ", word.textOf(text));
  }

  @Test
  void leavesRemovedControlsOutsideTheWords() {
    String text = "\u200Fمصر\u200F \u202Bقال\u202C";
    NormalizedText t = MATCHING.normalize(text);
    assertEquals("مصر قال", t.normalized());
    assertEquals("مصر", t.originalText(span(0, 3)));
    assertEquals("قال", t.originalText(span(4, 7)));
    assertEquals(span(3, 3), t.toNormalized(span(4, 5)), "an RLM alone maps to an empty span");
  }

  @Test
  void leavesLeadingHarakatOutsideEveryRange() {
    NormalizedText t = MATCHING.normalize("\u064E\u064Fب"); // fatha, damma, beh
    assertEquals("ب", t.normalized());
    assertEquals(span(2, 3), t.toOriginal(span(0, 1)));
    assertEquals(span(0, 0), t.toNormalized(span(0, 2)));
  }

  @Test
  void mapsLamAlefLigatureToBothLetters() {
    NormalizedText t = MATCHING.normalize("\u0628\uFEFB"); // beh, lam-alef
    assertEquals("بلا", t.normalized());
    assertEquals(span(1, 2), t.toOriginal(span(1, 2)), "lam alone widens to the ligature");
    assertEquals(span(1, 2), t.toOriginal(span(2, 3)));
    assertEquals(span(1, 3), t.toNormalized(span(1, 2)));
    assertEquals(span(1, 3), t.toNormalized(t.toOriginal(span(2, 3))));
  }

  @Test
  void mapsComposedHamzaToBothOriginalChars() {
    NormalizedText t = ArabicNormalizer.display().normalize("\u0627\u0654حمد");
    assertEquals("أحمد", t.normalized());
    assertEquals(span(0, 2), t.toOriginal(span(0, 1)));
    assertEquals(span(0, 1), t.toNormalized(span(1, 2)));
  }

  @Test
  void composesAllStepsInOneAlignment() {
    // lam with alef with hamza above (final form), tatweel, fatha, rlm, two nbsp, farsi yeh
    String text = "\uFEF8\u0640\u064E\u200F\u00A0\u00A0\u06CC";
    NormalizedText t = MATCHING.normalize(text);
    assertEquals("لا ي", t.normalized());
    assertEquals(span(0, 3), t.toOriginal(span(0, 2)), "ligature plus its tatweel and fatha");
    assertEquals(span(4, 6), t.toOriginal(span(2, 3)), "the space stands for the whole run");
    assertEquals(span(6, 7), t.toOriginal(span(3, 4)));
    assertEquals(span(0, 4), t.toNormalized(span(0, 7)));
  }

  @Test
  void handlesEmptyText() {
    NormalizedText t = MATCHING.normalize("");
    assertEquals("", t.normalized());
    assertEquals(span(0, 0), t.toOriginal(span(0, 0)));
    assertEquals(span(0, 0), t.toNormalized(span(0, 0)));
  }

  @Test
  void handlesTextOfOnlyHarakat() {
    NormalizedText t = MATCHING.normalize("\u064E\u064F\u0650\u0651"); // fatha damma kasra shadda
    assertEquals("", t.normalized());
    assertEquals(span(4, 4), t.toOriginal(span(0, 0)));
    assertEquals(span(0, 0), t.toNormalized(span(0, 4)));
    assertEquals(span(0, 0), t.toNormalized(span(2, 2)));
  }

  @Test
  void handlesAMillionTatweels() {
    String text = "ب" + "\u0640".repeat(1_000_000) + "ت"; // beh, tatweel x 10^6, teh
    NormalizedText t = MATCHING.normalize(text);
    assertEquals("بت", t.normalized());
    assertEquals(span(0, 1_000_001), t.toOriginal(span(0, 1)));
    assertEquals(span(1_000_001, 1_000_002), t.toOriginal(span(1, 2)));
    assertEquals(span(0, 1), t.toNormalized(span(500_000, 500_001)));
    assertEquals("بت", MATCHING.normalizeToString(text));
  }

  @Test
  void mapsEmptySpansToBoundaries() {
    String text = "اَب\u200F"; // alef, fatha, beh, rlm
    NormalizedText t = MATCHING.normalize(text);
    assertEquals("اب", t.normalized());
    assertEquals(span(0, 0), t.toOriginal(span(0, 0)));
    assertEquals(span(2, 2), t.toOriginal(span(1, 1)));
    assertEquals(span(4, 4), t.toOriginal(span(2, 2)), "the end maps to the end of the original");
    assertEquals(span(1, 1), t.toNormalized(span(1, 1)), "inside a letter's range: after it");
    assertEquals(span(2, 2), t.toNormalized(span(4, 4)));
    assertEquals(4, t.alignment().toOriginalOffset(2));
    assertEquals(2, t.alignment().toOriginalOffset(1));
  }

  @Test
  void exposesTheRangeOfEachChar() {
    NormalizedText t = MATCHING.normalize("ب\u064E\u064E ت"); // beh fatha fatha space teh
    assertEquals(span(0, 3), t.alignment().originalOf(0));
    assertEquals(span(3, 4), t.alignment().originalOf(1));
    assertThrows(IndexOutOfBoundsException.class, () -> t.alignment().originalOf(3));
  }

  @Test
  void identityMapsSpansToThemselves() {
    NormalizedText t = MATCHING.normalize("abc");
    assertTrue(t.alignment().isIdentity());
    assertEquals(span(1, 2), t.toOriginal(span(1, 2)));
    assertEquals(span(1, 2), t.toNormalized(span(1, 2)));
    assertEquals(3, t.alignment().toOriginalOffset(3));
  }

  @Test
  void rejectsSpansBeyondTheText() {
    NormalizedText t = MATCHING.normalize("أ\u064E");
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> t.toOriginal(span(0, 2)));
    assertTrue(e.getMessage().contains("[0, 2)"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> t.toNormalized(span(0, 3)));
    assertThrows(IndexOutOfBoundsException.class, () -> t.alignment().toOriginalOffset(2));
    assertThrows(NullPointerException.class, () -> t.toOriginal(null));
  }

  @Test
  void rejectsAnAlignmentOfTheWrongLength() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new NormalizedText("ab", "a", Alignment.identity(2)));
  }
}
