package org.khabar.quote;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.khabar.text.ArabicNormalizer;

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
    List<String> lines = new ArrayList<>();
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, () -> "missing resource org/khabar/quote/" + name);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return lines;
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
