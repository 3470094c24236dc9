package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.BlockKind;

/**
 * The real news pages of {@code ../shared/html} ({@link HtmlEvaluation}): every page gets its
 * publication day (the Persian ones too), its headline first and no counter or sign-off in its
 * body; every Arabic page a body of prose; the pipeline takes every page's blocks.
 */
class HtmlPagesTest {

  @Test
  void everyPageGetsItsDayAndHeadlineAndEveryArabicPageAProseBody() throws IOException {
    Path dir = SharedCorpora.root().resolve("html");
    Assumptions.assumeTrue(Files.isDirectory(dir),
        "skipped: ../shared/html not found (set -Dkhabar.shared=/path/to/shared)");
    List<HtmlEvaluation.Page> pages = HtmlEvaluation.read(dir);
    for (HtmlEvaluation.Page p : pages) {
      Khabar.defaults().process(p.page().source(p.file()), p.page().blocks());
      assertTrue(p.dayRight(), p.file() + ": " + p.page().metadata().published());
      assertEquals(BlockKind.HEADLINE, p.page().blocks().get(0).kind(), p.file());
      for (String block : p.body()) {
        // No counter, code or date's digits alone: every body line has a letter.
        assertTrue(block.substring(block.indexOf(':') + 1).chars().anyMatch(Character::isLetter),
            p.file() + ": " + block);
        assertTrue(!block.contains("انتهای پیام"), p.file() + ": " + block);
      }
      if (!p.language().equals("ar")) {
        continue;
      }
      List<String> body = p.body();
      assertTrue(body.size() >= 3, p.file() + ": " + body);
      for (String block : body) {
        // Prose, not a menu item, a share button or a date: no body line under four words.
        assertTrue(block.split(" ").length >= 4 || block.startsWith("SUBHEADING"),
            p.file() + ": " + block);
      }
    }
  }
}
