package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.ArabicNormalizer.Step;

/** One test per normalization rule, then the presets and the configuration API. */
class ArabicNormalizerTest {

  private static final ArabicNormalizer MATCHING = ArabicNormalizer.matching();
  private static final ArabicNormalizer DISPLAY = ArabicNormalizer.display();

  private static String only(Step step, String text) {
    return ArabicNormalizer.of(EnumSet.of(step)).normalizeToString(text);
  }

  private static void assertFolds(String expected, String actual) {
    assertEquals(NewsTextGenerator.escape(expected), NewsTextGenerator.escape(actual));
  }

  // --- COMPATIBILITY_FORMS ---

  @Test
  void foldsLamAlefLigature() {
    assertFolds("\u0644\u0627", only(Step.COMPATIBILITY_FORMS, "\uFEFB")); // lam-alef isolated
    assertFolds("لا", DISPLAY.normalizeToString("\uFEFC")); // lam-alef final form
  }

  @Test
  void foldsLamAlefWithHamzaLigatureToComposedAlef() {
    assertFolds("لأ", only(Step.COMPATIBILITY_FORMS, "\uFEF7"));
    assertFolds("لا", MATCHING.normalizeToString("\uFEF7"));
  }

  @Test
  void foldsPresentationFormsOfLetters() {
    // meem initial, hah medial, meem medial, dal final
    assertFolds("محمد", only(Step.COMPATIBILITY_FORMS, "\uFEE3\uFEA4\uFEE4\uFEAA"));
  }

  @Test
  void foldsAllahLigature() {
    assertFolds("الله", only(Step.COMPATIBILITY_FORMS, "\uFDF2"));
  }

  @Test
  void expandsSallallahouLigatureWithAlignment() {
    NormalizedText t = DISPLAY.normalize("النبي \uFDFA قال");
    assertFolds("النبي صلى الله عليه وسلم قال", t.normalized());
    int start = t.normalized().indexOf("صلى");
    int end = t.normalized().indexOf(" قال");
    assertEquals(CharSpan.of(6, 7), t.toOriginal(CharSpan.of(start, end)));
    assertEquals(CharSpan.of(6, 7), t.toOriginal(CharSpan.of(start + 4, start + 9)));
    assertEquals(CharSpan.of(start, end), t.toNormalized(CharSpan.of(6, 7)));
    assertEquals("صلي الله عليه وسلم", MATCHING.normalizeToString("\uFDFA"));
  }

  @Test
  void foldsIsolatedHarakaFormWithoutItsCarrierSpace() {
    // FATHA ISOLATED FORM is NFKC space + fatha; the space would split the word
    assertFolds("\u0628\u064E", only(Step.COMPATIBILITY_FORMS, "\u0628\uFE76"));
    assertFolds("ب", MATCHING.normalizeToString("\u0628\uFE76"));
  }

  @Test
  void keepsBismillahLigatureWithoutDecomposition() {
    assertFolds("\uFDFD", MATCHING.normalizeToString("\uFDFD"));
  }

  @Test
  void foldsRialSignThroughFarsiYeh() {
    assertFolds("ر\u06CCال", only(Step.COMPATIBILITY_FORMS, "\uFDFC"));
    assertFolds("ريال", MATCHING.normalizeToString("\uFDFC"));
  }

  @Test
  void composesAlefWithHamzaAbove() {
    assertFolds("أ", only(Step.COMPATIBILITY_FORMS, "\u0627\u0654"));
  }

  @Test
  void composesAlefWithMaddaAbove() {
    assertFolds("آ", only(Step.COMPATIBILITY_FORMS, "\u0627\u0653"));
  }

  @Test
  void composesAlefWithHamzaBelow() {
    assertFolds("إ", only(Step.COMPATIBILITY_FORMS, "\u0627\u0655"));
  }

  @Test
  void composesWawWithHamzaAbove() {
    assertFolds("ؤ", only(Step.COMPATIBILITY_FORMS, "\u0648\u0654"));
  }

