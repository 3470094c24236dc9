package org.khabar.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.DataFiles;

/**
 * Loads the word lists of this package and normalizes words the way they are compared: the
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

  /** The non-comment lines of UTF-8 resource {@code name} next to this class, trimmed. */
  static List<String> lines(String name) {
    return DataFiles.lines(WordLists.class, name);
  }

  /** The normalized words of resource {@code name}, one a line. */
  static Set<String> set(String name) {
    Set<String> words = new HashSet<>();
    for (String line : lines(name)) {
      words.add(normalize(line));
    }
    return Set.copyOf(words);
  }
}
