package org.khabar.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The word lists the pipeline's rules read, by name: the bundled ones from the class path, with a
 * newsroom's additions from a folder or from code, so a regional desk configures Khabar rather
 * than forks it. The sentence splitter, the tokenizer's clitic analysis (its never-split words and
 * its word counts, {@code segment/lexicon.tsv}), the structurer, the quote finder, the date and
 * number taggers ({@code Khabar.builder().resources(...)}), the entity resolver ({@code
 * EntityResolver.of(...)}: titles and name heads) and the bundled news recognizer ({@code
 * DefaultModels.withResources}: name heads) read them.
 *
 * <p>A list is named by its path under {@code org/khabar/} ({@code quote/reporting-verbs.txt},
 * {@code structure/chrome-cues.txt}, {@code time/phrases.txt}; {@link #names()} gives them all).
 * Each holds one entry a line in the bundled file's format; {@code #} comment lines and blank
 * lines are ignored, and entries are stripped. Additions come after the bundled entries, never
 * instead of them. The stages built from a value ({@code Khabar.builder().resources(...)}) read
 * every list once, when they are built.
 *
 * <pre>{@code
 * LanguageResources words = LanguageResources.builder()
 *     .addFolder(Path.of("newsroom-words")) // newsroom-words/quote/reporting-verbs.txt...
 *     .add("structure/chrome-cues.txt", "تابعونا على")
 *     .build();
 * Khabar khabar = Khabar.builder().resources(words).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageResources {

  /** The lists, by package: sentences, structure, quotes, dates, numbers, names. */
  private static final List<String> NAMES = List.of(
      "segment/abbreviations.txt",
      "segment/unsplittable.txt",
      "segment/lexicon.tsv",
      "structure/chrome-cues.txt",
      "structure/footer-phrases.txt",
      "structure/related-cues.txt",
      "structure/share-cues.txt",
      "structure/social-names.txt",
      "quote/attributions.txt",
      "quote/complementizers.txt",
      "quote/object-adverbs.txt",
      "quote/organization-heads.txt",
      "quote/relative-pronouns.txt",
      "quote/reporting-verbs.txt",
      "quote/speaker-stops.txt",
      "time/phrases.txt",
      "number/phrases.txt",
      "ner/person-titles.txt",
      "ner/name-heads.txt");

  private static final LanguageResources BUNDLED = new LanguageResources(Map.of());

  /** Each list's additions, by name; the bundled entries are read from the class path. */
  private final Map<String, List<String>> added;

  private LanguageResources(Map<String, List<String>> added) {
    this.added = added;
  }

  /**
   * The bundled lists, without additions.
   *
   * @return the bundled resources
   */
  public static LanguageResources bundled() {
    return BUNDLED;
  }

  /**
   * A builder that starts from the bundled lists.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The names of the lists, as {@link #lines} takes them.
   *
   * @return the list names, in a fixed order
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The entries of list {@code name}: the bundled ones, then the added ones.
   *
   * @param name a list name, such as {@code quote/reporting-verbs.txt}
   * @return its entries, stripped, without comments or blank lines
   * @throws IllegalArgumentException if no list has that name, naming it and the lists
   */
  public List<String> lines(String name) {
    checkName(name);
    List<String> bundled = DataFiles.lines(LanguageResources.class, "/org/khabar/" + name);
    List<String> more = added.getOrDefault(name, List.of());
    if (more.isEmpty()) {
      return bundled;
    }
    List<String> all = new ArrayList<>(bundled);
    all.addAll(more);
    return List.copyOf(all);
  }

  /**
   * The entries added to list {@code name}, in the order they were added.
   *
   * @param name a list name
   * @return its additions, possibly none
   * @throws IllegalArgumentException if no list has that name
   */
  public List<String> added(String name) {
    checkName(name);
    return added.getOrDefault(name, List.of());
  }

  /**
   * Whether nothing is added to the bundled lists.
   *
   * @return whether these are the bundled lists
   */
  public boolean isBundled() {
    return added.isEmpty();
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no word list named \"" + name + "\"; the lists are " + NAMES);
    }
  }

  /** Collects additions. Not thread-safe; the value it builds is. */
  public static final class Builder {

    private final Map<String, List<String>> added = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds entries to list {@code name}.
     *
     * @param name a list name, such as {@code structure/chrome-cues.txt}
     * @param entries the entries, one line each in the list's format
     * @return this builder
     * @throws IllegalArgumentException if no list has that name, or an entry holds a line break
     */
    public Builder add(String name, String... entries) {
      Objects.requireNonNull(entries, "entries");
      return add(name, Arrays.asList(entries));
    }

    /**
     * Adds entries to list {@code name}.
     *
     * @param name a list name
     * @param entries the entries, one line each in the list's format
     * @return this builder
     * @throws IllegalArgumentException if no list has that name, or an entry holds a line break
     */
    public Builder add(String name, List<String> entries) {
      checkName(name);
      Objects.requireNonNull(entries, "entries");
      List<String> list = added.computeIfAbsent(name, k -> new ArrayList<>());
      for (int i = 0; i < entries.size(); i++) {
        String entry = Objects.requireNonNull(entries.get(i), "entries[" + i + "]");
        if (entry.chars().anyMatch(c -> TextChars.isLineBreak((char) c))) {
          throw new IllegalArgumentException(
              "an entry of " + name + " holds a line break: \"" + entry + "\"");
        }
        String stripped = entry.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          list.add(stripped);
        }
      }
      return this;
    }

    /**
     * Adds the lists of a folder: each file whose path under {@code folder} is a list's name
     * ({@code folder/quote/reporting-verbs.txt}) adds its entries to that list. Files are UTF-8,
     * one entry a line, as the bundled ones.
     *
     * @param folder a folder laid out as the bundled lists
     * @return this builder
     * @throws IllegalArgumentException if {@code folder} is not a folder, if it holds a file that
     *     is no list's name, or a file that is not UTF-8, naming the file
     * @throws UncheckedIOException if a file cannot be read
     */
    public Builder addFolder(Path folder) {
      Objects.requireNonNull(folder, "folder");
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException("not a folder: " + folder);
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
      for (Path file : files) {
        String name = folder.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), "/");
        if (!NAMES.contains(name)) {
          throw new IllegalArgumentException(
              file + " is not a word list; the lists are " + NAMES);
        }
        List<String> lines;
        try {
          lines = Files.readAllLines(file, UTF_8);
        } catch (CharacterCodingException e) {
          throw new IllegalArgumentException(file + " is not UTF-8", e);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
        add(name, lines);
      }
      return this;
    }

    /**
     * The resources: the bundled lists with the additions so far.
     *
     * @return the resources
     */
    public LanguageResources build() {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      added.forEach((name, list) -> {
        if (!list.isEmpty()) {
          copy.put(name, List.copyOf(list));
        }
      });
      return copy.isEmpty() ? BUNDLED : new LanguageResources(Map.copyOf(copy));
    }
  }
}
