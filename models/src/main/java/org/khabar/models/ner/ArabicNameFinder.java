package org.khabar.models.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.khabar.models.ner.ArabicFeatureGenerator.Word;
import org.khabar.ner.OpenNlpExtensions;

/**
 * Decodes a perceptron name-finder model with {@link ArabicFeatureGenerator} features the way
 * OpenNLP's {@link NameFinderME} does (the same beam search, sequence validation, normalization and
 * span probabilities) but several times faster.
 *
 * <p>{@link NameFinderME} builds every feature string of a token again for each hypothesis in the
 * beam and looks each one up. Here the weights of a token's {@linkplain
 * ArabicFeatureGenerator#ownFeatures own} and {@linkplain ArabicFeatureGenerator#neighbourFeatures
 * neighbour} features are added up once per word form and kept in a bounded cache shared by all
 * threads; only the few features that depend on the sentence and the previous outcomes are looked
 * up per token and per hypothesis. The sums group the same weights differently, so scores may differ
 * from {@link NameFinderME}'s in the last bits; {@code ArabicNameFinderTest} checks that names and
 * their probabilities agree. One difference is deliberate: OpenNLP's beam search drops every path
 * whose log probability falls below -100,000, which a sentence of more than about 24,000 tokens (a
 * megabyte without punctuation) reaches, and {@link NameFinderME} then fails on it; this decoder
 * drops no path and tags any length. Another: harakat, tatweel and invisible format chars in a
 * token are ignored ({@code مُحَمَّد} and {@code مـحـمـد} read as {@code محمد}), as the features
 * ignore them; {@link NameFinderME} keeps them in its previous-outcome-and-word feature, so it
 * reads vocalized or stretched text worse than the plain text the model was trained on.
 *
 * <p>{@link #factory} tells whether a model can be decoded this way: a {@link PerceptronModel} with
 * BIO outcomes whose only feature generator is an {@link ArabicFeatureGenerator} (no adaptive
 * features). The factories copy the model's weights into a compact table and keep neither the model
 * nor OpenNLP's map of its weights, which takes about three times as much heap; {@link #factories}
 * gives several genres over one copy. A finder is not thread-safe (like {@link NameFinderME}); the
 * factory and its cache are.
 */
public final class ArabicNameFinder implements TokenNameFinder {

  /**
   * How many word forms the shared cache holds at most (about a kilobyte each): two generations of
   * half as many, the older dropped when the younger fills.
   */
  public static final int DEFAULT_CACHE_SIZE = 50_000;

  /**
   * The longest word form the cache keeps, in chars: no name word is longer, and a text of long
   * junk words would otherwise pin their features, so the cache's memory is bounded by its size
   * times this length.
   */
  public static final int MAX_CACHED_CHARS = 48;

  private static final String OTHER = NameFinderME.OTHER;

  private final Compiled compiled;
  private final List<String> lastOutcomes = new ArrayList<>();
  private double[] lastProbs = new double[0];

  private ArabicNameFinder(Compiled compiled) {
    this.compiled = compiled;
  }

  /**
   * A factory of finders for {@code model}, sharing one cache of {@code cacheSize} word forms, or
   * empty when the model is not one this class decodes (then use {@link NameFinderME}).
   *
   * @param model a name-finder model
   * @param cacheSize word forms to keep; 0 turns the cache off (every word is scored afresh)
   * @return the finder factory, or empty when this class cannot decode the model
   * @throws IllegalArgumentException if {@code cacheSize} is negative
   */
  public static Optional<Supplier<TokenNameFinder>> factory(
      TokenNameFinderModel model, int cacheSize) {
    return finders(model, cacheSize, null);
  }

