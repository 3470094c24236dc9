package org.khabar.models.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.models.DefaultModels;
import org.khabar.robustness.FuzzInput;
import org.khabar.robustness.Invariants;

/**
 * Fuzzes the whole pipeline with the bundled name finder, its resolver and calibration: any text
 * yields a valid article. Every build replays the inputs under {@code
 * BundledPipelineFuzzTestInputs/}; {@code .ci/fuzz} searches for new ones.
 */
class BundledPipelineFuzzTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();

  @FuzzTest(maxDuration = "60s")
  void process(byte[] data) {
    String text = FuzzInput.decode(data);
    Invariants.checkArticle(text, KHABAR.process(ArticleSource.of("fuzz", text)));
  }
}
