package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.Entity;
import org.khabar.article.Quantity;
import org.khabar.article.Quote;
import org.khabar.article.Sentence;
import org.khabar.article.TimeExpression;

/**
 * Pins the output of the command-line tool's pipeline (with the bundled name finder) on every seed
 * article against golden files under {@code examples/src/test/resources/golden/}, one per seed, in
 * a diff-friendly text form: blocks, sentences, entities, quotes, times and numbers.
 *
 * <p>The golden files are rewritten only on purpose, with {@code -Dkhabar.golden.update=true}; the
 * diff is then reviewed in the commit. They pin what the pipeline does, not what it should do.
 */
class SeedsGoldenTest {

  static final String UPDATE_PROPERTY = "khabar.golden.update";
  static final String HEADER =
      "# pinned, not endorsed: blocks, sentences, entities, quotes, times and numbers of seeds/%s"
          + " (published %s); regenerate with"
          + " -D" + UPDATE_PROPERTY + "=true and review the diff\n";

  /**
   * Publication dates for the seeds, read from each article's own day references (اليوم الخميس,
   * الخميس المقبل, ...); the files carry no date. Dates are input here, not expected output.
   */
  static final Map<String, LocalDate> PUBLISHED =
      Map.of(
          "000_dd8fb285b3766bbb.txt", LocalDate.of(2025, 9, 1),
          "001_a5ef31ee13716b10.txt", LocalDate.of(2026, 1, 6),
          "002_d9db5c8769b932d4.txt", LocalDate.of(2025, 9, 1),
          "003_00ae5133d7b458cb.txt", LocalDate.of(2026, 1, 5),
          "004_5f50a8829c2bbd41.txt", LocalDate.of(2025, 9, 4));

  private final Path root = ProjectRoot.find();
  private final Path goldenDir = root.resolve("examples/src/test/resources/golden");

  @Test
  void seedsMatchTheirGoldenFiles() throws IOException {
    boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
    List<Path> seeds = InputFiles.expand(root.resolve("seeds"));
    assertTrue(seeds.size() >= 5, "seeds found in " + root.resolve("seeds"));
    Files.createDirectories(goldenDir);
    Set<String> expectedGoldens = new TreeSet<>();
    List<String> mismatches = new ArrayList<>();
    for (Path seed : seeds) {
      String name = seed.getFileName().toString();
      String goldenName = name.replaceFirst("\\.txt$", "") + ".golden.txt";
      expectedGoldens.add(goldenName);
      Path golden = goldenDir.resolve(goldenName);
      LocalDate published = PUBLISHED.get(name);
      assertTrue(published != null, "no publication date for seed " + name);
      Article article =
          Examples.pipeline().process(ArticleSource.of(name, InputFiles.read(seed), published));
      String actual = render(article);
      if (update) {
        Files.writeString(golden, actual, UTF_8);
      } else if (!Files.exists(golden)) {
        mismatches.add(goldenName + " is missing");
      } else {
        // A checkout with CRLF line ends must not fail the comparison.
        String expected = Files.readString(golden, UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
          mismatches.add(goldenName + " differs");
          assertEquals(expected, actual, golden + " differs; rerun with -D" + UPDATE_PROPERTY
              + "=true if the change is intended");
        }
      }
    }
    try (Stream<Path> files = Files.list(goldenDir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".golden.txt") && !expectedGoldens.contains(name)) {
          if (update) {
            Files.delete(f);
          } else {
            mismatches.add(name + " has no seed");
          }
        }
      }
    }
    if (!mismatches.isEmpty()) {
      fail(mismatches + "; if the change is intended, rerun with -D" + UPDATE_PROPERTY + "=true");
    }
  }

  /**
   * The article's blocks, each as {@code [KIND] text}, and under it its sentences; then its quotes,
   * each as {@code <KIND cue=... speaker=...> text}.
   */
  static String render(Article article) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, HEADER, article.id(),
                article.published().map(LocalDate::toString).orElse("-")));
    for (Block block : article.blocks()) {
      sb.append('[').append(block.kind()).append("] ")
          .append(ArticleTextView.visible(article.textOf(block.span()))).append('\n');
      for (Sentence s : article.sentencesIn(block.span())) {
        sb.append("    | ").append(ArticleTextView.visible(article.textOf(s.span()))).append('\n');
      }
    }
    for (Quote q : article.quotes()) {
      sb.append('<').append(q.kind()).append(" cue=")
          .append(q.cue().isEmpty() ? "-" : ArticleTextView.visible(q.cue()))
          .append(" speaker=")
          .append(q.speaker().map(m -> ArticleTextView.visible(m.text())).orElse("-"))
          .append("> ").append(ArticleTextView.visible(article.textOf(q.span()))).append('\n');
    }
    for (Entity e : article.entities()) {
      sb.append("{").append(e.type()).append("} ").append(ArticleTextView.visible(e.text()));
      if (!e.canonical().equals(e.text())) {
        sb.append(" => ").append(ArticleTextView.visible(e.canonical()));
      }
      e.title().ifPresent(t -> sb.append(" title=").append(article.textOf(t)));
      sb.append('\n');
    }
    for (TimeExpression t : article.times()) {
      sb.append("@").append(t.type()).append(' ').append(t.value())
          .append(t.mod().isEmpty() ? "" : " " + t.mod()).append(" <- ")
          .append(ArticleTextView.visible(article.textOf(t.span()))).append('\n');
    }
    for (Quantity q : article.numbers()) {
      sb.append("#").append(q.value().toPlainString())
          .append(q.unit().isEmpty() ? "" : " " + q.unit()).append(" <- ")
          .append(ArticleTextView.visible(article.textOf(q.span()))).append('\n');
    }
    return sb.toString();
  }
}
