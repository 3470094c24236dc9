package org.khabar.models.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.Context;

/**
 * A read-only copy of a perceptron's weights, by predicate name, in a few flat arrays: the names
 * in one pool, an open-addressing hash index over them, and each predicate's outcomes and weights
 * side by side. A feature and its copies for each genre ({@code "news:" + name}, see {@link
 * ArabicFeatureGenerator}) are one predicate with a layer of weights each: layer 0 the feature's
 * own, layer {@code l} the copy that starts with the {@code l}-th layer prefix. A decoder looks the
 * name up once and adds the layers it decodes with. OpenNLP keeps a {@code HashMap<String,
 * Context>} with a string, a map node, a {@link Context} and two small arrays per predicate, about
 * 200 bytes each; this table needs about a quarter of that, so a decoder can hold it and let the
 * model go. The pool keeps a byte per char
 * when the names have at most 256 distinct chars (an Arabic model's have about 160), and a char
 * otherwise.
 *
 * <p>{@link #add} adds a predicate's weights in the order its {@link Context} lists them, so sums are
 * the same, bit for bit, as summing the contexts. Immutable, hence thread-safe.
 */
final class WeightTable {

  /** The most distinct chars of a pool kept a byte a char. */
  static final int ALPHABET = 256;

  /** The names, one after another, a byte a char into {@link #alphabet}; or null. */
  private final byte[] codes;
  /** The chars the codes stand for, {@link #ALPHABET} long; null with {@link #chars}. */
  private final char[] alphabet;
  /** The names, one after another, when they have more than {@link #ALPHABET} distinct chars. */
  private final char[] chars;
  /** Predicate {@code p}'s name is at {@code [nameStart[p], nameStart[p + 1])} of the pool. */
  private final int[] nameStart;
  /** Each predicate's name hash ({@link String#hashCode}), to skip most name comparisons. */
  private final int[] hashes;
  /**
   * By hash slot, the predicate's name hash in the high half and its index + 1 in the low half, so
   * that a probe reads one array; 0 is an empty slot. Its length is a power of two.
   */
  private final long[] slots;
  /** What the names of each layer's copies start with; the first is empty (the features' own). */
  private final String[] layerPrefixes;
  /**
   * Predicate {@code p}'s weights of layer {@code l} are at {@code [weightStart[p * L + l],
   * weightStart[p * L + l + 1])}, {@code L} the number of layers.
   */
  private final int[] weightStart;
  /** The outcome of each weight. */
  private final byte[] outcomes;
  private final double[] weights;

  private WeightTable(Pool pool, int[] nameStart, int[] hashes, String[] layerPrefixes,
      int[] weightStart, byte[] outcomes, double[] weights) {
    this.layerPrefixes = layerPrefixes;
    this.codes = pool.codes();
    this.alphabet = pool.alphabet();
    this.chars = pool.chars();
    this.nameStart = nameStart;
    this.hashes = hashes;
    this.weightStart = weightStart;
    this.outcomes = outcomes;
    this.weights = weights;
    this.slots = new long[capacity(hashes.length)];
    int mask = slots.length - 1;
    for (int p = 0; p < hashes.length; p++) {
      int s = spread(hashes[p]) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = (long) hashes[p] << 32 | (p + 1);
    }
  }

  /**
   * The names' chars: as codes into an alphabet of {@link #ALPHABET} chars (its unused places
   * {@code '\uffff'}), or as chars, one of the two null.
   *
   * @param codes a byte a char, or null
   * @param alphabet the chars of the codes, or null
   * @param chars the chars, or null
   */
  record Pool(byte[] codes, char[] alphabet, char[] chars) {

    /** The pool of {@code chars}: codes when they have at most {@link #ALPHABET} distinct chars. */
    static Pool of(char[] chars) {
      boolean[] seen = new boolean[Character.MAX_VALUE + 1];
      int distinct = 0;
      for (char c : chars) {
        if (!seen[c]) {
          seen[c] = true;
          distinct++;
        }
      }
      if (distinct > ALPHABET) {
        return new Pool(null, null, chars);
      }
      char[] alphabet = new char[ALPHABET];
      Arrays.fill(alphabet, '\uffff');
      byte[] code = new byte[Character.MAX_VALUE + 1];
      int k = 0;
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (seen[c]) {
          code[c] = (byte) k;
          alphabet[k++] = (char) c;
        }
      }
      byte[] codes = new byte[chars.length];
      for (int i = 0; i < chars.length; i++) {
        codes[i] = code[chars[i]];
      }
      return new Pool(codes, alphabet, null);
    }

    /** How many chars the pool holds. */
    int length() {
      return codes != null ? codes.length : chars.length;
    }

