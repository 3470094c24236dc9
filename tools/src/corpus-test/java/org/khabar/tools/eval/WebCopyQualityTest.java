package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;

/**
 * Guards articles copied from a web page as text ({@link WebCopyEvaluation}): on the seeds and the
 * ant-ner development articles, no furniture line is body; the headline and the body's names are
 * the article's as written in at least the shares measured, less {@link #TOLERANCE}.
 */
class WebCopyQualityTest {

  /** Copies of ant-ner articles whose headline is the article's. */
  static final double MEASURED_HEADLINES = 1.000;

  /** Copies of ant-ner articles whose body names are the article's. */
  static final double MEASURED_NAMES = 1.000;

  static final double TOLERANCE = 0.01;

  @Test
  void furnitureAroundACopiedArticleIsNeverBody() throws IOException {
    Path root = SharedCorpora.root();
    Assumptions.assumeTrue(Files.isDirectory(root.resolve("corpora")),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    Khabar khabar = QuoteEvaluation.pipeline();
    WebCopyEvaluation.Result seeds =
        WebCopyEvaluation.evaluate(khabar, WrapEvaluation.read(root.resolve("seeds")), 20, 19);
    assertEquals(0, seeds.chromeInBody(), seeds.report() + seeds.errors());
    assertEquals(seeds.copies(), seeds.headlineRight(), seeds.report() + seeds.errors());
    assertEquals(seeds.copies(), seeds.namesKept(), seeds.report() + seeds.errors());
    WebCopyEvaluation.Result dev = WebCopyEvaluation.evaluate(khabar,
        WrapEvaluation.read(root.resolve("corpora/ant-ner/raw")), 20, 19);
    assertEquals(0, dev.chromeInBody(), dev.report() + dev.errors());
    assertTrue(dev.headlineRight() >= (MEASURED_HEADLINES - TOLERANCE) * dev.copies(),
        dev.report() + dev.errors());
    assertTrue(dev.namesKept() >= (MEASURED_NAMES - TOLERANCE) * dev.copies(),
        dev.report() + dev.errors());
  }
}
