package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.tools.corpus.SharedCorpora;

/**
 * Guards the time expressions on the ant-ner development set ({@link TimeEvaluation}, scored as
 * its {@code score_times.py} scores): each figure may fall by at most {@link #TOLERANCE} below
 * the one measured last (README, Dates).
 */
class TimeQualityTest {

  /** Gold expressions found with the right type and value. */
  static final double MEASURED_RIGHT = 0.852;

  /** Gold expressions found (a prediction overlaps them). */
  static final double MEASURED_FOUND = 0.913;

  /** Predictions that overlap a gold expression. */
  static final double MEASURED_PRECISION = 0.952;

  static final double TOLERANCE = 0.01;

  @Test
  void timesOnAntNerDevKeepTheirScore() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    TimeEvaluation.Result r = TimeEvaluation.evaluate(
        Khabar.defaults(), TimeEvaluation.read(root.get().resolve("ant-ner")));
    String report = r.report(20);
    assertTrue(r.rightShare() >= MEASURED_RIGHT - TOLERANCE, report);
    assertTrue(r.recall() >= MEASURED_FOUND - TOLERANCE, report);
    assertTrue(r.precision() >= MEASURED_PRECISION - TOLERANCE, report);
  }
}
