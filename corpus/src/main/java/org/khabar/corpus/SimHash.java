package org.khabar.corpus;

/**
 * Charikar's SimHash of a set of 64-bit hashes: bit {@code i} is set when more hashes have it set
 * than not. Near sets give fingerprints a few bits apart. Stateless.
 */
final class SimHash {

  private SimHash() {}

  /** The SimHash of {@code hashes}; 0 for none. */
  static long of(long[] hashes) {
    int[] votes = new int[64];
    for (long h : hashes) {
      for (int i = 0; i < 64; i++) {
        votes[i] += (int) ((h >>> i) & 1L) * 2 - 1;
      }
    }
    long s = 0;
    for (int i = 0; i < 64; i++) {
      if (votes[i] > 0) {
        s |= 1L << i;
      }
    }
    return s;
  }
}
