package org.khabar.models.ner;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates {@link ArabicFeatureGenerator}s from a feature-generator descriptor element; OpenNLP's
 * extension loader instantiates it by class name when a model is trained or loaded.
 *
 * <p>The descriptor ({@link ArabicFeatureDescriptor} writes it) carries the switches and the word
 * lists; the place names and word clusters are artifacts of the model ({@link EmbeddedLexicons}),
 * so a saved model holds everything its features need. Arguments: {@code bool affixes, ngrams,
 * window, gazetteers}; {@code str givenNames, titles, orgHeads} (space-separated words); {@code
 * str clusters} (the class-path resource of word clusters the model was trained with, read only
 * when the model does not embed them, as models made before they were embedded; such a model's
 * places come from the running ICU4J). A descriptor asking for the {@code extended} features, a
 * dropped experiment, is refused.
 */
public final class ArabicFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Called by OpenNLP's extension loader. */
  public ArabicFeatureGeneratorFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    if (getBool("extended", false)) {
      throw new InvalidFormatException("feature descriptor: the 'extended' features were a dropped"
          + " experiment (models/README.md); retrain the model without them");
    }
    boolean gazetteers = getBool("gazetteers", true);
    return new ArabicFeatureGenerator(
        new ArabicFeatureSettings(
            getBool("affixes", true),
            getBool("ngrams", true),
            getBool("window", true),
            gazetteers,
            !gazetteers ? PlaceGazetteer.empty()
                : embedded(EmbeddedLexicons.PLACES) instanceof byte[] places
                    ? PlaceGazetteer.embedded(places) : PlaceGazetteer.cldr(),
            words(getStr("givenNames", "")),
            words(getStr("titles", "")),
            words(getStr("orgHeads", "")),
            embedded(EmbeddedLexicons.CLUSTERS) instanceof byte[] clusters
                ? ClusterTable.embedded(clusters) : ClusterTable.resource(getStr("clusters", "")),
            genre(getStr("genre", ""))));
  }

  /** The model's artifact {@code name}, or null when it has none (or no model is at hand). */
  private Object embedded(String name) {
    return resourceManager == null ? null : resourceManager.getResource(name);
  }

  private static Genre genre(String id) throws InvalidFormatException {
    if (id.isEmpty()) {
      return null;
    }
    try {
      return Genre.of(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidFormatException("feature descriptor: " + e.getMessage(), e);
    }
  }

  /**
   * The folding the features apply to a token (frozen with the model's feature code).
   *
   * @param token a token as written
   * @return its folded form
   */
  public static String fold(String token) {
    return ArabicFold.fold(token);
  }

  private static Set<String> words(String list) {
    return Arrays.stream(list.split("\\s+"))
        .filter(w -> !w.isEmpty())
        .map(ArabicFold::fold)
        .collect(Collectors.toUnmodifiableSet());
  }
}
