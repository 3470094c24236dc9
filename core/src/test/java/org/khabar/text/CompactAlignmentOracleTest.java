package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.ArabicNormalizer.Step;

/**
 * The compact {@link Alignment} built by {@link Folder} answers every query exactly like the
 * dense per-char arrays it replaced ({@link ReferenceFolder}, {@link ReferenceAlignment}), on
 * seeded generated texts, for the presets and random step sets.
 */
class CompactAlignmentOracleTest {

  private static final int RUNS = 400;
  /** Texts up to this length are checked on every span; longer ones on random spans. */
  private static final int ALL_SPANS_UP_TO = 48;

  private static final int RANDOM_SPANS = 1500;

  /**
   * Chars that break the one-to-one mapping, packed densely so that short texts put them next to
   * each other: harakat, hamza marks, tatweel, ligatures, controls, whitespace, mapped letters.
   */
  private static final String SOUP =
      "\u064E\u064F\u0650\u0651\u0652\u0670" // fatha damma kasra shadda sukun superscript alef
          + "\u0653\u0654\u0655" // maddah above, hamza above, hamza below
          + "\u0640" // tatweel
          + "\uFEFB\uFEF8\uFDFA\uFDF2\uFE7C\uFC5E\uFB8E\uFDFD" // ligatures and presentation forms
          + "\u200F\u200E\u202B\u202C\u200B\uFEFF\u00AD\u200C\u200D" // invisible and joiner controls
          + "  \u00A0\u2009\t\n\r" // spaces and line breaks
          + "\u0627\u0648\u064A\u0623\u0649\u0629\u06CC\u0661\u00AB\u2013" // letters, digit, quote
          + "ab.\uD83D\uDE00\uD800"; // Latin, a surrogate pair, a lone surrogate

  @Test
  void compactAlignmentMatchesTheDenseArraysOnGeneratedNews() {
    for (int seed = 0; seed < RUNS; seed++) {
      Random random = new Random(seed);
      String text = NewsTextGenerator.forRun(seed, random);
      checkAll(seed, text, random);
    }
  }

  @Test
  void compactAlignmentMatchesTheDenseArraysOnCharSoup() {
    for (int seed = 0; seed < RUNS; seed++) {
      Random random = new Random(1_000_000 + seed);
      int length = random.nextInt(seed % 10 == 0 ? 300 : 24);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(random.nextInt(4) == 0 ? 'ب' : SOUP.charAt(random.nextInt(SOUP.length())));
      }
      checkAll(seed, sb.toString(), random);
    }
  }

  private static void checkAll(int seed, String text, Random random) {
    for (ArabicNormalizer normalizer : normalizers(random)) {
      try {
        check(normalizer, text, random);
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + ", " + normalizer + ", input \"" + NewsTextGenerator.escape(text)
            + "\": " + e, e);
      }
    }
  }

  private static List<ArabicNormalizer> normalizers(Random random) {
    List<ArabicNormalizer> normalizers = new ArrayList<>();
    normalizers.add(ArabicNormalizer.matching());
    normalizers.add(ArabicNormalizer.display());
    for (int k = 0; k < 2; k++) {
      EnumSet<Step> steps = EnumSet.noneOf(Step.class);
      for (Step step : Step.values()) {
        if (random.nextBoolean()) {
          steps.add(step);
        }
      }
      normalizers.add(ArabicNormalizer.of(steps));
    }
    return normalizers;
  }

  private static void check(ArabicNormalizer normalizer, String text, Random random) {
    NormalizedText actual = normalizer.normalize(text);
    ReferenceFolder folder = new ReferenceFolder(normalizer.rules(), text, true);
    folder.run();
    String expectedText = folder.changed() ? folder.result() : text;
    ReferenceAlignment expected =
        folder.changed() ? folder.alignment() : ReferenceAlignment.identity(text.length());
    assertEquals(expectedText, actual.normalized(), "normalized text");
    assertEquals(expectedText, normalizer.normalizeToString(text), "normalizeToString");
    Alignment a = actual.alignment();
    assertEquals(expected.isIdentity(), a.isIdentity(), "isIdentity");
    int n = expected.normalizedLength();
    int m = expected.originalLength();
    assertEquals(n, a.normalizedLength());
    assertEquals(m, a.originalLength());

    for (int i = 0; i < n; i++) {
      assertEquals(expected.originalOf(i), a.originalOf(i), "originalOf(" + i + ")");
    }
    for (int p = 0; p <= n; p++) {
      assertEquals(expected.toOriginalOffset(p), a.toOriginalOffset(p), "toOriginalOffset");
    }
    for (CharSpan span : spans(n, random)) {
      assertEquals(expected.toOriginal(span), a.toOriginal(span), "toOriginal(" + span + ")");
    }
    for (CharSpan span : spans(m, random)) {
      assertEquals(expected.toNormalized(span), a.toNormalized(span), "toNormalized(" + span + ")");
    }

    assertThrows(IndexOutOfBoundsException.class, () -> a.originalOf(n));
    assertThrows(IndexOutOfBoundsException.class, () -> a.toOriginalOffset(n + 1));
    assertThrows(IndexOutOfBoundsException.class, () -> a.toOriginal(CharSpan.of(0, n + 1)));
    assertThrows(IndexOutOfBoundsException.class, () -> a.toNormalized(CharSpan.of(0, m + 1)));
  }

  /** Every span of a text of this length when it is short, else random ones and the extremes. */
  private static List<CharSpan> spans(int length, Random random) {
    List<CharSpan> spans = new ArrayList<>();
    if (length <= ALL_SPANS_UP_TO) {
      for (int s = 0; s <= length; s++) {
        for (int e = s; e <= length; e++) {
          spans.add(CharSpan.of(s, e));
        }
      }
      return spans;
    }
    spans.add(CharSpan.of(0, length));
    spans.add(CharSpan.of(0, 0));
    spans.add(CharSpan.of(length, length));
    for (int k = 0; k < RANDOM_SPANS; k++) {
      int s = random.nextInt(length + 1);
      // Mostly short spans, the size of words and names, sometimes long ones.
      int max = random.nextInt(8) == 0 ? length - s : Math.min(length - s, 12);
      int e = s + random.nextInt(max + 1);
      spans.add(CharSpan.of(s, e));
    }
    return spans;
  }
}
