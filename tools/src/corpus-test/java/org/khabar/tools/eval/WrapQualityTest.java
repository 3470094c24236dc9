package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.tools.corpus.SharedCorpora;

/**
 * Guards hard-wrapped copies of the ant-ner development articles ({@link WrapEvaluation}) at 40,
 * 60 and 80 columns: sentences and names as in the text as written, and, when the copy's
 * paragraphs are apart by a blank line, its paragraphs too; each share may fall by at most {@link
 * #TOLERANCE} below the lowest measured (README, Structure).
 */
class WrapQualityTest {

  /** Sentences kept, lowest over the widths and both layouts. */
  static final double MEASURED_SENTENCES = 0.993;

  /** Names kept, lowest over the widths and both layouts. */
  static final double MEASURED_NAMES = 0.998;

  /** Paragraphs kept when the copy's paragraphs are apart by a blank line, lowest width. */
  static final double MEASURED_PARAGRAPHS_APART = 0.985;

  /** Paragraphs kept when one line break separates them, lowest width. */
  static final double MEASURED_PARAGRAPHS = 0.915;

  static final double TOLERANCE = 0.01;

  @Test
  void wrappedCopiesKeepTheirSentencesNamesAndParagraphs() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    Map<String, String> texts =
        WrapEvaluation.read(root.get().resolve("ant-ner").resolve("raw"));
    Khabar khabar = QuoteEvaluation.pipeline();
    for (boolean apart : new boolean[] {false, true}) {
      for (int width : WrapEvaluation.WIDTHS) {
        WrapEvaluation.Result r = WrapEvaluation.evaluate(khabar, texts, width, apart);
        String report = r.report(apart ? "apart" : "as written") + r.errors();
        assertTrue(r.share("sentences") >= MEASURED_SENTENCES - TOLERANCE, report);
        assertTrue(r.share("names") >= MEASURED_NAMES - TOLERANCE, report);
        double paragraphs = apart ? MEASURED_PARAGRAPHS_APART : MEASURED_PARAGRAPHS;
        assertTrue(r.share("paragraphs") >= paragraphs - TOLERANCE, report);
      }
    }
  }
}
