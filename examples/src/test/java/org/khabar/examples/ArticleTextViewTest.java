package org.khabar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Proclitic;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;

class ArticleTextViewTest {

  private static Article oneToken(String text, String norm, CliticAnalysis clitics) {
    CharSpan all = CharSpan.of(0, text.length());
    return new Article("t", text, Optional.empty(), List.of(new Block(BlockKind.PARAGRAPH, all)),
        List.of(new Sentence(all)), List.of(new Token(all, TokenKind.WORD, norm, clitics)),
        List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void procliticsAreSplitOffWithPlusSigns() {
    Article a = oneToken("والمستشار", "والمستشار",
        new CliticAnalysis(List.of(Proclitic.WA, Proclitic.AL), CharSpan.of(3, 9)));
    assertEquals("و+ال+مستشار", ArticleTextView.token(a, a.tokens().get(0)));
  }

  @Test
  void normalizedFormFollowsABarWhenItDiffers() {
    Article a = oneToken("أوروبا", "اوروبا", CliticAnalysis.none(CharSpan.of(0, 6)));
    assertEquals("أوروبا|اوروبا", ArticleTextView.token(a, a.tokens().get(0)));
  }

  @Test
  void unchangedTokenIsShownAsIs() {
    Article a = oneToken("قال", "قال", CliticAnalysis.none(CharSpan.of(0, 3)));
    assertEquals("قال", ArticleTextView.token(a, a.tokens().get(0)));
  }

  @Test
  void invisibleCharsAreShownAsCodePoints() {
    // RIGHT-TO-LEFT MARK, a lone high surrogate, and a paired emoji
    assertEquals("a<U+200F>b<U+D800>c\uD83D\uDE00", ArticleTextView.visible("a\u200Fb\uD800c\uD83D\uDE00"));
  }

  @Test
  void viewShowsIdDateBlocksAndNumberedSentences() throws Exception {
    Article a = Khabar.defaults().process(ArticleSource.of("007.txt",
        "عنوان الخبر\n\nالجملة الأولى.\nتفاصيل\nالجملة الثانية.", LocalDate.of(2025, 1, 2)));
    StringBuilder sb = new StringBuilder();
    ArticleTextView.write(a, sb);
    String view = sb.toString();
    assertTrue(view.startsWith("# 007.txt  (published 2025-01-02)\nHEADLINE [0, 11)\n   1  عنوان ال+خبر\n"), view);
    assertTrue(view.contains("ال+جملة|الجمله"), view);
    assertTrue(view.contains("SUBHEADING "), view);
    assertTrue(view.endsWith("\n\n"), view);
  }
}