  /**
   * {@link #factory(TokenNameFinderModel, int)} decoding for {@code genre}, for a model trained
   * with genre features. Only this class decodes for a genre other than the model's own, so a
   * model it cannot decode is refused rather than left to {@link NameFinderME}.
   *
   * @param model a name-finder model trained with genre features
   * @param cacheSize word forms to keep; 0 turns the cache off
   * @param genre the kind of text
   * @return the finder factory
   * @throws IllegalArgumentException if the model has no genre features, or is not one this class
   *     decodes, or {@code cacheSize} is negative
   */
  public static Supplier<TokenNameFinder> factory(
      TokenNameFinderModel model, int cacheSize, Genre genre) {
    return finders(model, cacheSize, Objects.requireNonNull(genre, "genre"))
        .orElseThrow(() -> new IllegalArgumentException(
            "genre " + genre.id() + " needs a perceptron model with BIO outcomes and Khabar's "
                + "Arabic features only"));
  }

  /** The factories above; {@code genre} null decodes for the model's own genre, if any. */
  private static Optional<Supplier<TokenNameFinder>> finders(
      TokenNameFinderModel model, int cacheSize, Genre genre) {
    Objects.requireNonNull(model, "model");
    checkCacheSize(cacheSize);
    return Decodable.of(model).map(d -> finders(d, cacheSize, genre));
  }

