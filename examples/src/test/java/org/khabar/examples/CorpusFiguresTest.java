package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Khabar;

class CorpusFiguresTest {

  @TempDir Path dir;

  private static String run(Path corpus) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusFigures.run(corpus, Khabar.defaults(), new PrintStream(out, true, UTF_8));
    return out.toString(UTF_8);
  }

  @Test
  void countsBlocksAndQuotesOfAJsonLinesFile() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus,
        "{\"text\":\"عنوان\\nقال الوزير إن الاتفاق قريب.\\nاقرأ أيضا: عنوان آخر\"}\n\n"
            + "{\"id\":2}\n{\"text\":\"نص قصير.\"}\n", UTF_8);
    String figures = run(corpus);
    assertTrue(figures.startsWith("articles 2, "), figures);
    assertTrue(figures.contains("blocks RELATED_LINK  1"), figures);
    assertTrue(figures.contains("quotes 1 (direct 0, indirect 1), with a speaker 1 (100.0%)"), figures);
  }

  @Test
  void runsOnTheAntCorpusWhenPresent() throws Exception {
    Path corpus = ProjectRoot.find()
        .resolve(System.getProperty("khabar.shared", "../shared"))
        .resolve("corpora/ant-news/ant-v1.1.jsonl");
    assumeTrue(Files.exists(corpus), "ANT corpus not found at " + corpus
        + " (set -Dkhabar.shared=/path/to/shared)");
    String figures = run(corpus);
    assertTrue(figures.startsWith("articles 10161, "), figures);
  }
}
