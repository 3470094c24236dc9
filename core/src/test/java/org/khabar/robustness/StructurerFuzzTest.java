package org.khabar.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.khabar.structure.Structurer;

/**
 * Fuzzes the structurer: no exception, blocks sorted, disjoint, non-empty, in bounds, and every
 * char outside them whitespace ({@link org.khabar.article.Article#isBetweenBlocks}).
 */
class StructurerFuzzTest {

  private static final Structurer STRUCTURER = new Structurer();

  @FuzzTest(maxDuration = "60s")
  void structure(byte[] data) {
    String text = FuzzInput.decode(data);
    Invariants.checkBlocks(text, STRUCTURER.structure(text));
  }
}
