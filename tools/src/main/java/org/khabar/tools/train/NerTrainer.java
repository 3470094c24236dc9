package org.khabar.tools.train;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.khabar.models.ner.ArabicFeatureDescriptor;
import org.khabar.models.ner.ArabicFeatureGenerator;
import org.khabar.models.ner.ArabicNameFinder;
import org.khabar.models.ner.EmbeddedLexicons;
import org.khabar.models.ner.Genre;
import org.khabar.models.ner.PerceptronWeights;
import org.khabar.ner.OpenNlpExtensions;

/**
 * Trains OpenNLP name finders for Arabic with fixed parameters: the same data and settings give the
 * same model. Immutable and thread-safe.
 *
 * @param features which feature set
 * @param algorithm OpenNLP trainer ({@code MAXENT} or {@code PERCEPTRON})
 * @param iterations training iterations
 * @param cutoff minimum count of a feature
 * @param orders how many perceptrons to train, each on the samples in another fixed order, and
 *     average into the model; 1 trains once, in the given order. OpenNLP's perceptron depends on
 *     the order of its data (it averages its weights once per pass, not after every update), and
 *     the average of several orders varies less and scores better than one of them
 */
public record NerTrainer(
    Features features,
    String algorithm,
    int iterations,
    int cutoff,
    int orders) {

  /** The feature sets Khabar compares. */
  public enum Features {
    /** OpenNLP's default name-finder features: the baseline. */
    BASELINE,
    /** Khabar's Arabic features: all groups. */
    ARABIC,
    /** Arabic features without gazetteers and learned lists (for ablation). */
    ARABIC_NO_LEXICONS,
    /** Arabic features without character trigrams (for ablation). */
    ARABIC_NO_NGRAMS,
    /** Arabic features without word clusters (for ablation). */
    ARABIC_NO_CLUSTERS,
    /**
     * Arabic features, each also copied for the genre of its sentence ({@link Genre}): news text
     * and encyclopedic text share the plain weights and keep their own in the copies.
     */
    ARABIC_GENRES
  }

  /** The bundled word clusters (computed by {@link WordClusters} from unlabeled news). */
  public static final String CLUSTERS_RESOURCE = "org/khabar/models/ner/word-clusters.txt";

  /**
   * The settings of the bundled model.
   *
   * @return the bundled settings
   */
  public static NerTrainer defaults() {
    return new NerTrainer(Features.ARABIC_GENRES, "PERCEPTRON", 300, 1, 3);
  }

  /** Seed of the sample orders after the first when several {@link #orders} are averaged. */
  static final long ORDER_SEED = 20261123L;

  /**
   * Validates the settings.
   *
   * @param features the feature set
   * @param algorithm OpenNLP's training algorithm
   * @param iterations the training iterations
   * @param cutoff the least count of a feature
   * @param orders how many training orders to average, at least 1
   * @throws IllegalArgumentException if the settings do not go together
   */
  public NerTrainer {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(algorithm, "algorithm");
    if (orders < 1) {
      throw new IllegalArgumentException("orders must be >= 1: " + orders);
    }
    if (orders > 1 && !"PERCEPTRON".equals(algorithm)) {
      throw new IllegalArgumentException(
          "averaging " + orders + " orders needs the PERCEPTRON algorithm, not " + algorithm);
    }
  }

  /**
   * A trainer that trains once.
   *
   * @param features the feature set
   * @param algorithm OpenNLP's training algorithm
   * @param iterations the training iterations
   * @param cutoff the least count of a feature
   */
  public NerTrainer(Features features, String algorithm, int iterations, int cutoff) {
    this(features, algorithm, iterations, cutoff, 1);
  }

  /**
   * A copy with other features.
   *
   * @param f the feature set
   * @return the copy
   */
  public NerTrainer withFeatures(Features f) {
    return new NerTrainer(f, algorithm, iterations, cutoff, orders);
  }

  /**
   * A copy that averages {@code n} orders ({@link #orders}).
   *
   * @param n how many orders
   * @return the copy
   */
  public NerTrainer withOrders(int n) {
    return new NerTrainer(features, algorithm, iterations, cutoff, n);
  }

  /**
   * OpenNLP's training parameters: single-threaded for reproducibility.
   *
   * @return the parameters
   */
  public TrainingParameters parameters() {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return params;
  }

  /**
   * The feature descriptor for {@code train}; learned lists come from {@code train} only.
   *
   * @param train the training sentences
   * @param givenNames the given-names list
   * @return the descriptor XML
   * @throws IOException if the descriptor cannot be written
   */
  public byte[] descriptor(List<NameSample> train, Collection<String> givenNames)
      throws IOException {
    switch (features) {
      case BASELINE:
        try (InputStream in =
            NameFinderME.class.getResourceAsStream(
                "/opennlp/tools/namefind/ner-default-features.xml")) {
          if (in == null) {
            throw new IOException("OpenNLP's default feature descriptor is missing");
          }
          return in.readAllBytes();
        }
      case ARABIC_NO_LEXICONS:
        return new ArabicFeatureDescriptor(
                true, true, true, false, List.of(), List.of(), List.of(), CLUSTERS_RESOURCE, null)
            .toXml();
      default:
        LearnedLexicons lex = LearnedLexicons.learn(train);
        return new ArabicFeatureDescriptor(
                true, features != Features.ARABIC_NO_NGRAMS, true, true, givenNames,
                lex.titles(), lex.orgHeads(),
                features == Features.ARABIC_NO_CLUSTERS ? "" : CLUSTERS_RESOURCE,
                features == Features.ARABIC_GENRES ? Genre.NEWS : null)
            .toXml();
    }
  }

  /**
   * Trains a model on {@code train}, all of it news.
   *
   * @param train the training sentences
   * @param givenNames the given-names list
   * @return the model
   * @throws IOException if training fails to write the model
   */
  public TokenNameFinderModel train(List<NameSample> train, Collection<String> givenNames)
      throws IOException {
    return train(train, Map.of(), givenNames);
  }

  /**
   * Trains a model on {@code train}. {@code domains} maps samples (by identity) to the kind of
   * text they are: {@code "encyclopedic"} ({@link Genre#ENCYCLOPEDIC}), or another name for a
   * corpus that gets feature copies of its own which no genre decodes with; samples not in it are
   * news. The domains matter only to {@link Features#ARABIC_GENRES}; other feature sets treat all
   * samples alike.
   *
   * @param train the training sentences
   * @param domains the kind of text of each sample, by identity; news when absent
   * @param givenNames the given-names list
   * @return the model
   * @throws IOException if training fails to write the model
   */
  public TokenNameFinderModel train(
      List<NameSample> train, Map<NameSample, String> domains, Collection<String> givenNames)
      throws IOException {
    Objects.requireNonNull(domains, "domains");
    OpenNlpExtensions.register();
    byte[] descriptor = descriptor(train, givenNames);
    // The places and clusters go inside the model: an ICU4J upgrade cannot change it.
    Map<String, Object> lexicons = EmbeddedLexicons.forDescriptor(descriptor);
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(
            null, descriptor, lexicons, new BioCodec());
    TokenNameFinderModel local;
    if (orders == 1) {
      local = trainOnce(train, domains, descriptor, lexicons, factory);
    } else {
      WeightMean mean = new WeightMean();
      for (int k = 0; k < orders; k++) {
        mean.add((MaxentModel) trainOnce(order(train, k), domains, descriptor, lexicons, factory)
            .getArtifact("nameFinder.model"));
      }
      local = new TokenNameFinderModel(
          "ar", mean.model(), NameFinderME.DEFAULT_BEAM_SIZE, descriptor, lexicons, Map.of(),
          factory.createSequenceCodec(), factory);
    }
    return local;
  }

  /** One model trained on {@code train} in the order given. */
  private TokenNameFinderModel trainOnce(
      List<NameSample> train,
      Map<NameSample, String> domains,
      byte[] descriptor,
      Map<String, Object> lexicons,
      TokenNameFinderFactory factory)
      throws IOException {
    return features == Features.ARABIC_GENRES
        ? trainByDomain(train, domains, descriptor, lexicons, factory)
        : NameFinderME.train(
            "ar", null, new CollectionObjectStream<>(train), parameters(), factory);
  }

  /**
   * The {@code k}-th training order of {@code samples}: as given for {@code k = 0}, otherwise
   * shuffled with a seed fixed by {@code k}.
   */
  static List<NameSample> order(List<NameSample> samples, int k) {
    if (k == 0) {
      return samples;
    }
    List<NameSample> shuffled = new ArrayList<>(samples);
    Collections.shuffle(shuffled, new Random(ORDER_SEED + k));
    return shuffled;
  }

  /**
   * What {@link NameFinderME#train} does for an event trainer, with the feature generator switched
   * to each sample's domain before its events are made.
   */
  private TokenNameFinderModel trainByDomain(
      List<NameSample> train,
      Map<NameSample, String> domains,
      byte[] descriptor,
      Map<String, Object> lexicons,
      TokenNameFinderFactory factory)
      throws IOException {
    ArabicFeatureGenerator news = ArabicNameFinder.arabicGenerator(factory.createFeatureGenerators())
        .orElseThrow(() -> new IllegalStateException("genre features need Arabic features only"));
    Map<NameSample, String> byIdentity = new IdentityHashMap<>(domains);
    Map<String, ArabicFeatureGenerator> generators = new HashMap<>();
    generators.put(Genre.NEWS.id(), news);
    for (String domain : byIdentity.values()) {
      generators.computeIfAbsent(domain, news::forDomain);
    }
    DomainSwitch features = new DomainSwitch(news);
    SequenceCodec<String> codec = factory.createSequenceCodec();
    ObjectStream<Event> events =
        new NameFinderEventStream(
            new CollectionObjectStream<>(train),
            null,
            new DefaultNameContextGenerator(features),
            codec) {
          @Override
          protected Iterator<Event> createEvents(NameSample sample) {
            features.current =
                generators.get(byIdentity.getOrDefault(sample, Genre.NEWS.id()));
            return super.createEvents(sample);
          }
        };
    Map<String, String> manifest = new HashMap<>();
    MaxentModel maxent = TrainerFactory.getEventTrainer(parameters(), manifest).train(events);
    List<String> trainingOnly = new ArrayList<>();
    for (String domain : generators.keySet()) {
      if (Genre.byId(domain).isEmpty()) {
        trainingOnly.add(domain + ":");
      }
    }
    maxent = withoutPredicates(maxent, trainingOnly);
    return new TokenNameFinderModel(
        "ar", maxent, NameFinderME.DEFAULT_BEAM_SIZE, descriptor, lexicons, manifest, codec,
        factory);
  }

  /**
   * {@code model} without the predicates that start with one of {@code prefixes}: the feature
   * copies of training-only domains, which no genre generates at decoding time. Decoding is
   * unchanged; the model is smaller. Models other than perceptrons are returned as they are.
   */
  static MaxentModel withoutPredicates(MaxentModel model, List<String> prefixes) {
    if (prefixes.isEmpty() || !(model instanceof PerceptronModel perceptron)) {
      return model;
    }
    Map<String, Context> pmap = PerceptronWeights.byPredicate(perceptron);
    String[] outcomes = PerceptronWeights.outcomes(perceptron);
    List<String> labels = new ArrayList<>(pmap.size());
    List<Context> params = new ArrayList<>(pmap.size());
    for (Map.Entry<String, Context> e : new TreeMap<>(pmap).entrySet()) {
      if (prefixes.stream().noneMatch(e.getKey()::startsWith)) {
        labels.add(e.getKey());
        params.add(e.getValue());
      }
    }
    return new PerceptronModel(
        params.toArray(new Context[0]), labels.toArray(new String[0]), outcomes);
  }

  /** Delegates to the generator of the domain of the sample being read. */
  private static final class DomainSwitch implements AdaptiveFeatureGenerator {
    AdaptiveFeatureGenerator current;

    DomainSwitch(AdaptiveFeatureGenerator initial) {
      this.current = initial;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] prior) {
      current.createFeatures(features, tokens, index, prior);
    }

    @Override
    public void clearAdaptiveData() {
      current.clearAdaptiveData();
    }
  }

  @Override
  public String toString() {
    return features + " " + algorithm + " iterations=" + iterations + " cutoff=" + cutoff
        + " BIO"
        + (orders > 1 ? " orders=" + orders : "");
  }
}
