package org.khabar.models.eval;

import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/** Runs a name-finder model over annotated sentences and scores it. Stateless; thread-safe. */
public final class NerEvaluator {

  private NerEvaluator() {}

  /** Exact-span scores of {@code model} on {@code samples}. */
  public static NerScores evaluate(TokenNameFinderModel model, List<NameSample> samples) {
    NameFinderME finder = new NameFinderME(model);
    NerScores scores = new NerScores();
    for (NameSample sample : samples) {
      if (sample.isClearAdaptiveDataSet()) {
        finder.clearAdaptiveData();
      }
      scores.add(sample.getNames(), finder.find(sample.getSentence()));
    }
    return scores;
  }
}
