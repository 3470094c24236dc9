package org.khabar.models.ner;

import java.util.PriorityQueue;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;

/**
 * The beam search of OpenNLP's {@code BeamSearch} over precomputed outcome scores, with {@code
 * NameFinderME}'s previous-outcome history and {@code PerceptronModel}'s normalization; it drops no
 * path for its score. Stateless.
 */
final class BeamSearch {

  private BeamSearch() {}

  /** Raw outcome scores at a position, given the previous two outcomes. */
  @FunctionalInterface
  interface Scorer {
    /** Writes the summed weights of every outcome at {@code i} into {@code out}. */
    void score(int i, int po, int ppo, double[] out);
  }

  /**
   * The beam search of OpenNLP's {@code BeamSearch} with {@code NameFinderME}'s previous-outcome
   * history ({@code other} before the sentence) and {@code PerceptronModel}'s normalization, except
   * that no path is dropped for its score: {@code BeamSearch} drops those under -100,000 and, on a
   * long enough sentence, is left with none. Under BIO the outside outcome may start a sentence and
   * follow any outcome, so a path of {@code length} is always found.
   *
   * @param valid {@code valid[last + 1][o]}: whether outcome {@code o} may follow {@code last}
   *     ({@code -1} at the start)
   * @return the best path; its {@link Hypothesis#length} is {@code length}
   */
  static Hypothesis search(
      int length, int outcomes, int size, int other, boolean[][] valid, Scorer scorer) {
    PriorityQueue<Hypothesis> prev = new PriorityQueue<>(size);
    PriorityQueue<Hypothesis> next = new PriorityQueue<>(size);
    prev.add(Hypothesis.START);
    double[] scores = new double[outcomes];
    double[] sorted = new double[outcomes];
    for (int i = 0; i < length; i++) {
      int sz = Math.min(size, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Hypothesis top = prev.remove();
        int po = i > 0 ? top.outcome : other;
        int ppo = i > 1 ? top.parent.outcome : other;
        scorer.score(i, po, ppo, scores);
        normalize(scores);
        double min = kthLargest(scores, sorted, size);
        int last = i > 0 ? top.outcome : -1;
        for (int p = 0; p < outcomes; p++) {
          if (scores[p] >= min && valid[last + 1][p]) {
            next.add(new Hypothesis(top, p, scores[p]));
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < outcomes; p++) {
            if (valid[last + 1][p]) {
              next.add(new Hypothesis(top, p, scores[p]));
            }
          }
        }
      }
      prev.clear();
      PriorityQueue<Hypothesis> tmp = prev;
      prev = next;
      next = tmp;
    }
    return prev.remove();
  }

  /**
   * The {@code k}-th largest of {@code values} (the smallest when {@code k} exceeds their number),
   * as {@code BeamSearch} finds it by sorting; {@code work} is scratch space of the same length.
   */
  private static double kthLargest(double[] values, double[] work, int k) {
    int n = values.length;
    System.arraycopy(values, 0, work, 0, n);
    int steps = Math.min(k, n);
    for (int a = 0; a < steps; a++) {
      int best = a;
      for (int b = a + 1; b < n; b++) {
        if (work[b] > work[best]) {
          best = b;
        }
      }
      double t = work[a];
      work[a] = work[best];
      work[best] = t;
    }
    return k >= n ? work[n - 1] : work[k - 1];
  }

  /** {@code PerceptronModel}'s normalization: exp of the scores scaled by their largest magnitude. */
  private static void normalize(double[] prior) {
    double max = 1;
    for (double p : prior) {
      if (max < Math.abs(p)) {
        max = Math.abs(p);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < prior.length; o++) {
      prior[o] = Math.exp(prior[o] / max);
      normal += prior[o];
    }
    for (int o = 0; o < prior.length; o++) {
      prior[o] /= normal;
    }
  }

  /**
   * Which outcome may follow which under {@code codec}'s validator: {@code [last + 1][o]}, {@code
   * last = -1} at the start of a sentence. BIO validity depends on the previous outcome alone.
   */
  static boolean[][] transitions(SequenceCodec<String> codec, String[] outcomes) {
    SequenceValidator<String> validator = codec.createSequenceValidator();
    int n = outcomes.length;
    boolean[][] valid = new boolean[n + 1][n];
    for (int last = -1; last < n; last++) {
      String[] before = last < 0 ? new String[0] : new String[] {outcomes[last]};
      for (int o = 0; o < n; o++) {
        valid[last + 1][o] = validator.validSequence(0, new String[0], before, outcomes[o]);
      }
    }
    return valid;
  }


  /** A path through the beam: ordered as OpenNLP's {@code Sequence}, best score first. */
  static final class Hypothesis implements Comparable<Hypothesis> {
    static final Hypothesis START = new Hypothesis();

    final Hypothesis parent;
    final int outcome;
    final double prob;
    final double score;
    final int length;

    private Hypothesis() {
      parent = null;
      outcome = -1;
      prob = 1;
      score = 0;
      length = 0;
    }

    Hypothesis(Hypothesis parent, int outcome, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent.score + Math.log(prob);
      this.length = parent.length + 1;
    }

    @Override
    public int compareTo(Hypothesis o) {
      return Double.compare(o.score, score);
    }

    /** The outcome indices of the path, first to last. */
    int[] outcomes() {
      int[] out = new int[length];
      for (Hypothesis h = this; h.parent != null; h = h.parent) {
        out[h.length - 1] = h.outcome;
      }
      return out;
    }
  }
}
