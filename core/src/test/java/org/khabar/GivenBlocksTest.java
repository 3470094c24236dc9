package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;

/** {@link Khabar#process(ArticleSource, List)}: blocks the caller knows, used as given. */
class GivenBlocksTest {

  private static final String TEXT = "عنوان قصير\nقال الوزير إن الاجتماع سيعقد غدا.";

  @Test
  void givenBlocksAreUsedInsteadOfTheStructurers() {
    List<Block> blocks = List.of(new Block(BlockKind.SUBHEADING, CharSpan.of(0, 10)),
        new Block(BlockKind.CAPTION, CharSpan.of(11, TEXT.length())));
    Article a = Khabar.defaults().process(ArticleSource.of("x", TEXT), blocks);
    assertEquals(blocks, a.blocks());
    assertEquals(2, a.sentences().size());
    assertEquals(BlockKind.HEADLINE, Khabar.defaults().process(TEXT).blocks().get(0).kind());
  }

  @Test
  void badBlocksAreNamed() {
    ArticleSource source = ArticleSource.of("x", TEXT);
    Block first = new Block(BlockKind.PARAGRAPH, CharSpan.of(0, 10));
    assertEquals("char U+0642 at 11 lies outside every block",
        assertThrows(IllegalArgumentException.class,
            () -> Khabar.defaults().process(source, List.of(first))).getMessage());
    Block overlapping = new Block(BlockKind.PARAGRAPH, CharSpan.of(5, TEXT.length()));
    assertEquals("blocks[1] " + overlapping.span() + " is empty, overlaps the block before, or"
        + " exceeds the text of length " + TEXT.length(),
        assertThrows(IllegalArgumentException.class, () -> Khabar.defaults().process(source,
            List.of(first, overlapping))).getMessage());
    assertEquals("blocks", assertThrows(NullPointerException.class,
        () -> Khabar.defaults().process(source, null)).getMessage());
  }
}
