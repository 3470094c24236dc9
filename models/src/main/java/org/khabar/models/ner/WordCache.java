package org.khabar.models.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.khabar.models.ner.ArabicFeatureGenerator.Word;

/**
 * What every finder of one model and genre shares: the model's parts, and the weights each word
 * form contributes, added up once and kept in a bounded cache of two generations. Thread-safe.
 */
final class WordCache {
  final DecodableModel decodable;
  /** The features of the genre, without their copies. */
  final ArabicFeatureGenerator features;
  /** The layer of the weight table that holds the copies' weights; 0 for a model without genres. */
  final int layer;
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
  WordCache(DecodableModel decodable, int cacheSize, Genre genre) {
    this.decodable = decodable;
    ArabicFeatureGenerator withCopies =
        genre == null ? decodable.features : decodable.features.forGenre(genre);
    this.layer = decodable.weights.layer(withCopies.copyPrefix());
    this.features = withCopies.withoutCopies();
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
    if (cacheSize == 0 || token.length() > ArabicNameFinder.MAX_CACHED_CHARS) {
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
    decodable.weights.addAll(sum, featureNames, layer);
    return sum;
  }

  /** The slot of the neighbour at distance {@code d} in {@link Entry#neighbour}. */
  static int slot(int d) {
    return d < 0 ? d + ArabicFeatureGenerator.WINDOW : d + ArabicFeatureGenerator.WINDOW - 1;
  }

  /**
   * The weights a word form contributes, added up once. The previous-outcome features are looked up
   * when first needed.
   */
  static final class Entry {
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
    double[] previous(WordCache c, int po) {
      Weights w = previous[po];
      if (w == null) {
        DecodableModel d = c.decodable;
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
}