  @Test
  void composesYehWithHamzaAbove() {
    assertFolds("ئ", only(Step.COMPATIBILITY_FORMS, "\u064A\u0654"));
  }

  @Test
  void composesHamzaAcrossRemovedMarks() {
    // alef, fatha, hamza above: the fatha goes, the hamza still joins its alef
    assertFolds("أ", ArabicNormalizer.builder()
        .with(Step.COMPATIBILITY_FORMS, Step.DIACRITICS).build()
        .normalizeToString("\u0627\u064E\u0654"));
  }

  @Test
  void decomposedAndPrecomposedSpellingsMatch() {
    assertEquals(MATCHING.normalizeToString("مسؤول"), MATCHING.normalizeToString("مس\u0648\u0654ول"));
    assertEquals(DISPLAY.normalizeToString("أحمد"), DISPLAY.normalizeToString("\u0627\u0654حمد"));
  }

  // --- DIACRITICS ---

  @Test
  void removesHarakat() {
    // kaf fatha, teh fatha, beh fatha
    assertFolds("كتب", only(Step.DIACRITICS, "\u0643\u064E\u062A\u064E\u0628\u064E"));
    assertFolds("كتب", only(Step.DIACRITICS, "\u0643\u064F\u062A\u0650\u0628"));
  }

  @Test
  void removesTanween() {
    assertFolds("كتابا", only(Step.DIACRITICS, "كتاب\u064Bا")); // fathatan
    assertFolds("كتاب", only(Step.DIACRITICS, "كتاب\u064C")); // dammatan
    assertFolds("كتاب", only(Step.DIACRITICS, "كتاب\u064D")); // kasratan
  }

  @Test
  void removesShaddaAndSukun() {
    assertFolds("محمد", only(Step.DIACRITICS, "مح\u0645\u0651د")); // shadda
    assertFolds("من", only(Step.DIACRITICS, "م\u0646\u0652")); // sukun
  }

  @Test
  void removesSuperscriptAlef() {
    assertFolds("هذا", only(Step.DIACRITICS, "ه\u0670ذا"));
  }

  @Test
  void removesQuranicAnnotationMarks() {
    // small high sallallahou, small high ligature sad with lam with alef maksura, small high
    // rounded zero, small low meem
    assertFolds("رب", only(Step.DIACRITICS, "ر\u0610ب\u06D6\u06DF\u06ED"));
  }

  @Test
  void keepsSpacingQuranicSigns() {
    // end of ayah, rub el hizb, small waw, place of sajdah are not combining marks
    String signs = "\u06DD\u06DE\u06E5\u06E9";
    assertFolds(signs, only(Step.DIACRITICS, signs));
  }

  @Test
  void removesHamzaMarkThatDoesNotCompose() {
    // a hamza above on meem composes with nothing
    assertFolds("م", only(Step.DIACRITICS, "\u0645\u0654"));
    assertFolds("\u0645\u0654", only(Step.COMPATIBILITY_FORMS, "\u0645\u0654"));
  }

  // --- TATWEEL ---

  @Test
  void removesTatweel() {
    assertFolds("محمد", only(Step.TATWEEL, "محـــمد")); // U+0640 x3
  }

  // --- ALEF_VARIANTS ---

  @Test
  void foldsAlefWithHamzaAbove() {
    assertFolds("احمد", only(Step.ALEF_VARIANTS, "أحمد"));
  }

  @Test
  void foldsAlefWithHamzaBelow() {
    assertFolds("اسلام", only(Step.ALEF_VARIANTS, "إسلام"));
  }

  @Test
  void foldsAlefWithMadda() {
    assertFolds("الاف", only(Step.ALEF_VARIANTS, "آلاف"));
  }

  @Test
  void foldsAlefWasla() {
    assertFolds("الله", only(Step.ALEF_VARIANTS, "ٱلله"));
  }

  // --- ALEF_MAQSURA ---

