package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.Quote;
import org.khabar.article.Sentence;

/**
 * Pins the blocks and sentences of every seed article against golden files under {@code
 * examples/src/test/resources/golden/}, one per seed, in a diff-friendly text form.
 *
 * <p>The golden files are rewritten only on purpose, with {@code -Dkhabar.golden.update=true}; the
 * diff is then reviewed in the commit. They pin what the pipeline does, not what it should do.
 */
class SeedsGoldenTest {

  static final String UPDATE_PROPERTY = "khabar.golden.update";
  static final String HEADER =
      "# pinned, not endorsed: blocks, sentences and quotes of seeds/%s; regenerate with"
          + " -D" + UPDATE_PROPERTY + "=true and review the diff\n";

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
      Article article = Khabar.defaults().process(ArticleSource.of(name, InputFiles.read(seed)));
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
    StringBuilder sb = new StringBuilder(String.format(HEADER, article.id()));
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
    return sb.toString();
  }
}
