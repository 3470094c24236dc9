package org.khabar.corpus;

import java.util.Arrays;

/**
 * One-permutation MinHash with densification (Shrivastava 2017): each hash goes to one of {@code
 * buckets} buckets by its top bits and the bucket keeps the least; an empty bucket borrows from the
 * next full one, mixed with the distance, so that two sets agree in a bucket with probability
 * their Jaccard similarity. One pass over the hashes. Stateless.
 */
final class MinHash {

  private MinHash() {}

  /**
   * The signature of {@code hashes[from, to)} in {@code buckets} buckets (a power of two); all
   * zero for an empty range.
   */
  static long[] of(long[] hashes, int from, int to, int buckets) {
    int shift = 64 - Integer.numberOfTrailingZeros(buckets);
    long[] min = new long[buckets];
    Arrays.fill(min, Long.MAX_VALUE);
    boolean any = false;
    for (int i = from; i < to; i++) {
      long h = hashes[i];
      int b = (int) (h >>> shift);
      long v = h & (-1L >>> (64 - shift)); // the bits below the bucket's
      if (v < min[b]) {
        min[b] = v;
      }
      any = true;
    }
    if (!any) {
      return new long[buckets];
    }
    long[] signature = min.clone();
    for (int b = 0; b < buckets; b++) {
      if (min[b] == Long.MAX_VALUE) {
        int d = 1;
        while (min[(b + d) % buckets] == Long.MAX_VALUE) {
          d++;
        }
        signature[b] = Hashes.mix(min[(b + d) % buckets] + d * 0x9E3779B97F4A7C15L);
      }
    }
    return signature;
  }

  /** The share of buckets in which {@code a} and {@code b} agree: their Jaccard, estimated. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
