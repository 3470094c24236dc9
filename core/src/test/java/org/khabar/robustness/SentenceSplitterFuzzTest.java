package org.khabar.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.khabar.article.CharSpan;
import org.khabar.segment.SentenceSplitter;

/**
 * Fuzzes the sentence splitter over the whole text and over an inner region: no exception,
 * sentences sorted, disjoint, non-empty, inside the region, covering all its non-whitespace chars.
 */
class SentenceSplitterFuzzTest {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  @FuzzTest(maxDuration = "60s")
  void split(byte[] data) {
    String text = FuzzInput.decode(data);
    CharSpan whole = CharSpan.of(0, text.length());
    Invariants.checkSentences(text, whole, SPLITTER.split(text));
    // A region that starts and ends mid-text, as the pipeline splits block by block.
    CharSpan inner = CharSpan.of(text.length() / 3, text.length() - text.length() / 4);
    Invariants.checkSentences(text, inner, SPLITTER.split(text, inner));
  }
}
