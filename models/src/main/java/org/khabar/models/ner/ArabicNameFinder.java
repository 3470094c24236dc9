package org.khabar.models.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import org.khabar.models.ner.ArabicFeatureGenerator.Word;

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

  private final WordCache compiled;
  private final List<String> lastOutcomes = new ArrayList<>();
  private double[] lastProbs = new double[0];

  private ArabicNameFinder(WordCache compiled) {
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
    return DecodableModel.of(model).map(d -> finders(d, cacheSize, genre));
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
    DecodableModel decodable =
        DecodableModel.of(model)
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
    DecodableModel decodable = DecodableModel.of(compiled);
    for (Genre genre : genres) {
      out.put(genre, finders(decodable, cacheSize, Objects.requireNonNull(genre, "genre")));
    }
    return out;
  }

  /**
   * The given names the features of {@code model} mark, as its descriptor lists them; empty for
   * a model without Khabar's Arabic features or without the list.
   *
   * @param model a name-finder model
   * @return its given names
   */
  public static Set<String> givenNames(TokenNameFinderModel model) {
    Object descriptor = Objects.requireNonNull(model, "model").getArtifact("generator.featuregen");
    return descriptor instanceof byte[] xml
        ? ArabicFeatureDescriptor.words(xml, "givenNames")
        : Set.of();
  }

  /**
   * The given names the features of the model {@code compiled} was compiled from mark.
   *
   * @param compiled a compiled decoder
   * @return its given names
   */
  public static Set<String> givenNames(CompiledDecoder compiled) {
    return ArabicFeatureDescriptor.words(
        Objects.requireNonNull(compiled, "compiled").featureDescriptor(), "givenNames");
  }

  /**
   * The parts of {@code model} a compiled decoder keeps, or empty when this class does not decode
   * it: its outcomes, beam size and weights.
   */
  static Optional<CompiledDecoder.Parts> parts(TokenNameFinderModel model) {
    return DecodableModel.of(model).map(d -> new CompiledDecoder.Parts(
        d.outcomes.clone(), d.beamSize, d.weights));
  }

  private static void checkCacheSize(int cacheSize) {
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be >= 0: " + cacheSize);
    }
  }

  /** A factory of finders sharing one {@link WordCache} of {@code decodable} for {@code genre}. */
  private static Supplier<TokenNameFinder> finders(DecodableModel decodable, int cacheSize, Genre genre) {
    WordCache compiled;
    try {
      compiled = new WordCache(decodable, cacheSize, genre);
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
    WordCache c = compiled;
    int n = tokens.length;
    int outcomes = c.decodable.outcomes.length;
    WordCache.Entry[] entries = new WordCache.Entry[n];
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
          add(sum, entries[j].neighbour[WordCache.slot(d)]);
        }
      }
      scratch.clear();
      c.features.positionFeatures(scratch, words, places, i);
      c.decodable.weights.addAll(sum, scratch, c.layer);
      fixed[i] = sum;
    }
    BeamSearch.Hypothesis best =
        BeamSearch.search(
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
    for (BeamSearch.Hypothesis h = best; h.parent != null; h = h.parent) {
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

  private static void add(double[] sum, double[] v) {
    for (int o = 0; o < sum.length; o++) {
      sum[o] += v[o];
    }
  }


}
