package org.khabar.tools.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.khabar.ArticleSource;

/**
 * The unlabeled ANT news corpus ({@code ant-news/ant-v1.1.jsonl}), read one article (a JSON line)
 * at a time, <b>without the articles held out for evaluation</b> ({@code
 * ant-ner/held-out-docnos.txt}: the ant-ner development set and others). Everything Khabar learns
 * from ANT (word clusters, the clitic lexicon, mined names) reads it through this class, so that
 * ant-ner keeps measuring news the models have not seen. Stateless.
 */
public final class AntNews {

  /** The corpus file, under the {@code corpora} folder. */
  public static final String FILE = "ant-news/ant-v1.1.jsonl";

  /** The held-out article numbers, under the {@code corpora} folder. */
  public static final String HELD_OUT = "ant-ner/held-out-docnos.txt";

  private AntNews() {}

  /**
   * The numbers ({@code docno}) of the articles held out for evaluation.
   *
   * @param corpora the {@code corpora} folder
   * @return the held-out numbers
   * @throws IOException if the list is missing (reading ANT without it would leak the evaluation
   *     articles) or cannot be read
   */
  public static Set<String> heldOut(Path corpora) throws IOException {
    Path file = corpora.resolve(HELD_OUT);
    if (!Files.isRegularFile(file)) {
      throw new IOException("the held-out list " + file + " is missing: without it, ANT's"
          + " evaluation articles would be learned from");
    }
    Set<String> docnos = new HashSet<>();
    for (String line : Files.readAllLines(file, UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        docnos.add(line.strip());
      }
    }
    return docnos;
  }

  /**
   * Hands every article of the corpus under {@code corpora} that is not held out to {@code
   * article}, as its JSON line (read its fields with {@link JsonStrings#field}).
   *
   * @param corpora the {@code corpora} folder
   * @param article what to do with each article's JSON line
   * @return how many articles were held out (and not handed on)
   * @throws IOException if the corpus or the held-out list cannot be read
   */
  public static int forEach(Path corpora, Consumer<String> article) throws IOException {
    Set<String> heldOut = heldOut(corpora);
    int skipped = 0;
    try (BufferedReader in = Files.newBufferedReader(corpora.resolve(FILE), UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (heldOut.contains(JsonStrings.field(line, "docno"))) {
          skipped++;
          continue;
        }
        article.accept(line);
      }
    }
    return skipped;
  }

  /**
   * Every {@code every}-th article of the corpus that is not held out, up to {@code count} of them,
   * as sources: the {@code docno} the id, the day of {@code time} (ISO, or {@code dd/MM/yyyy}) the
   * publication date. For tests that run many real articles through an engine.
   *
   * @param corpora the {@code corpora} folder
   * @param count how many articles at most
   * @param every take one article in so many
   * @return the sources, in corpus order
   * @throws IOException if the corpus or the held-out list cannot be read
   */
  public static List<ArticleSource> sample(Path corpora, int count, int every) throws IOException {
    List<ArticleSource> sources = new ArrayList<>();
    int[] n = {0};
    forEach(corpora, line -> {
      if (sources.size() < count && n[0]++ % every == 0) {
        sources.add(new ArticleSource(JsonStrings.field(line, "docno"),
            JsonStrings.field(line, "text"), day(JsonStrings.field(line, "time"))));
      }
    });
    return sources;
  }

  /** The day of ANT's {@code time}: ISO ({@code yyyy-MM-dd...}) or {@code dd/MM/yyyy}. */
  private static Optional<LocalDate> day(String time) {
    if (time == null || time.strip().length() < 10) {
      return Optional.empty();
    }
    String t = time.strip();
    return Optional.of(t.contains("/")
        ? LocalDate.parse(t.substring(0, 10), DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        : LocalDate.parse(t.substring(0, 10)));
  }
}
