package org.khabar.models.ner;

import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * The one place that reads OpenNLP's perceptron internals: a model's weights by predicate, which
 * OpenNLP exposes only as the second of its untyped {@code getDataStructures()}.
 */
public final class PerceptronWeights {

  private PerceptronWeights() {}

  /**
   * The weights of {@code model} by predicate name: each predicate's outcomes and parameters.
   *
   * @param model a perceptron model
   * @return its predicates, as the model holds them (do not modify)
   * @throws IllegalStateException if this OpenNLP lays its data out otherwise
   */
  public static Map<String, Context> byPredicate(PerceptronModel model) {
    Object predicates = model.getDataStructures()[1];
    if (!(predicates instanceof Map<?, ?> map)) {
      throw new IllegalStateException("OpenNLP's perceptron data has no predicate map where"
          + " Khabar expects it: " + (predicates == null ? "null" : predicates.getClass()));
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> typed = (Map<String, Context>) map;
    return typed;
  }

  /**
   * The outcome names of {@code model}, by outcome index.
   *
   * @param model a perceptron model
   * @return its outcomes
   */
  public static String[] outcomes(PerceptronModel model) {
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = model.getOutcome(o);
    }
    return outcomes;
  }
}
