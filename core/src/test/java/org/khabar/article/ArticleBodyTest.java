package org.khabar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {

  // "عنوان\nنص الخبر هنا.\nاقرأ أيضا: عنوان آخر"
  private static final String TEXT = "عنوان\nنص الخبر هنا.\nاقرأ أيضا: عنوان آخر";
  private static final CharSpan HEAD = CharSpan.of(0, 5);
  private static final CharSpan PARA = CharSpan.of(6, TEXT.indexOf('\n', 6));
  private static final CharSpan LINK = CharSpan.of(PARA.end() + 1, TEXT.length());

  private static Article article() {
    List<Block> blocks = List.of(new Block(BlockKind.HEADLINE, HEAD),
        new Block(BlockKind.PARAGRAPH, PARA), new Block(BlockKind.RELATED_LINK, LINK));
    List<Sentence> sentences = List.of(new Sentence(HEAD), new Sentence(PARA), new Sentence(LINK));
    Entity inBody = new Entity(EntityType.MISC, CharSpan.of(6, 8), "نص", "نص", 1.0);
    CharSpan linkWord = CharSpan.of(LINK.end() - 3, LINK.end());
    Entity inLink = new Entity(EntityType.MISC, linkWord, linkWord.textOf(TEXT), "آخر", 1.0);
    Quote quote = new Quote(PARA, Quote.Kind.INDIRECT, "", Optional.empty());
    TimeExpression time = new TimeExpression(linkWord, TimeExpression.Type.DATE, "XXXX", "");
    return new Article("t", TEXT, Optional.empty(), blocks, sentences, List.of(),
        List.of(inBody, inLink), List.of(quote), List.of(time), List.of());
  }

  @Test
  void relatedLinksAndBoilerplateAreNotBody() {
    assertTrue(BlockKind.PARAGRAPH.isBody());
    assertTrue(BlockKind.HEADLINE.isBody());
    assertFalse(BlockKind.RELATED_LINK.isBody());
    assertFalse(BlockKind.BOILERPLATE.isBody());
  }

  @Test
  void bodyBlocksLeaveOutRelatedLinks() {
    assertEquals(List.of(HEAD, PARA), article().bodyBlocks().stream().map(Block::span).toList());
  }

  @Test
  void isBodyLooksAtTheBlockHoldingTheSpansStart() {
    Article a = article();
    assertTrue(a.isBody(CharSpan.of(7, 9)));
    assertFalse(a.isBody(CharSpan.of(LINK.start() + 1, LINK.end())));
    assertFalse(a.isBody(CharSpan.of(5, 6)), "between blocks");
  }

  @Test
  void bodyListsLeaveOutWhatLiesInRelatedLinks() {
    Article a = article();
    assertEquals(1, a.entitiesInBody().size());
    assertEquals("نص", a.entitiesInBody().get(0).text());
    assertEquals(2, a.sentencesInBody().size());
    assertEquals(1, a.quotesInBody().size());
    assertEquals(0, a.timesInBody().size());
    assertEquals(0, a.numbersInBody().size());
  }
}
