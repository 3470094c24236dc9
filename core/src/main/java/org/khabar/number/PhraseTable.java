package org.khabar.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.khabar.text.DataFiles;

/**
 * Phrases by category, normalized for matching, with the longest phrase found at a token.
 *
 * <p>Read from a UTF-8 resource, one entry a line: {@code category<TAB>phrase[<TAB>value]}; blank
 * lines and lines starting with {@code #} are skipped. Phrases are normalized with {@link
 * WordScan#normalize} and split on spaces, so they match scanned tokens whatever the writer's
 * hamza, harakat or teh marbuta. Entries may also be added in code ({@link Builder}), e.g. names
 * taken from ICU. Immutable and thread-safe.
 */
public final class PhraseTable {

  /**
   * One phrase of a category.
   *
   * @param words the normalized words of the phrase
   * @param value the value column, or empty
   */
  public record Entry(List<String> words, String value) {
    /**
     * Validates and copies the arguments.
     *
     * @param words the normalized words of the phrase
     * @param value the value column, or empty
     * @throws NullPointerException if an argument is null
     */
    public Entry {
      words = List.copyOf(words);
      Objects.requireNonNull(value, "value");
    }

    /**
     * The value column read as an int.
     *
     * @return the value as an int
     * @throws NumberFormatException if the value is not an int
     */
    public int intValue() {
      return Integer.parseInt(value.trim());
    }
  }

  /**
   * A phrase found in a scan.
   *
   * @param entry the phrase
   * @param first the first token
   * @param skip normalized chars of a proclitic left out at the start of the first token
   * @param end the token after the last one
   */
  public record Match(Entry entry, int first, int skip, int end) {}

  /** Category, then first word, to entries longest first. */
  private final Map<String, Map<String, List<Entry>>> index;

  /** The one-word entries of each category, for {@link #contains}, asked of every word. */
  private final Map<String, Set<String>> singles;

  private PhraseTable(Map<String, Map<String, List<Entry>>> index) {
    this.index = index;
    Map<String, Set<String>> one = new HashMap<>();
    index.forEach((category, byFirst) -> {
      Set<String> words = new HashSet<>();
      byFirst.forEach((first, entries) -> {
        if (entries.stream().anyMatch(e -> e.words().size() == 1)) {
          words.add(first);
        }
      });
      one.put(category, words);
    });
    this.singles = one;
  }

  /**
   * A builder, to mix resource entries with entries made in code.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads the resource {@code name} next to {@code owner}.
   *
   * @param owner the class the resource lies next to
   * @param name the resource's name
   * @return the phrase table
   */
  public static PhraseTable load(Class<?> owner, String name) {
    return builder().addResource(owner, name).build();
  }

  /**
   * All entries of a category, in no particular order.
   *
   * @param category a category
   * @return its entries
   */
  public List<Entry> entries(String category) {
    List<Entry> all = new ArrayList<>();
    index.getOrDefault(category, Map.of()).values().forEach(all::addAll);
    return all;
  }

  /**
   * The first words of the phrases of these categories; unmodifiable.
   *
   * @param categories the categories
   * @return the first words of their phrases
   */
  public Set<String> firstWords(String... categories) {
    Set<String> all = new HashSet<>();
    for (String c : categories) {
      all.addAll(index.getOrDefault(c, Map.of()).keySet());
    }
    return Set.copyOf(all);
  }

  /**
   * Whether the single word {@code word} is an entry of {@code category}.
   *
   * @param category a category
   * @param word a normalized word
   * @return whether it is a one-word entry of the category
   */
  public boolean contains(String category, String word) {
    Set<String> words = singles.get(category);
    return words != null && words.contains(word);
  }

