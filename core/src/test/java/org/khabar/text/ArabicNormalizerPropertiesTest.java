package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.ArabicNormalizer.Step;

/**
 * Properties of normalization and alignment over seeded generated news text. A failure names the
 * seed and the escaped input, so it can be replayed.
 */
class ArabicNormalizerPropertiesTest {

  private static final int RUNS = 300;

  /** A property checked on one text. */
  private interface Property {
    void check(ArabicNormalizer normalizer, String text, Random random);
  }

  private static void forAll(Property property) {
    for (int seed = 0; seed < RUNS; seed++) {
      Random random = new Random(seed);
      String text = NewsTextGenerator.forRun(seed, random);
      for (ArabicNormalizer normalizer : normalizers(random)) {
        try {
          property.check(normalizer, text, random);
        } catch (AssertionError | RuntimeException e) {
          fail("seed " + seed + ", " + normalizer + ", input \"" + NewsTextGenerator.escape(text)
              + "\": " + e, e);
        }
      }
    }
  }

  private static List<ArabicNormalizer> normalizers(Random random) {
    EnumSet<Step> steps = EnumSet.noneOf(Step.class);
    for (Step step : Step.values()) {
      if (random.nextBoolean()) {
        steps.add(step);
      }
    }
    return List.of(ArabicNormalizer.matching(), ArabicNormalizer.display(), ArabicNormalizer.of(steps));
  }

  @Test
  void normalizationIsIdempotent() {
    forAll((n, text, r) -> {
      String once = n.normalizeToString(text);
      assertEquals(NewsTextGenerator.escape(once), NewsTextGenerator.escape(n.normalizeToString(once)));
    });
  }

  @Test
  void normalizeToStringEqualsNormalizedText() {
    forAll((n, text, r) -> assertEquals(n.normalize(text).normalized(), n.normalizeToString(text)));
  }

  @Test
  void alignmentIsMonotonicAndInBounds() {
    forAll((n, text, r) -> {
      NormalizedText t = n.normalize(text);
      Alignment a = t.alignment();
      assertEquals(text.length(), a.originalLength());
      assertEquals(t.normalized().length(), a.normalizedLength());
      CharSpan previous = null;
      for (int i = 0; i < a.normalizedLength(); i++) {
        CharSpan range = a.originalOf(i);
        assertTrue(range.length() > 0 && range.end() <= text.length(), "range " + range);
        if (previous != null) {
          assertTrue(
              range.equals(previous) || previous.end() <= range.start(),
              "ranges identical or disjoint and ascending: " + previous + " then " + range);
        }
        previous = range;
      }
    });
  }

  @Test
  void everyNormalizedCharMapsIntoTheOriginal() {
    forAll((n, text, r) -> {
      NormalizedText t = n.normalize(text);
      for (int i = 0; i < t.normalized().length(); i++) {
        CharSpan source = t.toOriginal(CharSpan.of(i, i + 1));
        assertTrue(source.end() <= text.length() && !source.isEmpty(), "char " + i + ": " + source);
        char c = t.normalized().charAt(i);
        // a char kept as it was is found in its source
        if (source.length() == 1 && text.charAt(source.start()) != c) {
          assertTrue(
              FoldingTables.KIND[text.charAt(source.start())] != FoldingTables.NONE,
              "char " + i + " changed though no rule touches " + source.textOf(text));
        }
      }
    });
  }

  @Test
  void normalizedSpansMapBackAndForth() {
    forAll((n, text, r) -> {
      NormalizedText t = n.normalize(text);
      int length = t.normalized().length();
      for (int k = 0; k < 30 && length > 0; k++) {
        int s = r.nextInt(length);
        int e = s + 1 + r.nextInt(Math.min(12, length - s));
        CharSpan x = CharSpan.of(s, e);
        CharSpan back = t.toNormalized(t.toOriginal(x));
        assertTrue(back.contains(x), x + " -> " + t.toOriginal(x) + " -> " + back);
        assertEquals(t.toOriginal(x), t.toOriginal(back), "widening stays in the same original");
      }
    });
  }

  @Test
  void originalSpansMapForthAndBack() {
    forAll((n, text, r) -> {
      NormalizedText t = n.normalize(text);
      Alignment a = t.alignment();
      boolean[] covered = new boolean[text.length()];
      for (int i = 0; i < a.normalizedLength(); i++) {
        CharSpan range = a.originalOf(i);
        for (int j = range.start(); j < range.end(); j++) {
          covered[j] = true;
        }
      }
      for (int k = 0; k < 30 && text.length() > 0; k++) {
        int s = r.nextInt(text.length() + 1);
        int e = s + r.nextInt(Math.min(15, text.length() - s) + 1);
        CharSpan y = CharSpan.of(s, e);
        CharSpan normalized = t.toNormalized(y);
        CharSpan back = t.toOriginal(normalized);
        for (int j = s; j < e; j++) {
          if (covered[j]) {
            assertTrue(back.contains(j), y + " -> " + normalized + " -> " + back + " misses " + j);
          }
        }
        if (s < e) {
          assertTrue(
              normalized.isEmpty() == !anyCovered(covered, s, e),
              y + " -> " + normalized + ": empty exactly when no char of it is covered");
        }
      }
    });
  }

  @Test
  void spanMapsAreMonotone() {
    forAll((n, text, r) -> {
      NormalizedText t = n.normalize(text);
      // non-empty spans whose starts and ends both ascend
      int previousStart = 0;
      int previousEnd = 0;
      int e = 0;
      for (int s = 0; s < text.length(); s += r.nextInt(4)) {
        e = Math.min(text.length(), Math.max(e, s + 1 + r.nextInt(6)));
        CharSpan normalized = t.toNormalized(CharSpan.of(s, e));
        assertTrue(normalized.start() >= previousStart && normalized.end() >= previousEnd,
            "toNormalized of [" + s + ", " + e + ") = " + normalized + " went back");
        previousStart = normalized.start();
        previousEnd = normalized.end();
      }
      previousStart = 0;
      previousEnd = 0;
      e = 0;
      for (int s = 0; s < t.normalized().length(); s += r.nextInt(4)) {
        e = Math.min(t.normalized().length(), Math.max(e, s + 1 + r.nextInt(6)));
        CharSpan original = t.toOriginal(CharSpan.of(s, e));
        assertTrue(original.start() >= previousStart && original.end() >= previousEnd,
            "toOriginal of [" + s + ", " + e + ") = " + original + " went back");
        previousStart = original.start();
        previousEnd = original.end();
      }
      int previous = 0;
      for (int p = 0; p <= t.normalized().length(); p++) {
        int offset = t.alignment().toOriginalOffset(p);
        assertTrue(offset >= previous && offset <= text.length(), "offset of " + p + ": " + offset);
        previous = offset;
      }
    });
  }

  @Test
  void neverThrowsOnAnyBmpCharAndIsIdempotentOnIt() {
    for (ArabicNormalizer n : List.of(ArabicNormalizer.matching(), ArabicNormalizer.display())) {
      for (int c = 0; c < 0x10000; c++) {
        String s = "\u0628" + (char) c + "\u0654 " + (char) c; // beh, c, hamza above, space, c
        String once = n.normalizeToString(s);
        assertEquals(once, n.normalizeToString(once), "char U+" + Integer.toHexString(c));
        assertEquals(once, n.normalize(s).normalized());
      }
    }
  }

  private static boolean anyCovered(boolean[] covered, int start, int end) {
    for (int j = start; j < end; j++) {
      if (covered[j]) {
        return true;
      }
    }
    return false;
  }
}
