package org.khabar.tools.eval;

import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.models.ner.ArabicNameFinder;
import org.khabar.models.ner.Genre;

/** Runs a name-finder model over annotated sentences and scores it. Stateless; thread-safe. */
public final class NerEvaluator {

  private NerEvaluator() {}

  /**
   * Exact-span scores of {@code model} on {@code samples}, decoded as Khabar decodes it ({@link
   * ArabicNameFinder} when it can, else {@link NameFinderME}).
   *
   * @param model a name-finder model
   * @param samples annotated sentences
   * @return the scores
   */
  public static NerScores evaluate(TokenNameFinderModel model, List<NameSample> samples) {
    return evaluate(
        ArabicNameFinder.factory(model).map(Supplier::get).orElseGet(() -> new NameFinderME(model)),
        samples);
  }

  /**
   * Exact-span scores of {@code model} decoded for {@code genre} on {@code samples}.
   *
   * @param model a name-finder model with genre features
   * @param genre the kind of text
   * @param samples annotated sentences
   * @return the scores
   * @throws IllegalArgumentException if the model has no genre features
   */
  public static NerScores evaluate(
      TokenNameFinderModel model, Genre genre, List<NameSample> samples) {
    return evaluate(
        ArabicNameFinder.factory(model, ArabicNameFinder.DEFAULT_CACHE_SIZE, genre).get(), samples);
  }

  private static NerScores evaluate(TokenNameFinder finder, List<NameSample> samples) {
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
