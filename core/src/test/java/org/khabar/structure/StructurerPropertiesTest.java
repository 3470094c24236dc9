package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.TextChars;

class StructurerPropertiesTest {

  private final Structurer structurer = new Structurer();

  @Test
  void blocksAreSortedDisjointTrimmedAndCoverEveryOtherChar() {
    for (long seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      String text =
          seed % 2 == 0
              ? NewsTextGenerator.news(random, random.nextInt(300))
              : NewsTextGenerator.hostile(random, random.nextInt(300));
      try {
        check(text);
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + ": " + NewsTextGenerator.escape(text), e);
      }
    }
  }

  private void check(String text) {
    List<Block> blocks = structurer.structure(text);
    int at = 0;
    for (Block block : blocks) {
      int start = block.span().start();
      int end = block.span().end();
      assertTrue(start >= at, "sorted and disjoint");
      assertTrue(end > start, "never empty");
      assertFalse(Article.isBetweenBlocks(text.charAt(start)), "trimmed at start");
      assertFalse(Article.isBetweenBlocks(text.charAt(end - 1)), "trimmed at end");
      for (int i = start; i < end; i++) {
        assertFalse(TextChars.isLineBreak(text.charAt(i)), "a block holds no line end");
      }
      for (int i = at; i < start; i++) {
        assertTrue(Article.isBetweenBlocks(text.charAt(i)), "nothing lost at " + i);
      }
      at = end;
    }
    for (int i = at; i < text.length(); i++) {
      assertTrue(Article.isBetweenBlocks(text.charAt(i)), "nothing lost at " + i);
    }
    boolean seen = false; // a headline, or a block that is not furniture
    for (Block b : blocks) {
      if (seen) {
        assertNotEquals(BlockKind.HEADLINE, b.kind(),
            "a headline comes first, after page furniture only");
      }
      seen |= b.kind() != BlockKind.BOILERPLATE;
    }
  }
}