  @Test
  void foldsAlefMaqsuraToYeh() {
    assertFolds("مصطفي", only(Step.ALEF_MAQSURA, "مصطفى"));
    assertFolds("علي", only(Step.ALEF_MAQSURA, "على"));
  }

  // --- TEH_MARBUTA ---

  @Test
  void foldsTehMarbutaToHeh() {
    assertFolds("مدينه", only(Step.TEH_MARBUTA, "مدينة"));
  }

  // --- HAMZA_CARRIERS ---

  @Test
  void foldsHamzaOnWaw() {
    assertFolds("مسوول", only(Step.HAMZA_CARRIERS, "مسؤول"));
  }

  @Test
  void foldsHamzaOnYeh() {
    assertFolds("رييس", only(Step.HAMZA_CARRIERS, "رئيس"));
  }

  @Test
  void keepsBareHamza() {
    assertFolds("سماء", MATCHING.normalizeToString("سماء"));
  }

  // --- PERSIAN_LETTERS ---

  @Test
  void foldsKehehAndSwashKafToKaf() {
    assertFolds("كك", only(Step.PERSIAN_LETTERS, "\u06A9\u06AA"));
  }

  @Test
  void foldsPersianAndUrduYehsToYeh() {
    // farsi yeh, yeh barree, e, yeh with tail
    assertFolds("يييي", only(Step.PERSIAN_LETTERS, "\u06CC\u06D2\u06D0\u06CD"));
  }

  @Test
  void foldsHehVariantsToHeh() {
    // ae, heh with yeh above, heh goal, heh doachashmee
    assertFolds("هههه", only(Step.PERSIAN_LETTERS, "\u06D5\u06C0\u06C1\u06BE"));
  }

  @Test
  void foldsTehMarbutaGoalThroughTehMarbuta() {
    assertFolds("ة", only(Step.PERSIAN_LETTERS, "\u06C3"));
    assertFolds("ه", MATCHING.normalizeToString("\u06C3"));
  }

  @Test
  void foldsNoonGhunnaToNoon() {
    assertFolds("ن", only(Step.PERSIAN_LETTERS, "\u06BA"));
  }

  @Test
  void keepsLettersForForeignSounds() {
    String foreign = "پچژگڤڨڭٹڈڑ";
    assertFolds(foreign, MATCHING.normalizeToString(foreign));
  }

  @Test
  void persianSpellingOfANameMatchesArabicSpelling() {
    assertEquals(MATCHING.normalizeToString("كريم"), MATCHING.normalizeToString("\u06A9ر\u06CCم"));
  }

  // --- DIGITS ---

  @Test
  void foldsArabicIndicDigits() {
    assertFolds("0123456789", only(Step.DIGITS, "٠١٢٣٤٥٦٧٨٩"));
  }

  @Test
  void foldsExtendedArabicIndicDigits() {
    assertFolds("0123456789", only(Step.DIGITS, "۰۱۲۳۴۵۶۷۸۹"));
  }

  @Test
  void foldsArabicDecimalAndThousandsSeparators() {
    assertFolds("3.5", only(Step.DIGITS, "٣٫٥"));
    assertFolds("1,000", only(Step.DIGITS, "١٬٠٠٠"));
  }

  @Test
  void foldsArabicPercentSign() {
    assertFolds("20%", only(Step.DIGITS, "٢٠٪"));
  }

  @Test
  void keepsOtherDigitSystems() {
    String bengaliAndFullwidth = "\u09E7\uFF11";
    assertFolds(bengaliAndFullwidth, MATCHING.normalizeToString(bengaliAndFullwidth));
  }

  // --- INVISIBLE_CONTROLS ---

  @Test
  void removesBidiControls() {
    String controls = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    assertFolds("مصر", only(Step.INVISIBLE_CONTROLS, "م" + controls + "صر"));
  }

  @Test
  void removesZeroWidthSpaceWordJoinerAndByteOrderMark() {
    assertFolds("قال", only(Step.INVISIBLE_CONTROLS, "\uFEFFق\u200Bا\u2060ل"));
  }

