package org.khabar.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.json.ArticleJson;
import org.khabar.json.JsonOptions;
import org.khabar.models.DefaultModels;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.eval.SharedCorpora;

/**
 * The articles Beam's DirectRunner annotates (with its immutability and encodability checks on)
 * are, article by article and byte for byte, the JSON a plain JVM writes for them with a pipeline
 * of its own: over the seeds, and over 200 ANT news articles when {@code ../shared} is present.
 */
class BeamDigestTest {

  /** A pipeline of the test's own, built as the command-line tool builds its own. */
  private static final Khabar PLAIN =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();

  static Pipeline direct() {
    return Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
  }

  @Test
  void seedsGiveTheSameJsonAsAPlainJvm() throws IOException {
    List<ArticleSource> seeds = SharedCorpora.seeds();
    assertEquals(5, seeds.size());
    assertSameJson(seeds);
  }

  @Test
  void twoHundredAntArticlesGiveTheSameJsonAsAPlainJvm() throws IOException {
    Path corpora = SharedCorpora.root().resolve("corpora");
    Assumptions.assumeTrue(Files.isRegularFile(corpora.resolve(AntNews.FILE)),
        "skipped: " + corpora + " not found (set -Dkhabar.shared=/path/to/shared)");
    List<ArticleSource> articles = AntNews.sample(corpora, 200, 10);
    assertEquals(200, articles.size());
    assertSameJson(articles);
  }

  private static void assertSameJson(List<ArticleSource> sources) {
    JsonOptions json = JsonOptions.defaults().withModels(DefaultModels.versions());
    List<String> expected = new ArrayList<>();
    for (ArticleSource s : sources) {
      expected.add(ArticleJson.write(PLAIN.process(s), json));
    }
    Pipeline p = direct();
    PCollection<Article> articles = p.apply(Create.of(sources))
        .apply(KhabarBeam.annotate());
    PAssert.that(articles.apply(KhabarBeam.toJsonLines())).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }
}
