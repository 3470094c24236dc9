package org.khabar.models.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.khabar.ner.OpenNlpExtensions;

/**
 * What the finders of one model share whatever the genre: a compact copy of its weights (the
 * model itself is not kept), its outcome tables, and the previous-outcome weights by token shape.
 */
final class DecodableModel {
  /**
   * The layers of a decoder's weight table: a feature's own weights, then those of its copy for
   * each {@link Genre}.
   */
  static final List<String> LAYERS = layers();

  final ArabicFeatureGenerator features;
  final WeightTable weights;
  final String[] outcomes;
  final int other;
  final int beamSize;
  final boolean[][] valid;
  /** The weights of {@code "po=" + po} and {@code "ppo=" + ppo}, added up, at {@code po * n + ppo}. */
  final double[][] history;
  final SequenceCodec<String> codec;
  /** Indices of {@code "powf=" + previous outcome + "," + shape} (-1: none), by token shape. */
  final ConcurrentHashMap<String, int[]> powfByShape = new ConcurrentHashMap<>();

  private DecodableModel(
      ArabicFeatureGenerator features,
      String[] outcomes,
      WeightTable weights,
      int beamSize,
      SequenceCodec<String> codec) {
    this.features = features;
    this.weights = weights;
    this.beamSize = beamSize;
    this.codec = codec;
    int n = outcomes.length;
    this.outcomes = outcomes.clone();
    other = Arrays.asList(outcomes).indexOf(NameFinderME.OTHER);
    history = new double[n * n][];
    for (int po = 0; po < n; po++) {
      for (int ppo = 0; ppo < n; ppo++) {
        double[] sum = new double[n];
        weights.add(sum, "po=" + outcomes[po]);
        weights.add(sum, "ppo=" + outcomes[ppo]);
        history[po * n + ppo] = sum;
      }
    }
    valid = BeamSearch.transitions(codec, outcomes);
  }

  /** The model's decodable parts, or empty when this class does not decode it. */
  static Optional<DecodableModel> of(TokenNameFinderModel model) {
    Object maxent = model.getArtifact("nameFinder.model");
    if (!(maxent instanceof PerceptronModel perceptron) || perceptron.getIndex(NameFinderME.OTHER) < 0
        || perceptron.getNumOutcomes() > Byte.MAX_VALUE + 1) {
      return Optional.empty();
    }
    SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
    if (!(codec instanceof BioCodec)) {
      return Optional.empty();
    }
    Optional<ArabicFeatureGenerator> found =
        ArabicNameFinder.arabicGenerator(model.getFactory().createFeatureGenerators());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String beam = model.getManifestProperty("BeamSize");
    int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    return Optional.of(new DecodableModel(found.get(), PerceptronWeights.outcomes(perceptron),
        WeightTable.of(PerceptronWeights.byPredicate(perceptron), LAYERS), beamSize, codec));
  }

  /**
   * The decodable parts of a compiled decoder: its weights as they are, its feature generator
   * built from its descriptor as OpenNLP builds a model's.
   */
  static DecodableModel of(CompiledDecoder compiled) {
    OpenNlpExtensions.register();
    // The places and clusters it was compiled with are the model's, whatever ICU4J runs now.
    Map<String, Object> lexicons = new HashMap<>();
    lexicons.put(EmbeddedLexicons.PLACES, EmbeddedLexicons.placesText(compiled.places()));
    byte[] clusters = compiled.clusters();
    if (clusters.length > 0) {
      lexicons.put(EmbeddedLexicons.CLUSTERS, clusters);
    }
    AdaptiveFeatureGenerator generator;
    try {
      generator = new TokenNameFinderFactory(
          compiled.featureDescriptor(), lexicons, new BioCodec()).createFeatureGenerators();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          compiled.source() + ": its feature descriptor cannot be read: " + e.getMessage(), e);
    }
    ArabicFeatureGenerator features = ArabicNameFinder.arabicGenerator(generator).orElseThrow(
        () -> new IllegalStateException(
            compiled.source() + ": its feature descriptor has parts other than Khabar's"
                + " Arabic features"));
    return new DecodableModel(features, compiled.outcomes(), compiled.weights(),
        compiled.beamSize(), new BioCodec());
  }

  private static List<String> layers() {
    List<String> prefixes = new ArrayList<>();
    prefixes.add("");
    for (Genre genre : Genre.values()) {
      prefixes.add(genre.id() + ":");
    }
    return List.copyOf(prefixes);
  }

  /** The indices of the previous-outcome-and-shape predicates of {@code shape}, by outcome. */
  int[] powf(String shape) {
    return powfByShape.computeIfAbsent(
        shape,
        sh -> {
          int[] byPo = new int[outcomes.length];
          for (int o = 0; o < byPo.length; o++) {
            byPo[o] = weights.indexOf("powf=" + outcomes[o] + "," + sh);
          }
          return byPo;
        });
  }
}
