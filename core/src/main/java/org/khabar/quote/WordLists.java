package org.khabar.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khabar.text.ArabicNormalizer;

/**
 * Normalizes the words of this package's lists the way they are compared: the
 * {@link ArabicNormalizer#matching()} fold, then lower case in {@link Locale#ROOT}. Stateless and
 * thread-safe.
 */
final class WordLists {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.matching();

  private WordLists() {}

  /** {@code word} as the lists compare it. */
  static String normalize(CharSequence word) {
    return NORMALIZER.normalizeToString(word).toLowerCase(Locale.ROOT);
  }

  /** The normalized words of {@code lines}, one a line. */
  static Set<String> set(List<String> lines) {
    Set<String> words = new HashSet<>();
    for (String line : lines) {
      words.add(normalize(line));
    }
    return Set.copyOf(words);
  }
}
