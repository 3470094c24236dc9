package org.khabar.tools.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.khabar.models.ner.PerceptronWeights;

/**
 * The mean of perceptron models' weights, matched by predicate and outcome name (each training
 * order numbers them differently); a weight a model lacks counts as 0. Models are added one at a
 * time, so only one is held in memory besides the sums.
 */
final class WeightMean {
  private final List<String> outcomes = new ArrayList<>();
  private final Map<String, Integer> outcomeIds = new HashMap<>();
  private final Map<String, double[]> sums = new HashMap<>();
  private int count;

  void add(MaxentModel model) {
    if (!(model instanceof PerceptronModel perceptron)) {
      throw new IllegalArgumentException(
          "not a perceptron model: " + model.getClass().getName());
    }
    Map<String, Context> pmap = PerceptronWeights.byPredicate(perceptron);
    String[] names = PerceptronWeights.outcomes(perceptron);
    int[] ids = new int[names.length];
    for (int o = 0; o < names.length; o++) {
      ids[o] = outcomeIds.computeIfAbsent(names[o], name -> {
        outcomes.add(name);
        return outcomes.size() - 1;
      });
    }
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      double[] sum = sums.get(e.getKey());
      if (sum == null || sum.length < outcomes.size()) {
        sum = sum == null ? new double[outcomes.size()] : Arrays.copyOf(sum, outcomes.size());
        sums.put(e.getKey(), sum);
      }
      int[] outs = e.getValue().getOutcomes();
      double[] values = e.getValue().getParameters();
      for (int a = 0; a < outs.length; a++) {
        sum[ids[outs[a]]] += values[a];
      }
    }
    count++;
  }

  /** The mean as a model: predicates in sorted order, only non-zero weights stored. */
  PerceptronModel model() {
    if (count == 0) {
      throw new IllegalStateException("no model added");
    }
    List<String> labels = new ArrayList<>(sums.size());
    List<Context> params = new ArrayList<>(sums.size());
    int[] outs = new int[outcomes.size()];
    double[] values = new double[outcomes.size()];
    for (Map.Entry<String, double[]> e : new TreeMap<>(sums).entrySet()) {
      double[] sum = e.getValue();
      int m = 0;
      for (int o = 0; o < sum.length; o++) {
        if (sum[o] != 0) {
          outs[m] = o;
          values[m] = sum[o] / count;
          m++;
        }
      }
      if (m > 0) {
        labels.add(e.getKey());
        params.add(new Context(Arrays.copyOf(outs, m), Arrays.copyOf(values, m)));
      }
    }
    return new PerceptronModel(
        params.toArray(new Context[0]),
        labels.toArray(new String[0]),
        outcomes.toArray(new String[0]));
  }
}
