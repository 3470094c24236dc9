package org.khabar.models.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Trains a name-finder perceptron on whole sentences (Collins' averaged structured perceptron),
 * starting from a model trained token by token. Each training sentence is decoded with the beam
 * search that {@link NameFinderME} and {@link ArabicNameFinder} use; where the best path differs
 * from the gold one, the features of the gold outcomes (with the gold previous outcomes) gain
 * weight and those of the predicted ones lose it. The result is an ordinary OpenNLP
 * {@link PerceptronModel} with the same features, so any OpenNLP name finder can load it.
 *
 * <p>Deterministic: sentences are visited in an order shuffled with a fixed seed. Not thread-safe;
 * one call trains one model.
 */
public final class SequencePerceptron {

  private final String[] outcomes;
  private final int k;
  private final int other;
  private final boolean[][] valid;
  private final int beamSize;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  /** Feature ids of {@code "po=" + outcome} and {@code "ppo=" + outcome}, by outcome. */
  private final int[] poIds;
  private final int[] ppoIds;
  private double[] weights = new double[0];
  private double[] updates = new double[0];
  private long clock = 1;

  private SequencePerceptron(PerceptronModel start, SequenceCodec<String> codec, int beamSize) {
    this.k = start.getNumOutcomes();
    this.outcomes = new String[k];
    for (int o = 0; o < k; o++) {
      outcomes[o] = start.getOutcome(o);
    }
    this.other = start.getIndex(NameFinderME.OTHER);
    this.valid = ArabicNameFinder.transitions(codec, outcomes);
    this.beamSize = beamSize;
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) start.getDataStructures()[1];
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      int f = id(e.getKey());
      int[] outs = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      for (int a = 0; a < outs.length; a++) {
        weights[f * k + outs[a]] = params[a];
      }
    }
    this.poIds = new int[k];
    this.ppoIds = new int[k];
    for (int o = 0; o < k; o++) {
      poIds[o] = id("po=" + outcomes[o]);
      ppoIds[o] = id("ppo=" + outcomes[o]);
    }
  }

  /**
   * A model trained for {@code epochs} passes over {@code samples}, starting from the weights of
   * {@code start} (a perceptron name finder trained on the same samples and outcomes).
   *
   * @param start the perceptron model to start from
   * @param descriptor the feature-generator descriptor of {@code start}
   * @param factory the factory {@code start} was trained with
   * @param samples the training sentences
   * @param epochs the passes over them, at least 1
   * @param seed the seed of the sentence order
   * @return the trained model
   * @throws IllegalArgumentException if {@code start} is no perceptron model, or {@code epochs < 1}
   */
  public static TokenNameFinderModel train(
      TokenNameFinderModel start,
      byte[] descriptor,
      TokenNameFinderFactory factory,
      List<NameSample> samples,
      int epochs,
      long seed) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(samples, "samples");
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1: " + epochs);
    }
    if (!(start.getArtifact("nameFinder.model") instanceof PerceptronModel perceptron)) {
      throw new IllegalArgumentException("start model is not a perceptron model");
    }
    String beam = start.getManifestProperty("BeamSize");
    int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    SequenceCodec<String> codec = start.getFactory().createSequenceCodec();
    SequencePerceptron trainer = new SequencePerceptron(perceptron, codec, beamSize);
    List<Sentence> sentences = trainer.prepare(start, codec, samples);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      List<Sentence> order = new ArrayList<>(sentences);
      java.util.Collections.shuffle(order, random);
      for (Sentence s : order) {
        trainer.learn(s);
      }
    }
    return new TokenNameFinderModel(
        "ar",
        trainer.averaged(),
        beamSize,
        descriptor,
        Map.of(),
        Map.of(),
        codec,
        factory);
  }

  /** One training sentence as feature ids. */
  private record Sentence(int[][] fixed, int[][] pow, int[][] powf, int[] gold) {}

  private int id(String feature) {
    Integer f = ids.get(feature);
    if (f == null) {
      f = names.size();
      ids.put(feature, f);
      names.add(feature);
      if (weights.length < names.size() * k) {
        int capacity = Math.max(names.size() * k, weights.length * 3 / 2);
        weights = Arrays.copyOf(weights, capacity);
        updates = Arrays.copyOf(updates, capacity);
      }
    }
    return f;
  }

  private List<Sentence> prepare(
      TokenNameFinderModel start, SequenceCodec<String> codec, List<NameSample> samples) {
    AdaptiveFeatureGenerator generator = start.getFactory().createFeatureGenerators();
    Map<String, Integer> outcomeIds = new HashMap<>();
    for (int o = 0; o < k; o++) {
      outcomeIds.put(outcomes[o], o);
    }
    List<Sentence> out = new ArrayList<>(samples.size());
    List<String> scratch = new ArrayList<>();
    for (NameSample sample : samples) {
      String[] tokens = sample.getSentence();
      int n = tokens.length;
      String[] goldNames = codec.encode(sample.getNames(), n);
      int[] gold = new int[n];
      int[][] fixed = new int[n][];
      int[][] pow = new int[n][k];
      int[][] powf = new int[n][k];
      for (int i = 0; i < n; i++) {
        Integer g = outcomeIds.get(goldNames[i]);
        if (g == null) {
          throw new IllegalArgumentException("outcome not in the start model: " + goldNames[i]);
        }
        gold[i] = g;
        scratch.clear();
        generator.createFeatures(scratch, tokens, i, null);
        fixed[i] = new int[scratch.size()];
        for (int a = 0; a < scratch.size(); a++) {
          fixed[i][a] = id(scratch.get(a));
        }
        String shape = FeatureGeneratorUtil.tokenFeature(tokens[i]);
        for (int o = 0; o < k; o++) {
          pow[i][o] = id("pow=" + outcomes[o] + "," + tokens[i]);
          powf[i][o] = id("powf=" + outcomes[o] + "," + shape);
        }
      }
      generator.clearAdaptiveData();
      out.add(new Sentence(fixed, pow, powf, gold));
    }
    return out;
  }

  private void learn(Sentence s) {
    int n = s.gold.length;
    double[][] fixed = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int f : s.fixed[i]) {
        for (int o = 0; o < k; o++) {
          fixed[i][o] += weights[f * k + o];
        }
      }
    }
    int[] predicted =
        ArabicNameFinder.search(
                n,
                k,
                beamSize,
                other,
                valid,
                (i, po, ppo, out) -> {
                  for (int o = 0; o < k; o++) {
                    out[o] =
                        fixed[i][o]
                            + weights[poIds[po] * k + o]
                            + weights[s.pow[i][po] * k + o]
                            + weights[s.powf[i][po] * k + o]
                            + weights[ppoIds[ppo] * k + o];
                  }
                })
            .outcomes();
    for (int i = 0; i < n; i++) {
      int g = s.gold[i];
      int p = predicted[i];
      int gpo = i > 0 ? s.gold[i - 1] : other;
      int gppo = i > 1 ? s.gold[i - 2] : other;
      int ppo = i > 0 ? predicted[i - 1] : other;
      int pppo = i > 1 ? predicted[i - 2] : other;
      if (g == p && gpo == ppo && gppo == pppo) {
        continue;
      }
      if (g != p) {
        for (int f : s.fixed[i]) {
          update(f, g, 1);
          update(f, p, -1);
        }
      }
      update(poIds[gpo], g, 1);
      update(s.pow[i][gpo], g, 1);
      update(s.powf[i][gpo], g, 1);
      update(ppoIds[gppo], g, 1);
      update(poIds[ppo], p, -1);
      update(s.pow[i][ppo], p, -1);
      update(s.powf[i][ppo], p, -1);
      update(ppoIds[pppo], p, -1);
    }
    clock++;
  }

  private void update(int feature, int outcome, double delta) {
    int at = feature * k + outcome;
    weights[at] += delta;
    updates[at] += clock * delta;
  }

  /** The averaged weights as a perceptron model, with only the non-zero weights kept. */
  private PerceptronModel averaged() {
    int features = names.size();
    List<Context> params = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int[] outs = new int[k];
    double[] values = new double[k];
    for (int f = 0; f < features; f++) {
      int m = 0;
      for (int o = 0; o < k; o++) {
        double w = weights[f * k + o] - updates[f * k + o] / clock;
        if (w != 0) {
          outs[m] = o;
          values[m] = w;
          m++;
        }
      }
      if (m > 0) {
        params.add(new Context(Arrays.copyOf(outs, m), Arrays.copyOf(values, m)));
        labels.add(names.get(f));
      }
    }
    return new PerceptronModel(
        params.toArray(new Context[0]), labels.toArray(new String[0]), outcomes.clone());
  }
}
