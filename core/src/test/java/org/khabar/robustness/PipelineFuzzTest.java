package org.khabar.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;

/**
 * Fuzzes the whole pipeline: any text yields a valid {@link Article} (its constructor checks order,
 * bounds and that nothing is lost), with sentences inside blocks and tokens inside sentences.
 */
class PipelineFuzzTest {

  private static final Khabar KHABAR = Khabar.builder().build();

  @FuzzTest(maxDuration = "60s")
  void process(byte[] data) {
    String text = FuzzInput.decode(data);
    Invariants.checkArticle(text, KHABAR.process(ArticleSource.of("fuzz", text)));
  }
}