  /**
   * Factories for each of {@code genres}, as {@link #factory(TokenNameFinderModel, int, Genre)}
   * gives them, sharing one copy of the model's weights (each has its own cache). The factories do
   * not keep {@code model}: its weights are copied into a table about a third of the size of
   * OpenNLP's, so once the caller drops the model only that copy stays in memory.
   *
   * @param model a name-finder model trained with genre features
   * @param cacheSize word forms to keep in the shared cache; 0 turns it off
   * @param genres the genres to decode for
   * @return a factory by genre, in the order of {@link Genre}
   * @throws IllegalArgumentException if the model has no genre features, or is not one this class
   *     decodes, or {@code cacheSize} is negative
   */
  public static Map<Genre, Supplier<TokenNameFinder>> factories(
      TokenNameFinderModel model, int cacheSize, Collection<Genre> genres) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(genres, "genres");
    checkCacheSize(cacheSize);
    Map<Genre, Supplier<TokenNameFinder>> out = new EnumMap<>(Genre.class);
    if (genres.isEmpty()) {
      return out;
    }
    Decodable decodable =
        Decodable.of(model)
            .orElseThrow(() -> new IllegalArgumentException(
                "genres " + genres.stream().map(Genre::id).toList() + " need a perceptron model "
                    + "with BIO outcomes and Khabar's Arabic features only"));
    for (Genre genre : genres) {
      out.put(genre, finders(decodable, cacheSize, Objects.requireNonNull(genre, "genre")));
    }
    return out;
  }

  /**
   * Factories for each of {@code genres} over a compiled decoder ({@link CompiledDecoder}), as
   * {@link #factories(TokenNameFinderModel, int, Collection)} gives them over the model it was
   * compiled from: the same names and probabilities.
   *
   * @param compiled a compiled decoder
   * @param cacheSize word forms to keep in the shared cache; 0 turns it off
   * @param genres the genres to decode for
   * @return a factory by genre, in the order of {@link Genre}
   * @throws IllegalArgumentException if the decoder's model has no genre features and a genre is
   *     asked, or {@code cacheSize} is negative
   * @throws IllegalStateException if the decoder's feature descriptor cannot be read
   */
  public static Map<Genre, Supplier<TokenNameFinder>> factories(
      CompiledDecoder compiled, int cacheSize, Collection<Genre> genres) {
    Objects.requireNonNull(compiled, "compiled");
    Objects.requireNonNull(genres, "genres");
    checkCacheSize(cacheSize);
    Map<Genre, Supplier<TokenNameFinder>> out = new EnumMap<>(Genre.class);
    if (genres.isEmpty()) {
      return out;
    }
    Decodable decodable = Decodable.of(compiled);
    for (Genre genre : genres) {
      out.put(genre, finders(decodable, cacheSize, Objects.requireNonNull(genre, "genre")));
    }
    return out;
  }

  /**
   * The parts of {@code model} a compiled decoder keeps, or empty when this class does not decode
   * it: its outcomes, beam size and weights.
   */
  static Optional<CompiledDecoder.Parts> parts(TokenNameFinderModel model) {
    return Decodable.of(model).map(d -> new CompiledDecoder.Parts(
        d.outcomes.clone(), d.beamSize, d.weights));
  }

  private static void checkCacheSize(int cacheSize) {
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be >= 0: " + cacheSize);
    }
  }

  /** A factory of finders sharing one {@link Compiled} of {@code decodable} for {@code genre}. */
  private static Supplier<TokenNameFinder> finders(Decodable decodable, int cacheSize, Genre genre) {
    Compiled compiled;
    try {
      compiled = new Compiled(decodable, cacheSize, genre);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return () -> new ArabicNameFinder(compiled);
  }

  /**
   * {@link #factory(TokenNameFinderModel, int)} with {@link #DEFAULT_CACHE_SIZE}.
   *
   * @param model a name-finder model
   * @return the finder factory, or empty when this class cannot decode the model
   */
  public static Optional<Supplier<TokenNameFinder>> factory(TokenNameFinderModel model) {
    return factory(model, DEFAULT_CACHE_SIZE);
  }

  /**
   * The {@link ArabicFeatureGenerator} that {@code generator} (as OpenNLP builds it from a
   * descriptor, perhaps cached and aggregated) consists of, or empty when it has other parts.
   *
   * @param generator OpenNLP's feature generator of a model
   * @return the Arabic generator, or empty
   */
  public static Optional<ArabicFeatureGenerator> arabicGenerator(
      AdaptiveFeatureGenerator generator) {
    List<AdaptiveFeatureGenerator> leaves = new ArrayList<>();
    flatten(generator, leaves);
    return leaves.size() == 1 && leaves.get(0) instanceof ArabicFeatureGenerator arabic
        ? Optional.of(arabic)
        : Optional.empty();
  }

  /** The leaves of {@code g}: its parts, through caching and aggregating generators. */
  private static void flatten(AdaptiveFeatureGenerator g, List<AdaptiveFeatureGenerator> out) {
    if (g instanceof CachedFeatureGenerator cached) {
      flatten(cached.getCachedFeatureGenerator(), out);
    } else if (g instanceof AggregatedFeatureGenerator aggregated) {
      Collection<AdaptiveFeatureGenerator> parts = aggregated.getGenerators();
      for (AdaptiveFeatureGenerator part : parts) {
        flatten(part, out);
      }
    } else if (g != null) {
      out.add(g);
    }
  }

  /** How many word forms the cache this finder shares holds now; for tests. */
  int cachedForms() {
    return compiled.cachedForms();
  }

  @Override
  public Span[] find(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    Compiled c = compiled;
    int n = tokens.length;
    int outcomes = c.decodable.outcomes.length;
    Entry[] entries = new Entry[n];
    Word[] words = new Word[n];
    for (int i = 0; i < n; i++) {
      // Marks change no feature but the previous-outcome-and-word one, which sees the token.
      entries[i] = c.entry(ArabicFold.withoutMarks(tokens[i]));
      words[i] = entries[i].word;
    }
    String[] places = c.features.places(words);
    double[][] fixed = new double[n][];
    List<String> scratch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] sum = entries[i].own.clone();
      for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
        int j = i + d;
        if (d != 0 && j >= 0 && j < n) {
          add(sum, entries[j].neighbour[slot(d)]);
        }
      }
      scratch.clear();
      c.features.positionFeatures(scratch, words, places, i);
      for (String feature : scratch) {
        c.decodable.weights.add(sum, feature);
      }
      fixed[i] = sum;
    }
    Hypothesis best =
        search(
            n,
            outcomes,
            c.decodable.beamSize,
            c.decodable.other,
            c.decodable.valid,
            (i, po, ppo, out) -> {
              System.arraycopy(fixed[i], 0, out, 0, outcomes);
              add(out, c.decodable.history[po * outcomes + ppo]);
              add(out, entries[i].previous(c, po));
            });
    lastOutcomes.clear();
    lastProbs = new double[n];
    String[] names = new String[n];
    for (Hypothesis h = best; h.parent != null; h = h.parent) {
      lastProbs[h.length - 1] = h.prob;
      names[h.length - 1] = c.decodable.outcomes[h.outcome];
    }
    lastOutcomes.addAll(Arrays.asList(names));
    Span[] spans = c.decodable.codec.decode(lastOutcomes);
    for (int k = 0; k < spans.length; k++) {
      double p = 0;
      for (int i = spans[k].getStart(); i < spans[k].getEnd(); i++) {
        p += lastProbs[i];
      }
      spans[k] = new Span(spans[k], p / spans[k].length());
    }
    return spans;
  }

  /**
   * The probability of each outcome of the last sentence, as {@link NameFinderME#probs()}.
   *
   * @return the probabilities
   */
  public double[] probs() {
    return lastProbs.clone();
  }

  /** Nothing to clear: the models this class decodes have no adaptive features. */
  @Override
  public void clearAdaptiveData() {}

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

  private static void add(double[] sum, double[] v) {
    for (int o = 0; o < sum.length; o++) {
      sum[o] += v[o];
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

  private static int slot(int d) {
    return d < 0 ? d + ArabicFeatureGenerator.WINDOW : d + ArabicFeatureGenerator.WINDOW - 1;
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

  /**
   * The weights a word form contributes, added up once. The previous-outcome features are looked up
   * when first needed.
   */
  private static final class Entry {
    final Word word;
    final double[] own;
    final double[][] neighbour;
    final String token;
    /** The indices of {@code "powf=" + previous outcome + "," + shape}, by previous outcome. */
    final int[] powf;
    private final Weights[] previous;

    Entry(Word word, double[] own, double[][] neighbour, String token, int[] powf) {
      this.word = word;
      this.own = own;
      this.neighbour = neighbour;
      this.token = token;
      this.powf = powf;
      this.previous = new Weights[powf.length];
    }

    /**
     * The weights of {@code "pow=" + previous outcome + "," + token} and {@code "powf=" + previous
     * outcome + "," + shape}, added up.
     */
    double[] previous(Compiled c, int po) {
      Weights w = previous[po];
      if (w == null) {
        Decodable d = c.decodable;
        double[] p = new double[d.outcomes.length];
        d.weights.add(p, "pow=" + d.outcomes[po] + "," + token);
        d.weights.add(p, powf[po]);
        // Racing threads compute the same sums; the final field publishes the array's contents.
        w = new Weights(p);
        previous[po] = w;
      }
      return w.sums();
    }
  }

  /** Summed weights by outcome, behind a final field so that they can be shared without a lock. */
  private record Weights(double[] sums) {}

  /**
   * What the finders of one model share whatever the genre: a compact copy of its weights (the
   * model itself is not kept), its outcome tables, and the previous-outcome weights by token shape.
   */
  private static final class Decodable {
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

    private Decodable(
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
      other = Arrays.asList(outcomes).indexOf(OTHER);
      history = new double[n * n][];
      for (int po = 0; po < n; po++) {
        for (int ppo = 0; ppo < n; ppo++) {
          double[] sum = new double[n];
          weights.add(sum, "po=" + outcomes[po]);
          weights.add(sum, "ppo=" + outcomes[ppo]);
          history[po * n + ppo] = sum;
        }
      }
      valid = transitions(codec, outcomes);
    }

    /** The model's decodable parts, or empty when this class does not decode it. */
    @SuppressWarnings("unchecked")
    static Optional<Decodable> of(TokenNameFinderModel model) {
      Object maxent = model.getArtifact("nameFinder.model");
      if (!(maxent instanceof PerceptronModel perceptron) || perceptron.getIndex(OTHER) < 0
          || perceptron.getNumOutcomes() > Byte.MAX_VALUE + 1) {
        return Optional.empty();
      }
      SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
      if (!(codec instanceof BioCodec)) {
        return Optional.empty();
      }
      Optional<ArabicFeatureGenerator> found =
          arabicGenerator(model.getFactory().createFeatureGenerators());
      if (found.isEmpty()) {
        return Optional.empty();
      }
      String beam = model.getManifestProperty("BeamSize");
      int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
      Map<String, Context> pmap = (Map<String, Context>) perceptron.getDataStructures()[1];
      String[] outcomes = new String[perceptron.getNumOutcomes()];
      for (int o = 0; o < outcomes.length; o++) {
        outcomes[o] = perceptron.getOutcome(o);
      }
      return Optional.of(
          new Decodable(found.get(), outcomes, WeightTable.of(pmap), beamSize, codec));
    }

    /**
     * The decodable parts of a compiled decoder: its weights as they are, its feature generator
     * built from its descriptor as OpenNLP builds a model's.
     */
    static Decodable of(CompiledDecoder compiled) {
      CldrPlaceNames.offer(compiled.icuVersion(), compiled.places());
      OpenNlpExtensions.register();
      AdaptiveFeatureGenerator generator;
      try {
        generator = new TokenNameFinderFactory(
            compiled.featureDescriptor(), Map.of(), new BioCodec()).createFeatureGenerators();
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            compiled.source() + ": its feature descriptor cannot be read: " + e.getMessage(), e);
      }
      ArabicFeatureGenerator features = arabicGenerator(generator).orElseThrow(
          () -> new IllegalStateException(
              compiled.source() + ": its feature descriptor has parts other than Khabar's"
                  + " Arabic features"));
      return new Decodable(features, compiled.outcomes(), compiled.weights(),
          compiled.beamSize(), new BioCodec());
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

  /** What every finder of one model and genre shares: the model's parts and the word cache. */
  private static final class Compiled {
    final Decodable decodable;
    final ArabicFeatureGenerator features;
    final int cacheSize;
    /**
     * The word cache in two generations: when the young one is full it becomes the old one, and
     * words found in the old one move back; so frequent words stay while rare ones age out.
     */
    private volatile ConcurrentHashMap<String, Entry> young;
    private volatile ConcurrentHashMap<String, Entry> old = new ConcurrentHashMap<>();

    /**
     * Finders' shared state for {@code genre}, or the model's own genre when null.
     *
     * @throws IllegalStateException if {@code genre} is given and the model has no genre features
     */
    Compiled(Decodable decodable, int cacheSize, Genre genre) {
      this.decodable = decodable;
      this.features = genre == null ? decodable.features : decodable.features.forGenre(genre);
      this.cacheSize = cacheSize;
      this.young = generation();
    }

    /** How many word forms the cache holds now. */
    int cachedForms() {
      return young.size() + old.size();
    }

    /** A young generation sized for its bound, so that filling it never resizes its table. */
    private ConcurrentHashMap<String, Entry> generation() {
      return new ConcurrentHashMap<>(Math.max(16, (cacheSize + 1) / 2 + 1));
    }

    Entry entry(String token) {
      if (cacheSize == 0 || token.length() > MAX_CACHED_CHARS) {
        return score(token);
      }
      ConcurrentHashMap<String, Entry> y = young;
      Entry e = y.get(token);
      if (e != null) {
        return e;
      }
      e = old.get(token);
      if (e == null) {
        e = score(token);
      }
      if (y.size() >= (cacheSize + 1) / 2) {
        synchronized (this) {
          if (young == y) {
            old = y;
            young = generation();
          }
          y = young;
        }
      }
      y.put(token, e);
      return e;
    }

    private Entry score(String token) {
      Word word = features.word(token);
      List<String> scratch = new ArrayList<>();
      features.ownFeatures(scratch, word);
      double[] own = sum(scratch);
      double[][] neighbour = new double[2 * ArabicFeatureGenerator.WINDOW][];
      for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
        if (d != 0) {
          scratch.clear();
          features.neighbourFeatures(scratch, word, d);
          neighbour[slot(d)] = sum(scratch);
        }
      }
      int[] powf = decodable.powf(FeatureGeneratorUtil.tokenFeature(token));
      return new Entry(word, own, neighbour, token, powf);
    }

    private double[] sum(List<String> featureNames) {
      double[] sum = new double[decodable.outcomes.length];
      for (String f : featureNames) {
        decodable.weights.add(sum, f);
      }
      return sum;
    }
  }
}
