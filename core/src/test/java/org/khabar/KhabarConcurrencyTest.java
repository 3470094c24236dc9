package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Token;
import org.khabar.ner.EntityRecognizer;
import org.khabar.testing.NewsTextGenerator;

class KhabarConcurrencyTest {

  /** A stateless recognizer: every word token of 5 or more chars is a MISC entity. */
  private static final EntityRecognizer LONG_WORDS =
      text -> {
        List<Entity> out = new ArrayList<>();
        for (Token t : text.tokens()) {
          if (t.span().length() >= 5) {
            String s = text.textOf(t.span());
            out.add(new Entity(EntityType.MISC, t.span(), s, s, 0.5));
          }
        }
        return out;
      };

  @Test
  void eightThreadsGiveTheSameArticlesAsOne() throws Exception {
    Khabar khabar = Khabar.builder().addRecognizer(LONG_WORDS).build();
    List<String> texts = new ArrayList<>();
    Random random = new Random(42);
    for (int i = 0; i < 400; i++) {
      texts.add(i % 2 == 0
          ? NewsTextGenerator.news(random, random.nextInt(300))
          : NewsTextGenerator.hostile(random, random.nextInt(300)));
    }
    List<Article> sequential = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sequential.add(khabar.process(ArticleSource.of("a" + i, texts.get(i))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      // Each thread walks the texts from a different offset so that they overlap in time.
      for (int i = 0; i < texts.size(); i++) {
        int k = (i * 7) % texts.size();
        futures.add(pool.submit(() -> khabar.process(ArticleSource.of("a" + k, texts.get(k)))));
      }
      for (int i = 0; i < texts.size(); i++) {
        int k = (i * 7) % texts.size();
        assertEquals(sequential.get(k), futures.get(i).get(), "article " + k);
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }
}
