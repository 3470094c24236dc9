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
 * Guards hard-wrapped copies of the ant-ner development articles and of the seeds ({@link
 * WrapEvaluation}) at 40, 60 and 80 columns: their paragraphs, sentences and names as in the text
 * as written, with its paragraphs apart by one line break as written or by a blank line; each
 * share may fall by at most {@link #TOLERANCE} below the lowest measured (README, Structure).
 */
class WrapQualityTest {

  /** Sentences kept, lowest over the widths and both layouts. */
  static final double MEASURED_SENTENCES = 0.993;

  /** Names kept, lowest over the widths and both layouts. */
  static final double MEASURED_NAMES = 0.998;

  /** Paragraphs kept when the copy's paragraphs are apart by a blank line, lowest width. */
  static final double MEASURED_PARAGRAPHS_APART = 0.985;

  /** Paragraphs kept when one line break separates them, lowest width. */
  static final double MEASURED_PARAGRAPHS = 0.977;

  /** The seeds' paragraphs kept, lowest over the widths and both layouts (40 and 60, one break). */
  static final double MEASURED_SEED_PARAGRAPHS = 0.981;

  /** The seeds' sentences kept, lowest over the widths and both layouts. */
  static final double MEASURED_SEED_SENTENCES = 0.979;

  static final double TOLERANCE = 0.01;

  @Test
  void wrappedCopiesKeepTheirSentencesNamesAndParagraphs() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    assertKept(WrapEvaluation.read(root.get().resolve("ant-ner").resolve("raw")),
        MEASURED_SENTENCES, MEASURED_PARAGRAPHS, MEASURED_PARAGRAPHS_APART);
  }

  @Test
  void wrappedSeedsKeepTheirSentencesNamesAndParagraphs() throws IOException {
    assertKept(WrapEvaluation.read(
            org.khabar.tools.eval.SharedCorpora.projectRoot().resolve("seeds")),
        MEASURED_SEED_SENTENCES, MEASURED_SEED_PARAGRAPHS, MEASURED_SEED_PARAGRAPHS);
  }

  private static void assertKept(Map<String, String> texts, double sentences,
      double paragraphsAsWritten, double paragraphsApart) {
    Khabar khabar = QuoteEvaluation.pipeline();
    for (boolean apart : new boolean[] {false, true}) {
      for (int width : WrapEvaluation.WIDTHS) {
        WrapEvaluation.Result r = WrapEvaluation.evaluate(khabar, texts, width, apart);
        String report = r.report(apart ? "apart" : "as written") + r.errors();
        assertTrue(r.share("sentences") >= sentences - TOLERANCE, report);
        assertTrue(r.share("names") >= MEASURED_NAMES - TOLERANCE, report);
        double paragraphs = apart ? paragraphsApart : paragraphsAsWritten;
        assertTrue(r.share("paragraphs") >= paragraphs - TOLERANCE, report);
      }
    }
  }
}