  @Test
  void removesSoftHyphen() {
    assertFolds("الحكومة", only(Step.INVISIBLE_CONTROLS, "الحكو\u00ADمة"));
  }

  // --- JOINER_CONTROLS ---

  @Test
  void removesJoinersOnlyForMatching() {
    String withJoiners = "ال\u200Cحكومة\u200D"; // ZWNJ inside, ZWJ at the end
    assertFolds("الحكومه", MATCHING.normalizeToString(withJoiners));
    assertFolds(withJoiners, DISPLAY.normalizeToString(withJoiners));
  }

  // --- WHITESPACE ---

  @Test
  void foldsWhitespaceRunsToOneSpace() {
    assertFolds("قال الرئيس", only(Step.WHITESPACE, "قال \t  الرئيس"));
  }

  @Test
  void foldsNoBreakAndTypographicSpaces() {
    assertFolds("a b c d e f", only(Step.WHITESPACE, "a\u00A0b\u2002c\u202Fd\u205Fe\u3000f"));
  }

  @Test
  void keepsLineBreaks() {
    String text = "سطر\n\nسطر\r\nسطر\u2028سطر\u2029سطر";
    assertFolds(text, only(Step.WHITESPACE, text));
    assertFolds("a \n b", only(Step.WHITESPACE, "a  \n\t b"));
  }

  @Test
  void mergesSpacesAcrossRemovedControls() {
    assertFolds("قال الرييس", MATCHING.normalizeToString("قال \u200F\u00A0الرئيس"));
    assertFolds("a \u200F b", only(Step.WHITESPACE, "a \u200F b"));
  }

  // --- PUNCTUATION_VARIANTS ---

  @Test
  void foldsDoubleQuoteVariants() {
    assertFolds("\"\"\"\"\"\"\"", only(Step.PUNCTUATION_VARIANTS, "«»“”„‟″"));
  }

  @Test
  void foldsSingleQuoteVariants() {
    assertFolds("''''", only(Step.PUNCTUATION_VARIANTS, "‘’‚′"));
  }

  @Test
  void foldsDashVariants() {
    assertFolds("-----", only(Step.PUNCTUATION_VARIANTS, "–—―‒−"));
  }

  @Test
  void keepsArabicPunctuation() {
    String punct = "، ؛ ؟";
    assertFolds(punct, MATCHING.normalizeToString(punct));
  }

  // --- each step alone ---

  private static final Map<Step, String> SAMPLES = new EnumMap<>(Step.class);

  static {
    SAMPLES.put(Step.COMPATIBILITY_FORMS, "\uFEFB\uFDF2\uFEE3");
    SAMPLES.put(Step.DIACRITICS, "\u064E\u0651\u0670\u06D6"); // marks with no letter
    SAMPLES.put(Step.TATWEEL, "\u0640\u0640");
    SAMPLES.put(Step.ALEF_VARIANTS, "أإآٱ");
    SAMPLES.put(Step.ALEF_MAQSURA, "ى");
    SAMPLES.put(Step.TEH_MARBUTA, "ة");
    SAMPLES.put(Step.HAMZA_CARRIERS, "ؤئ");
    SAMPLES.put(Step.PERSIAN_LETTERS, "کیەھ");
    SAMPLES.put(Step.DIGITS, "٣٫٥ ۱۲ ٢٠٪");
    SAMPLES.put(Step.INVISIBLE_CONTROLS, "\u200F\u200B\uFEFF\u00AD");
    SAMPLES.put(Step.JOINER_CONTROLS, "\u200C\u200D");
    SAMPLES.put(Step.WHITESPACE, "a\u00A0\u00A0b\tc");
    SAMPLES.put(Step.PUNCTUATION_VARIANTS, "«»–’");
  }

