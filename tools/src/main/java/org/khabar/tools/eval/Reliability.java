package org.khabar.tools.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well entity scores match how often the entities are right: the expected calibration error
 * (the mean gap between score and share right over equal-width score bins, weighted by the bins'
 * sizes), the Brier score (mean squared gap per entity), and the table of bins. A score that says
 * 0.9 should be right nine times in ten.
 *
 * @param count entities judged
 * @param meanScore their mean score
 * @param accuracy the share of them that are right (the precision)
 * @param expectedCalibrationError the weighted mean of |mean score - share right| over the bins
 * @param brier the mean of (score - 1 if right else 0)²
 * @param table the bins, one line each
 */
public record Reliability(
    int count,
    double meanScore,
    double accuracy,
    double expectedCalibrationError,
    double brier,
    String table) {

  /** Bins of the table and of the expected calibration error: [0, 0.1), [0.1, 0.2), ... [0.9, 1]. */
  public static final int BINS = 10;

  /**
   * The reliability of the scores of {@code judged} entities.
   *
   * @param judged judged entities
   * @return their reliability
   * @throws IllegalArgumentException if {@code judged} is empty
   */
  public static Reliability of(List<ArticleEvaluator.Judged> judged) {
    Objects.requireNonNull(judged, "judged");
    if (judged.isEmpty()) {
      throw new IllegalArgumentException("no judged entities");
    }
    int[] n = new int[BINS];
    int[] right = new int[BINS];
    double[] sum = new double[BINS];
    double scoreSum = 0;
    double brier = 0;
    int correct = 0;
    for (ArticleEvaluator.Judged j : judged) {
      double s = j.entity().score();
      int b = Math.min(BINS - 1, (int) (s * BINS));
      n[b]++;
      sum[b] += s;
      scoreSum += s;
      if (j.correct()) {
        right[b]++;
        correct++;
      }
      double gap = s - (j.correct() ? 1 : 0);
      brier += gap * gap;
    }
    StringBuilder table = new StringBuilder(
        String.format(Locale.ROOT, "%-12s %7s %11s %11s%n", "score", "names", "mean score",
            "share right"));
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (n[b] == 0) {
        continue;
      }
      double mean = sum[b] / n[b];
      double share = (double) right[b] / n[b];
      ece += n[b] * Math.abs(mean - share);
      table.append(String.format(Locale.ROOT, "[%.1f, %.1f%s %7d %11.3f %11.3f%n",
          (double) b / BINS, (double) (b + 1) / BINS, b == BINS - 1 ? "]" : ")", n[b], mean,
          share));
    }
    int total = judged.size();
    return new Reliability(total, scoreSum / total, (double) correct / total, ece / total,
        brier / total, table.toString());
  }

  /**
   * One line: count, mean score, share right, expected calibration error and Brier score.
   *
   * @return the line
   */
  public String summary() {
    return String.format(Locale.ROOT,
        "%d names, mean score %.3f, share right %.3f, expected calibration error %.3f, Brier %.3f",
        count, meanScore, accuracy, expectedCalibrationError, brier);
  }
}
