package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ScoreCalibrationTest {

  @Test
  void interpolatesBetweenKnotsAndIsFlatOutside() {
    ScoreCalibration c =
        ScoreCalibration.of(new double[] {0.2, 0.3, 0.5}, new double[] {0.1, 0.5, 0.9});
    assertEquals(0.1, c.apply(0.0));
    assertEquals(0.1, c.apply(0.2));
    assertEquals(0.3, c.apply(0.25), 1e-12);
    assertEquals(0.5, c.apply(0.3));
    assertEquals(0.7, c.apply(0.4), 1e-12);
    assertEquals(0.9, c.apply(0.5));
    assertEquals(0.9, c.apply(1.0));
  }

  @Test
  void fitPoolsAdjacentViolators() {
    // Right, wrong, right, right at increasing scores: the first two pool to one half, the last
    // two (equally often right) to one.
    ScoreCalibration c = ScoreCalibration.fit(
        new double[] {0.4, 0.1, 0.3, 0.2}, new boolean[] {true, true, true, false}, 1);
    assertArrayEquals(new double[] {0.15, 0.35}, c.raw(), 1e-12);
    assertArrayEquals(new double[] {0.5, 1.0}, c.calibrated(), 1e-12);
  }

  @Test
  void equalScoresShareOneKnot() {
    ScoreCalibration c = ScoreCalibration.fit(
        new double[] {0.25, 0.25, 0.25, 0.25}, new boolean[] {true, false, true, true}, 1);
    assertArrayEquals(new double[] {0.25}, c.raw(), 1e-12);
    assertArrayEquals(new double[] {0.75}, c.calibrated(), 1e-12);
    assertEquals(0.75, c.apply(0.9));
  }

  @Test
  void fitRecoversAKnownShareRightAndKeepsEveryKnotWellFilled() {
    // Scores in [0.1, 0.4]; a name with score s is right with probability (s - 0.1) / 0.3.
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      int n = 4000;
      double[] scores = new double[n];
      boolean[] correct = new boolean[n];
      for (int i = 0; i < n; i++) {
        scores[i] = 0.1 + 0.3 * random.nextDouble();
        correct[i] = random.nextDouble() < (scores[i] - 0.1) / 0.3;
      }
      int minCount = 200;
      ScoreCalibration c = ScoreCalibration.fit(scores, correct, minCount);
      assertTrue(c.raw().length <= n / minCount, "seed " + seed + ": " + c);
      assertTrue(c.raw().length >= 5, "seed " + seed + ": " + c);
      for (double s = 0.15; s <= 0.35; s += 0.05) {
        assertEquals((s - 0.1) / 0.3, c.apply(s), 0.1, "seed " + seed + ", score " + s + ": " + c);
      }
      double previous = -1;
      for (int k = 0; k <= 100; k++) {
        double v = c.apply(k / 100.0);
        assertTrue(v >= previous && v >= 0 && v <= 1, "seed " + seed + ": " + c);
        previous = v;
      }
    }
  }

  @Test
  void badKnotsAreNamed() {
    assertNamed("at least one", () -> ScoreCalibration.of(new double[0], new double[0]));
    assertNamed("2 raw, 1 calibrated",
        () -> ScoreCalibration.of(new double[] {0.1, 0.2}, new double[] {0.5}));
    assertNamed("knot 1 has 0.1 after 0.1",
        () -> ScoreCalibration.of(new double[] {0.1, 0.1}, new double[] {0.5, 0.6}));
    assertNamed("knot 1 has 0.4 after 0.5",
        () -> ScoreCalibration.of(new double[] {0.1, 0.2}, new double[] {0.5, 0.4}));
    assertNamed("calibrated score of knot 0 must be in [0, 1]: 1.5",
        () -> ScoreCalibration.of(new double[] {0.1}, new double[] {1.5}));
    assertNamed("raw score of knot 0 must be in [0, 1]: NaN",
        () -> ScoreCalibration.of(new double[] {Double.NaN}, new double[] {0.5}));
  }

  @Test
  void badJudgmentsAndScoresAreNamed() {
    assertNamed("1 scores, 2 judgments",
        () -> ScoreCalibration.fit(new double[] {0.1}, new boolean[] {true, false}, 1));
    assertNamed("0 scores",
        () -> ScoreCalibration.fit(new double[0], new boolean[0], 1));
    assertNamed("minCount must be >= 1: 0",
        () -> ScoreCalibration.fit(new double[] {0.1}, new boolean[] {true}, 0));
    assertNamed("score of entity 1 must be in [0, 1]: -0.2",
        () -> ScoreCalibration.fit(new double[] {0.1, -0.2}, new boolean[] {true, true}, 1));
    ScoreCalibration c = ScoreCalibration.of(new double[] {0.1}, new double[] {0.5});
    assertNamed("score must be in [0, 1]: 2.0", () -> c.apply(2.0));
  }

  private static void assertNamed(String expected, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