  @Test
  void eachStepSwitchedOffLeavesItsCharsUnchanged() {
    assertEquals(EnumSet.allOf(Step.class), SAMPLES.keySet(), "a sample for every step");
    for (Step step : Step.values()) {
      String sample = SAMPLES.get(step);
      ArabicNormalizer without = MATCHING.toBuilder().without(step).build();
      assertFolds(sample, without.normalizeToString(sample));
      assertNotEquals(sample, only(step, sample), step + " changes its own sample");
    }
  }

  @Test
  void noStepIsTheIdentity() {
    ArabicNormalizer none = ArabicNormalizer.of(Set.of());
    for (String sample : SAMPLES.values()) {
      assertSame(sample, none.normalizeToString(sample));
    }
  }

  // --- presets ---

  @Test
  void matchingPresetAppliesEveryStep() {
    assertEquals(EnumSet.allOf(Step.class), MATCHING.steps());
  }

  @Test
  void matchingPresetMergesSpellingVariantsOfOneName() {
    String plain = MATCHING.normalizeToString("مصطفي احمد");
    assertEquals(plain, MATCHING.normalizeToString("مُصْطَفَى أَحْمَد"));
    assertEquals(plain, MATCHING.normalizeToString("مصطفـــى\u200F  أحمد"));
    assertEquals(plain, MATCHING.normalizeToString("\uFEE3\uFEBC\uFEC4\uFED4\uFEF0 \uFE83\uFEA3\uFEE4\uFEAA"));
  }

  @Test
  void displayPresetKeepsSpelling() {
    String spelled = "مُصْطَفَى أحمد في مدينة مسؤول رئيس ٣٫٥ «قال» ک";
    assertFolds(spelled, DISPLAY.normalizeToString(spelled));
    assertEquals(
        EnumSet.of(Step.COMPATIBILITY_FORMS, Step.TATWEEL, Step.INVISIBLE_CONTROLS, Step.WHITESPACE),
        DISPLAY.steps());
  }

  @Test
  void displayPresetRemovesOnlyInvisibleAndTypographic() {
    assertFolds("لا إله", DISPLAY.normalizeToString("\uFEFB\u200F\u00A0\u00A0إلــه"));
  }

  // --- API ---

  @Test
  void returnsTheSameStringWhenNothingChanges() {
    String text = "قال الرئيس إن المفاوضات مستمرة";
    assertSame(text, DISPLAY.normalizeToString(text));
    NormalizedText t = DISPLAY.normalize(text);
    assertSame(text, t.normalized());
    assertTrue(t.alignment().isIdentity());
  }

  @Test
  void acceptsAnyCharSequence() {
    assertEquals("احمد", MATCHING.normalizeToString(new StringBuilder("أحمد")));
    assertEquals("احمد", MATCHING.normalize(new StringBuilder("أحمد")).normalized());
  }

  @Test
  void builderAddsAndRemovesSteps() {
    ArabicNormalizer n =
        ArabicNormalizer.builder().with(Step.TATWEEL, Step.DIGITS).without(Step.TATWEEL).build();
    assertEquals(EnumSet.of(Step.DIGITS), n.steps());
    assertEquals(MATCHING, ArabicNormalizer.of(EnumSet.allOf(Step.class)));
    assertEquals(DISPLAY, MATCHING.toBuilder()
        .without(Step.DIACRITICS, Step.ALEF_VARIANTS, Step.ALEF_MAQSURA, Step.TEH_MARBUTA,
            Step.HAMZA_CARRIERS, Step.PERSIAN_LETTERS, Step.DIGITS, Step.JOINER_CONTROLS,
            Step.PUNCTUATION_VARIANTS)
        .build());
  }

  @Test
  void stepsAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> MATCHING.steps().clear());
  }

  @Test
  void rejectsNullsWithTheirNames() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> MATCHING.normalizeToString(null));
    assertEquals("text", e.getMessage());
    assertThrows(NullPointerException.class, () -> MATCHING.normalize(null));
    assertThrows(NullPointerException.class, () -> ArabicNormalizer.of(null));
    assertThrows(NullPointerException.class, () -> ArabicNormalizer.builder().with((Step) null));
  }
}
