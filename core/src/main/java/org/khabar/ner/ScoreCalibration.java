package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A monotone map from a recognizer's raw scores to calibrated ones: the share of entities with that
 * raw score that are right. A perceptron name finder's scores are normalized over all its outcomes
 * and sit in a narrow band (the bundled model's mostly between 0.18 and 0.28) whatever its
 * precision; calibrated, a score of 0.9 means that about nine such names in ten are right.
 *
 * <p>The map is piecewise linear through its knots, flat before the first and after the last. {@link
 * #fit} learns it from judged entities of held-out text by isotonic regression; {@link
 * EntityRecognizers#calibrated} applies it to a recognizer. Immutable and thread-safe.
 */
public final class ScoreCalibration {

  private final double[] raw;
  private final double[] calibrated;

  private ScoreCalibration(double[] raw, double[] calibrated) {
    this.raw = raw;
    this.calibrated = calibrated;
  }

  /**
   * The map through the knots {@code (raw[i], calibrated[i])}.
   *
   * @param raw the knots' raw scores, increasing
   * @param calibrated the knots' calibrated scores, non-decreasing
   * @return the calibration
   * @throws IllegalArgumentException if the arrays are empty or differ in length, a value is not in
   *     {@code [0, 1]}, the raw scores do not increase strictly, or the calibrated ones decrease
   */
  public static ScoreCalibration of(double[] raw, double[] calibrated) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(calibrated, "calibrated");
    if (raw.length == 0 || raw.length != calibrated.length) {
      throw new IllegalArgumentException(
          "knots need as many raw as calibrated scores, at least one: "
              + raw.length + " raw, " + calibrated.length + " calibrated");
    }
    for (int i = 0; i < raw.length; i++) {
      checkScore("raw score of knot", i, raw[i]);
      checkScore("calibrated score of knot", i, calibrated[i]);
      if (i > 0 && !(raw[i] > raw[i - 1])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "raw scores must increase: knot %d has %s after %s", i, raw[i], raw[i - 1]));
      }
      if (i > 0 && calibrated[i] < calibrated[i - 1]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "calibrated scores must not decrease: knot %d has %s after %s",
            i, calibrated[i], calibrated[i - 1]));
      }
    }
    return new ScoreCalibration(raw.clone(), calibrated.clone());
  }

  /** Throws, naming {@code what} and {@code i}, unless {@code v} is in {@code [0, 1]}. */
  private static void checkScore(String what, int i, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s %d must be in [0, 1]: %s", what, i, v));
    }
  }

  /**
   * Learns the map from entities of held-out text: {@code scores[i]} is an entity's raw score and
   * {@code correct[i]} whether it was right. Isotonic regression (pool adjacent violators) gives the
   * share of right entities as a non-decreasing step function of the raw score; its steps are then
   * pooled, from the lowest scores up, with the steps after them until each holds at least {@code
   * minCount} entities (a small last step joins the one before), so that no knot rests on a handful
   * of names. Each pooled step becomes a knot at its mean raw score. Time O(n log n) for n
   * entities.
   *
   * @param scores raw scores of held-out entities
   * @param correct whether each entity was right
   * @param minCount the least number of entities a step of the fitted function pools
   * @return the fitted calibration
   * @throws IllegalArgumentException if the arrays are empty or differ in length, a score is not in
   *     {@code [0, 1]}, or {@code minCount < 1}
   */
  public static ScoreCalibration fit(double[] scores, boolean[] correct, int minCount) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(correct, "correct");
    if (scores.length == 0 || scores.length != correct.length) {
      throw new IllegalArgumentException(
          "need as many judgments as scores, at least one: "
              + scores.length + " scores, " + correct.length + " judgments");
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1: " + minCount);
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < scores.length; i++) {
      checkScore("score of entity", i, scores[i]);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    // Blocks of the step function: sum of raw scores, number right, count, largest raw score. Equal
    // raw scores always share a block, so the knots' raw scores come out strictly increasing.
    List<double[]> blocks = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && last[3] == scores[i]) {
        last[0] += scores[i];
        last[1] += correct[i] ? 1 : 0;
        last[2] += 1;
      } else {
        blocks.add(new double[] {scores[i], correct[i] ? 1 : 0, 1, scores[i]});
      }
      while (blocks.size() > 1 && violates(blocks)) {
        poolLast(blocks);
      }
    }
    // Pool small steps, from the lowest scores up, with the steps after them until they hold
    // minCount entities; a small last step joins the one before. Pooling neighbours of a
    // non-decreasing step function keeps it non-decreasing.
    List<double[]> pooled = new ArrayList<>();
    for (double[] block : blocks) {
      double[] last = pooled.isEmpty() ? null : pooled.get(pooled.size() - 1);
      if (last != null && last[2] < minCount) {
        pooled.set(pooled.size() - 1, merge(last, block));
      } else {
        pooled.add(block);
      }
    }
    if (pooled.size() > 1 && pooled.get(pooled.size() - 1)[2] < minCount) {
      poolLast(pooled);
    }
    double[] raw = new double[pooled.size()];
    double[] cal = new double[pooled.size()];
    for (int b = 0; b < pooled.size(); b++) {
      double[] block = pooled.get(b);
      raw[b] = block[0] / block[2];
      cal[b] = block[1] / block[2];
    }
    return of(raw, cal);
  }

  private static boolean violates(List<double[]> blocks) {
    double[] a = blocks.get(blocks.size() - 2);
    double[] b = blocks.get(blocks.size() - 1);
    return a[1] / a[2] >= b[1] / b[2];
  }

  /** Pools the last block with the one before it. */
  private static void poolLast(List<double[]> blocks) {
    double[] y = blocks.remove(blocks.size() - 1);
    blocks.set(blocks.size() - 1, merge(blocks.get(blocks.size() - 1), y));
  }

  /** Block {@code x} and the block {@code y} right after it, as one. */
  private static double[] merge(double[] x, double[] y) {
    return new double[] {x[0] + y[0], x[1] + y[1], x[2] + y[2], y[3]};
  }

  /**
   * The calibrated score of a raw {@code score} in {@code [0, 1]}.
   *
   * @param score a raw score
   * @return the calibrated score, in {@code [0, 1]}
   */
  public double apply(double score) {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    int n = raw.length;
    if (score <= raw[0]) {
      return calibrated[0];
    }
    if (score >= raw[n - 1]) {
      return calibrated[n - 1];
    }
    int hi = Arrays.binarySearch(raw, score);
    if (hi >= 0) {
      return calibrated[hi];
    }
    hi = -hi - 1;
    int lo = hi - 1;
    double t = (score - raw[lo]) / (raw[hi] - raw[lo]);
    return Math.min(1.0, Math.max(0.0, calibrated[lo] + t * (calibrated[hi] - calibrated[lo])));
  }

  /**
   * The knots' raw scores, increasing.
   *
   * @return a copy of the raw scores
   */
  public double[] raw() {
    return raw.clone();
  }

  /**
   * The knots' calibrated scores, non-decreasing.
   *
   * @return a copy of the calibrated scores
   */
  public double[] calibrated() {
    return calibrated.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreCalibration c
        && Arrays.equals(raw, c.raw)
        && Arrays.equals(calibrated, c.calibrated);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(raw) + Arrays.hashCode(calibrated);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ScoreCalibration[");
    for (int i = 0; i < raw.length; i++) {
      sb.append(i == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.4f->%.4f", raw[i], calibrated[i]));
    }
    return sb.append(']').toString();
  }
}
