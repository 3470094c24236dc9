package org.khabar.segment;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khabar.text.DataFiles;

/**
 * Reads the bundled clitic lexicon: the word counts of {@code lexicon.tsv} (keys in {@link
 * LexiconForm}) and the closed-class words of {@code unsplittable.txt}. Stateless; callers load
 * once.
 */
final class CliticLexicon {

  private static final String LEXICON = "lexicon.tsv";
  private static final String UNSPLITTABLE = "unsplittable.txt";

  private CliticLexicon() {}

  /** The word counts, by {@link LexiconForm}; empty while the lexicon is being built. */
  static Map<String, Integer> counts() {
    Map<String, Integer> out = new HashMap<>(1 << 17);
    try (InputStream in = CliticLexicon.class.getResourceAsStream(LEXICON)) {
      if (in == null) {
        return Map.of(); // no lexicon yet (while it is being built): decide on shape alone
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LEXICON, e);
    }
    return out;
  }

  /**
   * {@code counts} with the counts of {@code lines} ({@code word<TAB>count}, the word folded to
   * {@link LexiconForm}) added.
   *
   * @throws IllegalArgumentException if a line is not a word, a tab and a positive count, naming it
   */
  static Map<String, Integer> withCounts(Map<String, Integer> counts, Iterable<String> lines) {
    Map<String, Integer> all = new HashMap<>(counts);
    for (String line : lines) {
      String entry = Objects.requireNonNull(line, "lines[]").strip();
      int tab = entry.indexOf('\t');
      int count = tab > 0 ? count(entry.substring(tab + 1).strip()) : 0;
      if (count <= 0) {
        throw new IllegalArgumentException(
            "segment/lexicon.tsv: not a word, a tab and a positive count: \"" + entry + "\"");
      }
      all.merge(LexiconForm.of(entry.substring(0, tab).strip()), count, Integer::sum);
    }
    return Map.copyOf(all);
  }

  /** {@code digits} as a count, or 0 when it is not one. */
  private static int count(String digits) {
    if (digits.isEmpty() || digits.length() > 9
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    return Integer.parseInt(digits);
  }

  /** The words never split, in {@link LexiconForm}. */
  static Set<String> unsplittable() {
    Set<String> out = new HashSet<>();
    for (String word : DataFiles.lines(CliticLexicon.class, UNSPLITTABLE)) {
      out.add(LexiconForm.of(word));
    }
    return Set.copyOf(out);
  }
}
