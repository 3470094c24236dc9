package org.khabar.corpus;

/** 64-bit hashing of strings and of hash sequences: fast, well mixed, fixed across JVMs. */
final class Hashes {

  private Hashes() {}

  /** The 64-bit hash of {@code s}'s chars (FNV-1a, then a finalizer that spreads every bit). */
  static long of(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** MurmurHash3's finalizer: a bijection on longs; each input bit moves each output bit. */
  static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return x;
  }
}
