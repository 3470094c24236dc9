package org.khabar.models.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.BlockKind;
import org.khabar.models.DefaultModels;
import org.khabar.ner.OpenNlpEntityRecognizer;
import org.khabar.robustness.Invariants;
import org.khabar.testing.AdversarialTexts;

/**
 * Every kind of hostile text of the documented maximum size goes through the pipeline with the
 * bundled name finder in a heap of 256 MB, and a longer one is cut by {@code maxChars}: never an
 * {@link OutOfMemoryError}. Run by its own surefire execution with {@code -Xmx256m} (models/pom.xml)
 * and skipped in the others, whose heap is larger.
 */
class MemoryBoundTest {

  /** The largest input documented for a 256 MB heap with the bundled model (README, Memory). */
  static final int MAX_CHARS_AT_256_MB = 1_000_000;

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();

  private static boolean smallHeap() {
    return Runtime.getRuntime().maxMemory() <= 300L << 20;
  }

  @TestFactory
  Stream<DynamicTest> everyKindOfTheDocumentedMaximumFitsIn256Mb() {
    assumeTrue(smallHeap(), "run by the -Xmx256m execution only");
    return AdversarialTexts.kinds().entrySet().stream().map(kind -> DynamicTest.dynamicTest(
        kind.getKey(), () -> {
          String text = kind.getValue().apply(MAX_CHARS_AT_256_MB);
          Article article = KHABAR.process(ArticleSource.of(kind.getKey(), text, LocalDate.MAX));
          Invariants.checkArticle(text, article);
        }));
  }

  @Test
  void aLongerTextIsCutByMaxCharsAndStillFits() {
    assumeTrue(smallHeap(), "run by the -Xmx256m execution only");
    Khabar bounded = Khabar.builder()
        .addRecognizer(DefaultModels.entityRecognizer())
        .maxChars(MAX_CHARS_AT_256_MB, Khabar.Overflow.KEEP_UNANALYSED)
        .build();
    String text = AdversarialTexts.repeat("#", 4 * MAX_CHARS_AT_256_MB);
    Article article = bounded.process(text);
    Invariants.checkArticle(text, article);
    assertEquals(BlockKind.UNANALYSED, article.blocks().get(article.blocks().size() - 1).kind());
  }

  @Test
  void theAuditsFailingInputsGiveArticlesOrPreciseErrors() throws IOException {
    assumeTrue(smallHeap(), "run by the -Xmx256m execution only");
    // The shared folder beside the project (this test runs in models/), or -Dkhabar.shared.
    Path shared = Path.of(System.getProperty("khabar.shared", "../../shared"));
    Path inputs = shared.resolve("failing-inputs");
    assumeTrue(Files.isDirectory(inputs), "skipped: " + inputs + " not found");
    Article tomorrow = KHABAR.process(ArticleSource.of("max",
        Files.readString(inputs.resolve("published-max-tomorrow.txt"), UTF_8), LocalDate.MAX));
    assertEquals("XXXX-XX-XX", tomorrow.times().get(0).value());
    Article yesterday = KHABAR.process(ArticleSource.of("min",
        Files.readString(inputs.resolve("published-min-yesterday.txt"), UTF_8), LocalDate.MIN));
    assertEquals("XXXX-XX-XX", yesterday.times().get(0).value());
    Article digits = KHABAR.process(
        Files.readString(inputs.resolve("digit-run-over-40-then-scale-word.txt"), UTF_8));
    assertFalse(digits.numbers().stream()
        .anyMatch(q -> q.value().toBigInteger().toString().equals("1000000000")), "no billion");
    Path bomb = inputs.resolve("model-zip-bomb-96m.bin");
    IOException e = assertThrows(IOException.class, () -> OpenNlpEntityRecognizer.load(bomb));
    assertTrue(e.getMessage().startsWith("name-finder model " + bomb), e.getMessage());
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }
}
