package org.khabar.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.khabar.Khabar;
import org.khabar.robustness.Invariants;

/**
 * Fuzzes the extractor with whole pages: any bytes give a page whose blocks the pipeline takes,
 * and the article keeps every invariant ({@link Invariants}).
 */
class HtmlPageFuzzTest {

  private static final Khabar KHABAR = Khabar.builder().build();

  @FuzzTest(maxDuration = "60s")
  void extract(byte[] data) {
    HtmlPage page = HtmlExtractor.defaults().extract(data, "", Optional.empty());
    Invariants.checkArticle(page.text(), KHABAR.process(page.source("fuzz"), page.blocks()));
  }
}