    /** The char at {@code i}. */
    char charAt(int i) {
      return codes != null ? alphabet[codes[i] & 0xFF] : chars[i];
    }
  }

  /**
   * A copy of {@code parameters} (predicate name to its weights, as a perceptron model keeps them)
   * in layers: a name that starts with {@code layerPrefixes.get(l)} ({@code l > 0}) gives the
   * weights of layer {@code l} of the predicate named without the prefix; any other name, those of
   * layer 0. Each layer's weights keep the order of their {@link Context}.
   *
   * @param layerPrefixes what each layer's names start with: the empty string, then distinct
   *     non-empty prefixes
   * @throws IllegalArgumentException if an outcome index does not fit in a {@code byte}, the
   *     names or weights together exceed what one array can hold, or the prefixes are not as
   *     described
   */
  static WeightTable of(Map<String, Context> parameters, List<String> layerPrefixes) {
    Objects.requireNonNull(parameters, "parameters");
    String[] prefixes = checkPrefixes(layerPrefixes);
    int layers = prefixes.length;
    // Predicate name (without its layer's prefix) to its context in each layer, in map order.
    Map<String, Context[]> byName = new LinkedHashMap<>();
    long weightCount = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      String name = e.getKey();
      int layer = 0;
      for (int l = 1; l < layers; l++) {
        if (name.startsWith(prefixes[l])) {
          layer = l;
          name = name.substring(prefixes[l].length());
          break;
        }
      }
      byName.computeIfAbsent(name, k -> new Context[layers])[layer] = e.getValue();
      weightCount += e.getValue().getOutcomes().length;
    }
    long charCount = 0;
    for (String name : byName.keySet()) {
      charCount += name.length();
    }
    int n = byName.size();
    if (charCount > Integer.MAX_VALUE - 8 || weightCount > Integer.MAX_VALUE - 8
        || (long) n * layers > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "model too large for a weight table: " + n + " predicates in " + layers + " layers, "
              + charCount + " name characters, " + weightCount + " weights");
    }
    char[] chars = new char[(int) charCount];
    int[] nameStart = new int[n + 1];
    int[] hashes = new int[n];
    int[] weightStart = new int[n * layers + 1];
    byte[] outcomes = new byte[(int) weightCount];
    double[] weights = new double[(int) weightCount];
    int p = 0;
    int c = 0;
    int w = 0;
    for (Map.Entry<String, Context[]> e : byName.entrySet()) {
      String name = e.getKey();
      name.getChars(0, name.length(), chars, c);
      c += name.length();
      nameStart[p + 1] = c;
      for (int l = 0; l < layers; l++) {
        Context context = e.getValue()[l];
        if (context != null) {
          int[] os = context.getOutcomes();
          double[] ps = context.getParameters();
          for (int a = 0; a < os.length; a++) {
            if (os[a] < 0 || os[a] > Byte.MAX_VALUE) {
              throw new IllegalArgumentException(
                  "outcome index out of range for a weight table: " + os[a] + " (predicate "
                      + prefixes[l] + name + ")");
            }
            outcomes[w] = (byte) os[a];
            weights[w++] = ps[a];
          }
        }
        weightStart[p * layers + l + 1] = w;
      }
      hashes[p] = name.hashCode();
      p++;
    }
    return new WeightTable(Pool.of(chars), nameStart, hashes, prefixes, weightStart, outcomes,
        weights);
  }

  private static String[] checkPrefixes(List<String> layerPrefixes) {
    String[] prefixes = layerPrefixes.toArray(new String[0]);
    if (prefixes.length == 0 || !prefixes[0].isEmpty() || prefixes.length > Byte.MAX_VALUE
        || new HashSet<>(layerPrefixes).size() != prefixes.length) {
      throw new IllegalArgumentException("layer prefixes must be \"\" and then distinct non-empty"
          + " prefixes: " + layerPrefixes);
    }
    return prefixes;
  }

  /**
   * A table of the given names and weights, its hash index built afresh: predicate {@code p} is
   * named {@code [nameStart[p], nameStart[p + 1])} of {@code pool}, its name hashes to {@code
   * hashes[p]}, and its layer {@code l} has the weights {@code [weightStart[p * L + l],
   * weightStart[p * L + l + 1])} of {@code outcomes} and {@code weights}, {@code L} the number of
   * {@code layerPrefixes}. The arrays are kept, not copied.
   *
   * @throws IllegalArgumentException if the arrays do not describe a table (lengths that disagree,
   *     offsets out of order, a negative outcome, layer prefixes not as {@link #of(Map, List)}
   *     takes them)
   */
  static WeightTable of(Pool pool, int[] nameStart, int[] hashes, List<String> layerPrefixes,
      int[] weightStart, byte[] outcomes, double[] weights) {
    String[] prefixes = checkPrefixes(layerPrefixes);
    int n = hashes.length;
    if (nameStart.length != n + 1 || weightStart.length != (long) n * prefixes.length + 1
        || outcomes.length != weights.length || nameStart[0] != 0 || weightStart[0] != 0
        || nameStart[n] != pool.length()
        || weightStart[weightStart.length - 1] != weights.length) {
      throw new IllegalArgumentException("weight table arrays of inconsistent lengths");
    }
    for (int p = 0; p < n; p++) {
      if (nameStart[p + 1] < nameStart[p]) {
        throw new IllegalArgumentException("weight table offsets out of order at predicate " + p);
      }
    }
    for (int k = 0; k + 1 < weightStart.length; k++) {
      if (weightStart[k + 1] < weightStart[k]) {
        throw new IllegalArgumentException("weight table offsets out of order at predicate "
            + k / prefixes.length);
      }
    }
    for (byte o : outcomes) {
      if (o < 0) {
        throw new IllegalArgumentException("negative outcome index in a weight table: " + o);
      }
    }
    return new WeightTable(pool, nameStart, hashes, prefixes, weightStart, outcomes, weights);
  }

  /** What the names of each layer's copies start with; the first is empty. */
  List<String> layerPrefixes() {
    return List.of(layerPrefixes);
  }

  /**
   * The layer whose copies start with {@code prefix}, 0 for null.
   *
   * @throws IllegalArgumentException if no layer has that prefix
   */
  int layer(String prefix) {
    if (prefix == null) {
      return 0;
    }
    int l = Arrays.asList(layerPrefixes).indexOf(prefix);
    if (l <= 0) {
      throw new IllegalArgumentException("no weights for the features of \"" + prefix + "\"; the"
          + " table has layers " + Arrays.toString(layerPrefixes));
    }
    return l;
  }

  /** The names' pool (the arrays themselves, not copies). */
  Pool pool() {
    return new Pool(codes, alphabet, chars);
  }

  /** Where each predicate's name starts in the pool, and the end (the array itself). */
  int[] nameStarts() {
    return nameStart;
  }

  /** Each predicate's name hash (the array itself). */
  int[] hashes() {
    return hashes;
  }

  /** Where each predicate's weights of each layer start, and the end (the array itself). */
  int[] weightStarts() {
    return weightStart;
  }

  /** The outcome of each weight (the array itself). */
  byte[] outcomes() {
    return outcomes;
  }

  /** Every weight (the array itself). */
  double[] weights() {
    return weights;
  }

  /** The largest outcome index any weight names, or -1 for a table without weights. */
  int maxOutcome() {
    int max = -1;
    for (byte o : outcomes) {
      max = Math.max(max, o);
    }
    return max;
  }

  /** A power of two at least 1.5 times {@code n} (load factor at most 2/3), and at least 2. */
  private static int capacity(int n) {
    long wanted = Math.max(2L, n + (n + 1L) / 2);
    long c = Long.highestOneBit(wanted);
    if (c < wanted) {
      c <<= 1;
    }
    if (c > 1 << 30) {
      throw new IllegalArgumentException("too many predicates for a weight table: " + n);
    }
    return (int) c;
  }

  /** Mixes the high bits of a string hash into the low ones used as a slot. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** How many predicates the table holds. */
  int size() {
    return hashes.length;
  }

  /** The predicate's index, or -1 when the table does not have it. */
  int indexOf(String name) {
    int h = name.hashCode();
    int mask = slots.length - 1;
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      long q = slots[s];
      if (q == 0) {
        return -1;
      }
      int p = (int) q - 1;
      if ((int) (q >>> 32) == h && nameEquals(p, name)) {
        return p;
      }
    }
  }

  private boolean nameEquals(int p, String name) {
    int from = nameStart[p];
    int length = nameStart[p + 1] - from;
    if (length != name.length()) {
      return false;
    }
    if (codes != null) {
      for (int k = 0; k < length; k++) {
        if (alphabet[codes[from + k] & 0xFF] != name.charAt(k)) {
          return false;
        }
      }
    } else {
      for (int k = 0; k < length; k++) {
        if (chars[from + k] != name.charAt(k)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Adds the weights of layer 0 of predicate {@code name}, if the table has it, to {@code sum} by
   * outcome.
   */
  void add(double[] sum, String name) {
    add(sum, indexOf(name), 0);
  }

  /** Adds the weights of layer 0 of predicate {@code p} ({@link #indexOf}; -1 adds nothing). */
  void add(double[] sum, int p) {
    add(sum, p, 0);
  }

  /**
   * Adds the weights of layer {@code layer} of predicate {@code p} ({@link #indexOf}; -1 adds
   * nothing) to {@code sum} by outcome.
   */
  void add(double[] sum, int p, int layer) {
    if (p >= 0) {
      int k = p * layerPrefixes.length + layer;
      for (int a = weightStart[k]; a < weightStart[k + 1]; a++) {
        sum[outcomes[a]] += weights[a];
      }
    }
  }

  /**
   * Adds to {@code sum} the weights of {@code names} in layer 0, then those of the same names in
   * layer {@code layer} (if not 0), in the order of the list: the sums, bit for bit, of adding the
   * names and then their copies with that layer's prefix one by one, each looked up once.
   */
  void addAll(double[] sum, List<String> names, int layer) {
    if (layer == 0) {
      for (int k = 0; k < names.size(); k++) {
        add(sum, indexOf(names.get(k)), 0);
      }
      return;
    }
    int[] found = new int[names.size()];
    int count = 0;
    for (int k = 0; k < found.length; k++) {
      int p = indexOf(names.get(k));
      if (p >= 0) {
        add(sum, p, 0);
        found[count++] = p;
      }
    }
    for (int k = 0; k < count; k++) {
      add(sum, found[k], layer);
    }
  }
}
