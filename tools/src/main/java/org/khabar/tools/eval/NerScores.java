package org.khabar.tools.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * Exact-span precision, recall and F1 per entity type, and micro-averaged over a set of types. A
 * predicted name counts as correct only when a gold name has the same start, end and type.
 *
 * <p>Mutable accumulator; not thread-safe.
 */
public final class NerScores {

  /** The types the headline figure averages over. */
  public static final List<String> MAIN_TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");

  private final Map<String, int[]> counts = new TreeMap<>();

  /**
   * Adds one sentence's gold and predicted names.
   *
   * @param gold the gold names
   * @param predicted the predicted names
   */
  public void add(Span[] gold, Span[] predicted) {
    Set<Span> goldSet = new HashSet<>(List.of(gold));
    Set<Span> predSet = new HashSet<>(List.of(predicted));
    for (Span p : predSet) {
      int[] c = counts(p.getType());
      if (goldSet.contains(p)) {
        c[0]++;
      } else {
        c[1]++;
      }
    }
    for (Span g : goldSet) {
      if (!predSet.contains(g)) {
        counts(g.getType())[2]++;
      }
    }
  }

  /**
   * Adds all counts of {@code other}.
   *
   * @param other more scores
   */
  public void addAll(NerScores other) {
    other.counts.forEach(
        (type, c) -> {
          int[] mine = counts(type);
          for (int i = 0; i < 3; i++) {
            mine[i] += c[i];
          }
        });
  }

  private int[] counts(String type) {
    return counts.computeIfAbsent(type == null ? "default" : type, t -> new int[3]);
  }

  /**
   * The types seen in gold or predictions.
   *
   * @return the types
   */
  public Set<String> types() {
    return counts.keySet();
  }

  /**
   * Scores of one type.
   *
   * @param type a type
   * @return its scores
   */
  public Prf of(String type) {
    return micro(List.of(type));
  }

  /**
   * Micro-averaged scores over {@code types}.
   *
   * @param types the types
   * @return their micro-averaged scores
   */
  public Prf micro(Collection<String> types) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String type : types) {
      int[] c = counts.get(type);
      if (c != null) {
        tp += c[0];
        fp += c[1];
        fn += c[2];
      }
    }
    return new Prf(tp, fp, fn);
  }

  /**
   * Micro-averaged scores over PERSON, LOCATION and ORGANIZATION.
   *
   * @return the scores
   */
  public Prf main() {
    return micro(MAIN_TYPES);
  }

  /**
   * A readable table: one row per type, then the PER/LOC/ORG micro average.
   *
   * @return the table
   */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-16s %7s %7s %7s %6s %6s %6s%n",
        "type", "P", "R", "F1", "tp", "fp", "fn"));
    for (String type : counts.keySet()) {
      row(sb, type, of(type));
    }
    row(sb, "micro PER/LOC/ORG", main());
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Prf s) {
    sb.append(String.format(Locale.ROOT, "%-16s %7.4f %7.4f %7.4f %6d %6d %6d%n",
        name, s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(),
        s.falseNegatives()));
  }

  /**
   * Precision, recall and F1 from counts; zero when undefined. Immutable.
   *
   * @param truePositives predicted names that match gold
   * @param falsePositives predicted names that match no gold name
   * @param falseNegatives gold names not predicted
   */
  public record Prf(int truePositives, int falsePositives, int falseNegatives) {

    /**
     * Precision: true positives over predicted names, 0 when none was predicted.
     *
     * @return the precision
     */
    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 0 : (double) truePositives / d;
    }

    /**
     * Recall: true positives over gold names, 0 when there is none.
     *
     * @return the recall
     */
    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 0 : (double) truePositives / d;
    }

    /**
     * F1, the harmonic mean of precision and recall.
     *
     * @return the F1 score
     */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
