package org.khabar.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Quote;
import org.khabar.article.TokenKind;
import org.khabar.testing.NewsTextGenerator;

class QuoteFinderPropertiesTest {

  @Test
  void quotesAreInBodyBlocksSortedDisjointAndNeverThrow() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      String text =
          seed % 2 == 0
              ? NewsTextGenerator.news(random, random.nextInt(300))
              : NewsTextGenerator.hostile(random, random.nextInt(300));
      try {
        Article a = Khabar.defaults().process(text);
        List<Quote> q = a.quotes();
        for (int i = 0; i < q.size(); i++) {
          assertTrue(a.isBody(q.get(i).span()), "in body");
          assertTrue(!q.get(i).span().isEmpty(), "not empty");
          assertTrue(i == 0 || q.get(i - 1).span().end() <= q.get(i).span().start(), "disjoint");
        }
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + ": " + NewsTextGenerator.escape(text), e);
      }
    }
  }

  @Test
  void manyCuesWithoutPunctuationGiveBoundedClauses() {
    // A quadratic finder would take minutes here; clauses are capped instead.
    String text = "قال الوزير إن «الأمر ".repeat(50_000);
    Article a = Khabar.defaults().process(text);
    assertTrue(!a.quotes().isEmpty());
    for (Quote q : a.quotes()) {
      long words =
          a.tokensIn(q.span()).stream().filter(t -> t.kind() != TokenKind.PUNCTUATION).count();
      assertTrue(words <= QuoteFinder.MAX_CLAUSE_WORDS + 1, q.toString());
    }
  }
}
