package org.khabar.ner;

import org.khabar.text.ArabicNormalizer;

/**
 * Normalizes name parts for matching with the preset of the tokens' keys ({@code Token.key()}).
 * Immutable and thread-safe.
 */
final class NameKeys {

  private final ArabicNormalizer normalizer;

  NameKeys(ArabicNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  static NameKeys matching() {
    return new NameKeys(ArabicNormalizer.matching());
  }

  String normalize(CharSequence s) {
    return normalizer.normalizeToString(s);
  }
}
