package org.khabar.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.testing.NewsTextGenerator;
import org.junit.jupiter.api.Test;

/**
 * One {@link Khabar} instance shared by many threads gives exactly the articles a sequential run
 * gives ({@code equals} on the records), whatever the order the threads take the articles in.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final long SEED = 5_2026_11_22L;

  @Test
  void sharedPipelineGivesSequentialResults() throws Exception {
    Random random = new Random(SEED);
    List<ArticleSource> corpus = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      String text = i % 4 == 3
          ? NewsTextGenerator.hostile(random, 50 + random.nextInt(400))
          : NewsTextGenerator.news(random, 50 + random.nextInt(400));
      corpus.add(ArticleSource.of("a" + i, text));
    }
    Khabar khabar = Khabar.builder().build();
    List<Article> sequential = new ArrayList<>();
    for (ArticleSource source : corpus) {
      sequential.add(khabar.process(source));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < 3; round++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(SEED + round));
        List<Callable<Article>> tasks = new ArrayList<>();
        for (int i : order) {
          tasks.add(() -> khabar.process(corpus.get(i)));
        }
        List<Future<Article>> results = pool.invokeAll(tasks, 5, TimeUnit.MINUTES);
        for (int k = 0; k < order.size(); k++) {
          int i = order.get(k);
          assertEquals(sequential.get(i), results.get(k).get(),
              "article " + i + " (seed " + SEED + ", round " + round + ") differs from the"
                  + " sequential run: " + Invariants.escape(corpus.get(i).text()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
