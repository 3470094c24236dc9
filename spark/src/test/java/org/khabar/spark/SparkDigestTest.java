package org.khabar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.json.ArticleJson;
import org.khabar.json.JsonOptions;
import org.khabar.models.DefaultModels;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.eval.SharedCorpora;

/**
 * The articles Spark annotates on {@code local[2]} are, article by article and byte for byte, the
 * JSON a plain JVM writes for them with a pipeline of its own: over the seeds, and over 200 ANT
 * news articles when {@code ../shared} is present. Run a second time with Spark's own ICU4J and
 * Guava on the class path (the {@code spark-libraries} execution in this module's POM).
 */
class SparkDigestTest {

  @RegisterExtension
  static final SparkSessionExtension SPARK = new SparkSessionExtension();

  private static final StructType INPUT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true)));

  /** A pipeline of the test's own, built as the command-line tool builds its own. */
  private static final Khabar PLAIN =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();

  @Test
  void runsOnTheIcu4jItIsGiven() {
    // The spark-libraries execution swaps ICU4J for Spark's: check the swap took place.
    String expected = System.getProperty("khabar.expected.icu4j");
    Assumptions.assumeTrue(expected != null, "runs in the spark-libraries execution");
    VersionInfo icu = VersionInfo.ICU_VERSION;
    assertEquals(expected, icu.getMajor() + "." + icu.getMinor());
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
    // Every 10th article: all five outlets and their sections.
    List<ArticleSource> articles = AntNews.sample(corpora, 200, 10);
    assertEquals(200, articles.size());
    assertSameJson(articles);
  }

  private static void assertSameJson(List<ArticleSource> sources) {
    List<Row> rows = new ArrayList<>();
    for (ArticleSource s : sources) {
      String published = s.published().map(Object::toString).orElse(null);
      rows.add(RowFactory.create(s.id(), s.text(), published));
    }
    Dataset<Row> input = SPARK.spark().createDataFrame(rows, INPUT).repartition(4);
    Dataset<Row> annotated =
        KhabarSpark.annotate(input, KhabarOptions.defaults().withJson(true));
    Map<String, Row> byId = new HashMap<>();
    for (Row row : annotated.collectAsList()) {
      byId.put(row.getString(0), row);
    }
    assertEquals(sources.size(), byId.size());
    JsonOptions json = JsonOptions.defaults().withModels(DefaultModels.versions());
    for (ArticleSource s : sources) {
      Row row = byId.get(s.id());
      assertNull(row.get(row.fieldIndex("error")), s.id());
      assertSameText(ArticleJson.write(PLAIN.process(s), json),
          row.getString(row.fieldIndex("json")), s.id());
    }
  }

  /** Equal strings; else fails showing where they first differ, not both whole. */
  static void assertSameText(String expected, String actual, String what) {
    if (expected.equals(actual)) {
      return;
    }
    if (actual == null) {
      fail(what + ": null");
    }
    int i = 0;
    while (i < Math.min(expected.length(), actual.length())
        && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    fail(what + ": first difference at " + i + ": expected ..."
        + expected.substring(from, Math.min(expected.length(), i + 80)) + "... but was ..."
        + actual.substring(from, Math.min(actual.length(), i + 80))
        + "...");
  }
}