  /**
   * The one-word entry {@code word} of {@code category}.
   *
   * @param category a category
   * @param word a normalized word
   * @return the entry, or empty
   */
  public Optional<Entry> find(String category, String word) {
    Map<String, List<Entry>> byFirst = index.get(category);
    List<Entry> entries = byFirst == null ? null : byFirst.get(word);
    if (entries != null) {
      for (int k = 0; k < entries.size(); k++) {
        if (entries.get(k).words().size() == 1) {
          return Optional.of(entries.get(k));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The longest phrase of {@code category} that starts at token {@code i} exactly (no proclitic)
   * and does not cross a line break.
   *
   * @param scan the scanned text
   * @param i a token index
   * @param category a category
   * @return the longest match, or empty
   */
  public Optional<Match> at(WordScan scan, int i, String category) {
    return match(scan, i, category, 0, scan.isWord(i) ? scan.text(i) : null);
  }

  /**
   * Like {@link #at}, also trying the first word without one or two proclitics ({@code و ف} then
   * {@code ب ل}); {@code لل} before a definite word is read as {@code ال}, the match then
   * covering the whole word.
   *
   * @param scan the scanned text
   * @param i a token index
   * @param category a category
   * @return the longest match, or empty
   */
  public Optional<Match> atWithProclitic(WordScan scan, int i, String category) {
    if (!scan.isWord(i)) {
      return Optional.empty();
    }
    Map<String, List<Entry>> byFirst = index.get(category);
    if (byFirst == null) {
      return Optional.empty();
    }
    Optional<Match> m = match(scan, i, byFirst, 0, scan.text(i));
    if (m.isPresent()) {
      return m;
    }
    for (int k = 0, n = scan.bareCount(i); k < n; k++) {
      m = match(scan, i, byFirst, scan.bareSkip(i, k), scan.bareForm(i, k));
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  private Optional<Match> match(WordScan scan, int i, String category, int skip, String first) {
    Map<String, List<Entry>> byFirst = index.get(category);
    return first == null || byFirst == null ? Optional.empty()
        : match(scan, i, byFirst, skip, first);
  }

  private Optional<Match> match(
      WordScan scan, int i, Map<String, List<Entry>> byFirst, int skip, String first) {
    List<Entry> candidates = byFirst.get(first);
    if (candidates == null) {
      return Optional.empty();
    }
    for (Entry e : candidates) {
      List<String> words = e.words();
      int k = 1;
      while (k < words.size()
          && !scan.lineBreakBefore(i + k)
          && scan.isWord(i + k)
          && scan.text(i + k).equals(words.get(k))) {
        k++;
      }
      if (k == words.size()) {
        return Optional.of(new Match(e, i, skip, i + k));
      }
    }
    return Optional.empty();
  }

  /** Collects entries. Not thread-safe; the phrase table it builds is. */
  public static final class Builder {
    private final Map<String, Map<String, List<Entry>>> index = new HashMap<>();

    private Builder() {}

    /**
     * Adds a phrase (normalized here) to a category.
     *
     * @param category a category
     * @param phrase the phrase as written
     * @param value the value column
     * @return this builder
     */
    public Builder add(String category, String phrase, String value) {
      String norm = WordScan.normalize(phrase.strip());
      List<String> words = new ArrayList<>();
      for (String w : norm.split(" ")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      if (words.isEmpty()) {
        return this;
      }
      index
          .computeIfAbsent(category, c -> new HashMap<>())
          .computeIfAbsent(words.get(0), w -> new ArrayList<>())
          .add(new Entry(words, value));
      return this;
    }

    /**
     * Adds the entries of a resource next to {@code owner}.
     *
     * @param owner the class the resource lies next to
     * @param name the resource's name
     * @return this builder
     */
    public Builder addResource(Class<?> owner, String name) {
      return addLines(DataFiles.lines(owner, name), name);
    }

    /**
     * Adds entries written as the bundled files write them: {@code category<TAB>phrase}, and a
     * third column for the value.
     *
     * @param lines the lines, without comments or blank lines
     * @param source where they come from, for the message of a bad line
     * @return this builder
     * @throws IllegalArgumentException if a line has fewer than two columns, naming it
     */
    public Builder addLines(List<String> lines, String source) {
      for (String line : lines) {
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IllegalArgumentException("bad line in " + source + " (expected"
              + " category<TAB>phrase[<TAB>value]): \"" + line + "\"");
        }
        add(cols[0].strip(), cols[1], cols.length > 2 ? cols[2].strip() : "");
      }
      return this;
    }

    /**
     * The phrase table of the entries added so far.
     *
     * @return the phrase table
     */
    public PhraseTable build() {
      Map<String, Map<String, List<Entry>>> copy = new HashMap<>();
      index.forEach(
          (cat, byFirst) -> {
            Map<String, List<Entry>> m = new HashMap<>();
            byFirst.forEach(
                (w, list) -> {
                  List<Entry> sorted = new ArrayList<>(list);
                  sorted.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
                  m.put(w, List.copyOf(sorted));
                });
            copy.put(cat, Map.copyOf(m));
          });
      return new PhraseTable(Map.copyOf(copy));
    }
  }
}
