package org.khabar.models.ner;

import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.Context;

/**
 * A read-only copy of a perceptron's weights, by predicate name, in a few flat arrays: the names'
 * characters in one pool, an open-addressing hash index over them, and each predicate's outcomes and
 * weights side by side. OpenNLP keeps a {@code HashMap<String, Context>} with a string, a map node,
 * a {@link Context} and two small arrays per predicate, about 200 bytes each; this table needs about
 * a third of that, so a decoder can hold it and let the model go.
 *
 * <p>{@link #add} adds a predicate's weights in the order its {@link Context} lists them, so sums are
 * the same, bit for bit, as summing the contexts. Immutable, hence thread-safe.
 */
final class WeightTable {

  /** Every predicate name, one after another. */
  private final char[] chars;
  /** Predicate {@code p}'s name is {@code chars[nameStart[p], nameStart[p + 1])}. */
  private final int[] nameStart;
  /** Each predicate's name hash ({@link String#hashCode}), to skip most character comparisons. */
  private final int[] hashes;
  /** Predicate index + 1 by hash slot; 0 is an empty slot. Its length is a power of two. */
  private final int[] slots;
  /** Predicate {@code p}'s weights are at {@code [weightStart[p], weightStart[p + 1])}. */
  private final int[] weightStart;
  /** The outcome of each weight. */
  private final short[] outcomes;
  private final double[] weights;

  private WeightTable(
      char[] chars,
      int[] nameStart,
      int[] hashes,
      int[] slots,
      int[] weightStart,
      short[] outcomes,
      double[] weights) {
    this.chars = chars;
    this.nameStart = nameStart;
    this.hashes = hashes;
    this.slots = slots;
    this.weightStart = weightStart;
    this.outcomes = outcomes;
    this.weights = weights;
  }

  /**
   * A copy of {@code parameters} (predicate name to its weights, as a perceptron model keeps them).
   *
   * @throws IllegalArgumentException if an outcome index does not fit in a {@code short}, or the
   *     names or weights together exceed what one array can hold
   */
  static WeightTable of(Map<String, Context> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    int n = parameters.size();
    long charCount = 0;
    long weightCount = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      charCount += e.getKey().length();
      weightCount += e.getValue().getOutcomes().length;
    }
    if (charCount > Integer.MAX_VALUE - 8 || weightCount > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "model too large for a weight table: " + charCount + " name characters, "
              + weightCount + " weights");
    }
    char[] chars = new char[(int) charCount];
    int[] nameStart = new int[n + 1];
    int[] hashes = new int[n];
    int[] weightStart = new int[n + 1];
    short[] outcomes = new short[(int) weightCount];
    double[] weights = new double[(int) weightCount];
    int[] slots = new int[capacity(n)];
    int mask = slots.length - 1;
    int p = 0;
    int c = 0;
    int w = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      String name = e.getKey();
      name.getChars(0, name.length(), chars, c);
      c += name.length();
      nameStart[p + 1] = c;
      int[] os = e.getValue().getOutcomes();
      double[] ps = e.getValue().getParameters();
      for (int a = 0; a < os.length; a++) {
        if (os[a] < 0 || os[a] > Short.MAX_VALUE) {
          throw new IllegalArgumentException(
              "outcome index out of range for a weight table: " + os[a] + " (predicate " + name
                  + ")");
        }
        outcomes[w] = (short) os[a];
        weights[w++] = ps[a];
      }
      weightStart[p + 1] = w;
      int h = name.hashCode();
      hashes[p] = h;
      int s = spread(h) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = p + 1;
      p++;
    }
    return new WeightTable(chars, nameStart, hashes, slots, weightStart, outcomes, weights);
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
      int q = slots[s];
      if (q == 0) {
        return -1;
      }
      int p = q - 1;
      if (hashes[p] == h && nameEquals(p, name)) {
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
    for (int k = 0; k < length; k++) {
      if (chars[from + k] != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Adds the weights of predicate {@code name}, if the table has it, to {@code sum} by outcome. */
  void add(double[] sum, String name) {
    add(sum, indexOf(name));
  }

  /** Adds the weights of predicate {@code p} ({@link #indexOf}; -1 adds nothing) to {@code sum}. */
  void add(double[] sum, int p) {
    if (p >= 0) {
      for (int a = weightStart[p]; a < weightStart[p + 1]; a++) {
        sum[outcomes[a]] += weights[a];
      }
    }
  }
}
