package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.tools.corpus.SharedCorpora;

/**
 * Guards the quotes on the ant-ner development set ({@link QuoteEvaluation}, scored as its {@code
 * score_quotes.py} scores): each figure may fall by at most {@link #TOLERANCE} below the one
 * measured last (README, Quotes and speakers).
 */
class QuoteQualityTest {

  /** Named-speaker quotes found and given their speaker. */
  static final double MEASURED_ATTRIBUTED = 0.864;

  /** Named-speaker quotes found (a prediction covers half of them). */
  static final double MEASURED_FOUND = 0.920;

  /** Predictions that overlap a gold quote. */
  static final double MEASURED_PRECISION = 0.925;

  static final double TOLERANCE = 0.01;

  @Test
  void quotesOnAntNerDevKeepTheirScore() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    QuoteEvaluation.Result r = QuoteEvaluation.evaluate(
        QuoteEvaluation.pipeline(), QuoteEvaluation.read(root.get().resolve("ant-ner")));
    String report = r.report(30);
    assertTrue(r.attributedShare() >= MEASURED_ATTRIBUTED - TOLERANCE, report);
    assertTrue(r.foundShare() >= MEASURED_FOUND - TOLERANCE, report);
    assertTrue(r.precision() >= MEASURED_PRECISION - TOLERANCE, report);
  }
}
