package org.khabar.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.khabar.text.ArabicNormalizer;

/**
 * Fuzzes the normalizer, both presets: no exception, alignment in bounds and monotone, the
 * string-only form agrees, idempotent. Regression inputs: {@code
 * src/test/resources/org/khabar/robustness/NormalizerFuzzTestInputs/normalize/}, bytes decoded by
 * {@link FuzzInput}.
 */
class NormalizerFuzzTest {

  private static final ArabicNormalizer MATCHING = ArabicNormalizer.matching();
  private static final ArabicNormalizer DISPLAY = ArabicNormalizer.display();

  @FuzzTest(maxDuration = "60s")
  void normalize(byte[] data) {
    String text = FuzzInput.decode(data);
    Invariants.checkNormalization(MATCHING, text, MATCHING.normalize(text));
    Invariants.checkNormalization(DISPLAY, text, DISPLAY.normalize(text));
  }
}
