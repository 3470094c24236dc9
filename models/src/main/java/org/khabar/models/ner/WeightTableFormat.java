package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The weight table's part of a compiled decoder's file ({@link CompiledDecoder}): its counts; its
 * layers' prefixes; the predicate names' pool (the alphabet and a byte a char, or the chars); the
 * names' hashes; each name's length and each predicate's weight count in each layer, as bytes when
 * they fit, or the offsets as ints; the outcomes as bytes; the weights. Laid out as {@link
 * WeightTable} keeps them, so that reading is mostly bulk copies. Stateless.
 */
final class WeightTableFormat {

  private WeightTableFormat() {}

  /** The bytes {@link #put} writes. */
  static long size(WeightTable w) {
    int n = w.size();
    WeightTable.Pool pool = w.pool();
    long size = 4L * Integer.BYTES + Integer.BYTES
        + (pool.codes() != null ? 2L * WeightTable.ALPHABET + pool.length() : 2L * pool.length())
        + (long) Integer.BYTES * n + 2L
        + (long) w.weights().length * (Byte.BYTES + Double.BYTES);
    size += fitsInBytes(w.nameStarts()) ? n : (long) Integer.BYTES * (n + 1);
    size += fitsInBytes(w.weightStarts())
        ? w.weightStarts().length - 1 : (long) Integer.BYTES * w.weightStarts().length;
    for (String prefix : w.layerPrefixes()) {
      size += Integer.BYTES + prefix.getBytes(UTF_8).length;
    }
    return size;
  }

  /** Whether no two neighbouring offsets are more than 255 apart. */
  private static boolean fitsInBytes(int[] starts) {
    for (int p = 0; p + 1 < starts.length; p++) {
      if (starts[p + 1] - starts[p] > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /**
   * The weight table: its counts; its layers' prefixes; the predicate names' pool (the alphabet and
   * a byte a char, or the chars); the names' hashes; each name's length and each predicate's weight
   * count in each layer, as bytes when they fit, or the offsets as ints; the outcomes as bytes; the
   * weights.
   */
  static void put(ByteBuffer b, WeightTable w) {
    WeightTable.Pool pool = w.pool();
    b.putInt(w.size()).putInt(pool.length()).putInt(w.weights().length);
    b.putInt(w.layerPrefixes().size());
    for (String prefix : w.layerPrefixes()) {
      byte[] bytes = prefix.getBytes(UTF_8);
      b.putInt(bytes.length).put(bytes);
    }
    if (pool.codes() != null) {
      b.putInt(WeightTable.ALPHABET);
      b.asCharBuffer().put(pool.alphabet());
      b.position(b.position() + 2 * WeightTable.ALPHABET);
      b.put(pool.codes());
    } else {
      b.putInt(0);
      b.asCharBuffer().put(pool.chars());
      b.position(b.position() + 2 * pool.length());
    }
    b.asIntBuffer().put(w.hashes());
    b.position(b.position() + Integer.BYTES * w.size());
    putStarts(b, w.nameStarts());
    putStarts(b, w.weightStarts());
    b.put(w.outcomes());
    b.asDoubleBuffer().put(w.weights());
    b.position(b.position() + Double.BYTES * w.weights().length);
  }

  private static void putStarts(ByteBuffer b, int[] starts) {
    boolean bytes = fitsInBytes(starts);
    b.put((byte) (bytes ? 1 : 0));
    if (bytes) {
      for (int p = 0; p + 1 < starts.length; p++) {
        b.put((byte) (starts[p + 1] - starts[p]));
      }
    } else {
      b.asIntBuffer().put(starts);
      b.position(b.position() + Integer.BYTES * starts.length);
    }
  }

  /** Reads what {@link #put} wrote, naming {@code source} when it is malformed. */
  static WeightTable get(ByteBuffer b, String source) {
    int n = CompiledDecoder.count(b, source, "predicates");
    int poolLength = CompiledDecoder.count(b, source, "name chars");
    int weightCount = CompiledDecoder.count(b, source, "weights");
    int layers = CompiledDecoder.count(b, source, "layers");
    List<String> prefixes = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      byte[] bytes = new byte[CompiledDecoder.count(b, source, "layer prefix bytes")];
      b.get(bytes);
      prefixes.add(new String(bytes, UTF_8));
    }
    if (layers == 0 || (long) n * layers > b.remaining()) {
      throw CompiledDecoder.corrupt(source, layers + " layers of " + n + " predicates");
    }
    int alphabet = b.getInt();
    WeightTable.Pool pool;
    if (alphabet == WeightTable.ALPHABET) {
      char[] chars = new char[WeightTable.ALPHABET];
      b.asCharBuffer().get(chars);
      b.position(b.position() + 2 * WeightTable.ALPHABET);
      byte[] codes = new byte[poolLength];
      b.get(codes);
      pool = new WeightTable.Pool(codes, chars, null);
    } else if (alphabet == 0) {
      char[] chars = new char[poolLength];
      b.asCharBuffer().get(chars);
      b.position(b.position() + 2 * poolLength);
      pool = new WeightTable.Pool(null, null, chars);
    } else {
      throw CompiledDecoder.corrupt(source, "an alphabet of " + alphabet + " chars");
    }
    int[] hashes = new int[n];
    b.asIntBuffer().get(hashes);
    b.position(b.position() + Integer.BYTES * n);
    int[] nameStart = getStarts(b, n);
    int[] weightStart = getStarts(b, n * layers);
    byte[] outcomes = new byte[weightCount];
    b.get(outcomes);
    double[] weights = new double[weightCount];
    b.asDoubleBuffer().get(weights);
    b.position(b.position() + Double.BYTES * weightCount);
    return WeightTable.of(pool, nameStart, hashes, prefixes, weightStart, outcomes, weights);
  }

  private static int[] getStarts(ByteBuffer b, int n) {
    int[] starts = new int[n + 1];
    if (b.get() == 1) {
      byte[] lengths = new byte[n];
      b.get(lengths);
      for (int p = 0; p < n; p++) {
        starts[p + 1] = starts[p] + (lengths[p] & 0xFF);
      }
    } else {
      b.asIntBuffer().get(starts);
      b.position(b.position() + Integer.BYTES * starts.length);
    }
    return starts;
  }
}
