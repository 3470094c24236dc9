package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality floor of tokens, proclitic boundaries and sentence splitting on UD Arabic-PUD.
 *
 * <p>Skipped when the shared corpora are absent. The floors are the figures measured when the
 * lexicon was built (see the report of {@link CliticEvaluation#main}) minus a small tolerance.
 */
class CliticEvaluationTest {

  private static final Path PUD = SharedCorpora.corpus("ud-arabic-pud", "ar_pud-ud-test.conllu");

  @Test
  void figuresStayAboveTheirFloors() throws IOException {
    assumeTrue(Files.isRegularFile(PUD),
        "UD Arabic-PUD not found at " + PUD.toAbsolutePath()
            + "; set -Dkhabar.shared=/path/to/shared to run this evaluation");
    CliticEvaluation.Result r = CliticEvaluation.standard().evaluate(PUD);
    assertEquals(1000, r.sentences());
    assertTrue(r.unaligned() <= 10, "unaligned sentences: " + r.unaligned());
    // Measured: tokens F1 0.9986; proclitics P 0.9375 R 0.9197 F1 0.9285; article F1 0.9778;
    // 5 over-split.
    assertTrue(r.tokens().f1() >= 0.99, CliticEvaluation.table(r));
    assertTrue(r.proclitics().precision() >= 0.90, CliticEvaluation.table(r));
    assertTrue(r.proclitics().recall() >= 0.89, CliticEvaluation.table(r));
    assertTrue(r.proclitics().f1() >= 0.90, CliticEvaluation.table(r));
    assertTrue(r.article().f1() >= 0.95, CliticEvaluation.table(r));
    assertTrue(r.overSplit() <= 10, CliticEvaluation.table(r));
  }
}
