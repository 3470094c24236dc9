package org.khabar.tools.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.segment.CliticAnalyzer;
import org.khabar.segment.LexiconForm;
import org.khabar.segment.WordTokenizer;
import org.khabar.text.ArabicNormalizer;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.corpus.JsonStrings;
import org.khabar.tools.corpus.SharedCorpora;

/**
 * Counts Arabic word types in unlabeled news (the ANT corpus, one JSON object a line) and writes
 * the clitic lexicon that {@link CliticAnalyzer#standard()} loads.
 *
 * <p>Words are cut by {@link WordTokenizer} with a non-splitting analyzer and keyed by {@link
 * LexiconForm}; the fields {@code title}, {@code abstract} and {@code text} are read. Types seen
 * fewer than {@code minCount} times are dropped. The output is UTF-8, {@code word<TAB>count} lines
 * sorted by falling count then word, after {@code #} header lines with the attribution.
 *
 * <p>Regenerate the bundled lexicon from the project root with:
 *
 * <pre>
 * mvn -B -q -o -DskipTests package
 * java -Dkhabar.shared=../shared -cp examples/target/khabar.jar \
 *   org.khabar.tools.lexicon.LexiconBuilder core/src/main/resources/org/khabar/segment/lexicon.tsv
 * </pre>
 *
 * <p>The articles held out for evaluation ({@link AntNews#HELD_OUT}) are left out.
 *
 * <p>The output does not depend on the normalizer's presets (keys are {@link LexiconForm}), so it
 * only changes when the tokenizer, {@link LexiconForm} or the corpus change.
 */
public final class LexiconBuilder {

  /** Types seen fewer times are left out of the bundled lexicon. */
  public static final int DEFAULT_MIN_COUNT = 2;

  private static final String[] FIELDS = {"title", "abstract", "text"};

  private final WordTokenizer tokenizer =
      new WordTokenizer(ArabicNormalizer.matching(), CliticAnalyzer.none());
  private final Map<String, Integer> counts = new HashMap<>();
  private long documents;
  private long words;
  private int heldOut;

  /**
   * Counts the Arabic words of one text.
   *
   * @param text a text
   */
  public void add(String text) {
    Objects.requireNonNull(text, "text");
    for (Token t : tokenizer.tokenize(text)) {
      if (t.kind() != TokenKind.WORD) {
        continue;
      }
      String key = LexiconForm.of(t.span().textOf(text));
      if (key.length() < 2 || !isArabicWord(key)) {
        continue;
      }
      counts.merge(key, 1, Integer::sum);
      words++;
    }
  }

  /**
   * Counts the fields of every ANT news article but the held-out ones ({@link AntNews}).
   *
   * @param corpora the {@code corpora} folder
   * @throws IOException if the corpus or the held-out list cannot be read
   */
  public void addAnt(Path corpora) throws IOException {
    heldOut = AntNews.forEach(corpora, line -> {
      documents++;
      for (String field : FIELDS) {
        String value = JsonStrings.field(line, field);
        if (value != null) {
          add(value);
        }
      }
    });
  }

  /**
   * The types seen at least {@code minCount} times, by falling count then word.
   *
   * @param minCount the least count
   * @return the types with their counts
   */
  public List<Map.Entry<String, Integer>> entries(int minCount) {
    List<Map.Entry<String, Integer>> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        out.add(Map.entry(e.getKey(), e.getValue()));
      }
    }
    out.sort(
        (a, b) -> {
          int c = Integer.compare(b.getValue(), a.getValue());
          return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
    return out;
  }

  /**
   * Writes the lexicon file with its attribution header.
   *
   * @param out the file to write
   * @param minCount the least count of a listed type
   * @throws IOException if it cannot be written
   */
  public void write(Path out, int minCount) throws IOException {
    List<Map.Entry<String, Integer>> entries = entries(minCount);
    try (Writer w = Files.newBufferedWriter(out, UTF_8)) {
      w.write("# Khabar clitic lexicon: Arabic word types (LexiconForm) with their counts.\n");
      w.write("# Derived by org.khabar.tools.lexicon.LexiconBuilder from ANT Arabic News Texts"
          + " v1.1 (Chouigui, Ben Khiroun & Elayeb 2017), Apache-2.0.\n");
      w.write(String.format(java.util.Locale.ROOT,
          "# %d documents (%d held out for evaluation left out), %d Arabic words, %d types seen"
              + " at least %d times.%n",
          documents, heldOut, words, entries.size(), minCount));
      for (Map.Entry<String, Integer> e : entries) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue()));
        w.write('\n');
      }
    }
  }

  private static boolean isArabicWord(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '\u0620' || c > '\u06FF') {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds the lexicon: {@code LexiconBuilder OUTPUT.tsv [MIN_COUNT]}, from the ANT news of the
   * shared corpora ({@code -Dkhabar.shared=DIR}) without the held-out articles.
   *
   * @param args the output and optionally the least count
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException(
          "usage: LexiconBuilder OUTPUT.tsv [MIN_COUNT], got " + args.length + " args");
    }
    int minCount = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_MIN_COUNT;
    LexiconBuilder b = new LexiconBuilder();
    b.addAnt(SharedCorpora.require());
    b.write(Paths.get(args[0]), minCount);
  }
}
