package org.khabar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ArticleSource;
import org.khabar.json.ArticleJson;
import org.khabar.json.JsonOptions;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.DefaultModels;
import org.khabar.models.Pipelines;
import org.khabar.models.ModelSpec;

/** The rows, SQL functions, error rows and job of khabar-spark, on a local[2] session. */
class KhabarSparkTest {

  @RegisterExtension
  static final SparkSessionExtension SPARK = new SparkSessionExtension();

  private static final String NEWS = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم الخميس "
      + "إن فرنسا ستدعم أوكرانيا.";
  /** Emoji before the names: UTF-16 and code-point offsets differ after them. */
  private static final String EMOJI = "😀🎉 " + NEWS;

  private static StructType input(String... columns) {
    return DataTypes.createStructType(Arrays.stream(columns)
        .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true)).toList());
  }

  private static Map<String, Row> byId(Dataset<Row> rows) {
    Map<String, Row> byId = new HashMap<>();
    for (Row row : rows.collectAsList()) {
      byId.put(row.getString(0), row);
    }
    return byId;
  }

  private static List<Row> list(Row row, String field) {
    return row.getList(row.fieldIndex(field));
  }

  @Test
  void spansCarryTheirTextAndCodePointOffsetsThatSqlSubstringAgreesWith() {
    Dataset<Row> in = SPARK.spark().createDataFrame(
        List.of(RowFactory.create("e", EMOJI, "2025-03-06")), input("id", "text", "published"));
    Dataset<Row> out = KhabarSpark.annotate(in, KhabarOptions.defaults());
    out.createOrReplaceTempView("articles");
    Row row = out.collectAsList().get(0);
    assertNull(row.getAs("error"));
    assertEquals(LocalDate.of(2025, 3, 6), row.getAs("published"));
    List<Row> entities = list(row, "entities");
    assertTrue(entities.size() >= 3, entities.toString());
    for (String layer : List.of("blocks", "sentences", "tokens", "entities", "quotes", "times")) {
      for (Row span : list(row, layer)) {
        int start = span.getAs("start");
        int end = span.getAs("end");
        assertEquals(EMOJI.substring(start, end), span.getAs("text"), layer);
        assertEquals(EMOJI.codePointCount(0, start), (int) span.getAs("startCodePoint"), layer);
        assertEquals(EMOJI.codePointCount(0, end), (int) span.getAs("endCodePoint"), layer);
      }
    }
    // SQL counts code points: substring over the code-point offsets gives each entity's text.
    List<Row> sql = SPARK.spark().sql("SELECT e.text, substring(a.text, e.startCodePoint + 1,"
        + " e.endCodePoint - e.startCodePoint) FROM articles a LATERAL VIEW explode(a.entities) t"
        + " AS e").collectAsList();
    assertEquals(entities.size(), sql.size());
    for (Row r : sql) {
      assertEquals(r.getString(0), r.getString(1));
    }
  }

  @Test
  void rowsMirrorTheArticle() {
    Dataset<Row> in = SPARK.spark().createDataFrame(
        List.of(RowFactory.create("n", NEWS, null)), input("id", "text", "published"));
    Row row = KhabarSpark.annotate(in, KhabarOptions.defaults()).collectAsList().get(0);
    var article = Pipelines.of(ModelSpec.bundled()).khabar().process(ArticleSource.of("n", NEWS));
    assertEquals(article.entities().size(), list(row, "entities").size());
    for (int i = 0; i < article.entities().size(); i++) {
      Row e = list(row, "entities").get(i);
      assertEquals(article.entities().get(i).type().name(), e.getAs("type"));
      assertEquals(article.entities().get(i).canonical(), e.getAs("canonical"));
      assertEquals(article.entities().get(i).score(), (double) e.getAs("score"));
    }
    assertEquals(article.quotes().size(), list(row, "quotes").size());
    Row quote = list(row, "quotes").get(0);
    assertEquals(article.quotes().get(0).speaker().get().canonical(),
        ((Row) quote.getAs("speaker")).getAs("canonical"));
    assertEquals(article.tokens().size(), list(row, "tokens").size());
    assertEquals(DefaultModels.versions(), row.getJavaMap(row.fieldIndex("models")));
  }

  @Test
  void layersLeftOutAreLeftOutOfTheSchema() {
    KhabarOptions options = KhabarOptions.defaults().withLayers(Set.of(Layer.ENTITIES));
    List<String> fields = Arrays.asList(ArticleSchema.of(options).fieldNames());
    assertTrue(fields.containsAll(List.of("id", "error", "text", "blocks", "entities")));
    assertFalse(fields.contains("tokens"));
    assertFalse(fields.contains("json"));
    Dataset<Row> in = SPARK.spark().createDataFrame(
        List.of(RowFactory.create("n", NEWS)), input("id", "text"));
    assertEquals(fields, Arrays.asList(KhabarSpark.annotate(in, options).schema().fieldNames()));
  }

  @Test
  void aBadArticleIsAnErrorRowAndTheOthersGoOn() {
    Dataset<Row> in = SPARK.spark().createDataFrame(List.of(
        RowFactory.create("good", NEWS, "2025-03-06"),
        RowFactory.create("bad-date", NEWS, "06/03/2025"),
        RowFactory.create(null, NEWS, null),
        RowFactory.create("no-text", null, null)), input("id", "text", "published"));
    Dataset<Row> out = KhabarSpark.annotate(in, KhabarOptions.defaults().withJson(true));
    Map<String, Row> rows = byId(out);
    assertEquals(4, rows.size());
    assertNull(rows.get("good").getAs("error"));
    assertTrue(rows.get("bad-date").<String>getAs("error").contains("'06/03/2025'"));
    assertTrue(rows.get("").<String>getAs("error").contains("id is null"));
    assertTrue(rows.get("no-text").<String>getAs("error").contains("neither text"));
    assertNull(rows.get("no-text").getAs("text"));
    assertEquals(3, KhabarSpark.errors(out).count());
    assertEquals(List.of("good"), KhabarSpark.jsonLines(out).collectAsList().stream()
        .map(j -> ArticleJson.read(j).id()).toList());
  }

  @Test
  void aMissingIdColumnIsNamed() {
    Dataset<Row> in = SPARK.spark().createDataFrame(
        List.<Row>of(), input("docno", "text"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KhabarSpark.annotate(in, KhabarOptions.defaults()));
    assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("docno"),
        e.getMessage());
    Dataset<Row> renamed = KhabarSpark.annotate(in,
        KhabarOptions.defaults().withColumns("docno", "text", "published"));
    assertEquals(0, renamed.count());
  }

  @Test
  void htmlPagesAreReadWithTheirDate() {
    String page = "<html><head><title>t</title><meta property=\"article:published_time\""
        + " content=\"2024-05-01T10:00:00+01:00\"></head><body><article><h1>عنوان الخبر هنا"
        + "</h1><p>" + NEWS + "</p></article></body></html>";
    Dataset<Row> in = SPARK.spark().createDataFrame(
        List.of(RowFactory.create("p", page, "https://example.com/a")), input("id", "html", "url"));
    Row row = KhabarSpark.annotate(in, KhabarOptions.defaults()).collectAsList().get(0);
    assertNull(row.getAs("error"));
    assertEquals(LocalDate.of(2024, 5, 1), row.getAs("published"));
    assertEquals("HEADLINE", list(row, "blocks").get(0).getAs("kind"));
    assertTrue(row.<String>getAs("text").contains("ماكرون"));
  }

  @Test
  void sqlFunctionsGiveTheRowAndTheJson() {
    KhabarSpark.registerFunctions(SPARK.spark(), KhabarOptions.defaults());
    SPARK.spark().createDataFrame(List.of(RowFactory.create("n", NEWS, "2025-03-06")),
        input("id", "text", "published")).createOrReplaceTempView("feed");
    Row r = SPARK.spark().sql("SELECT khabar(text, published) AS a,"
        + " khabar_json(id, text, published) AS j FROM feed").collectAsList().get(0);
    Row a = r.getAs("a");
    assertNull(a.getAs("error"));
    ArticleSource source = ArticleSource.of("n", NEWS, LocalDate.of(2025, 3, 6));
    var article = Pipelines.of(ModelSpec.bundled()).khabar().process(source);
    assertEquals(article.entities().size(), list(a, "entities").size());
    assertEquals(ArticleJson.write(article,
        JsonOptions.defaults().withModels(DefaultModels.versions())), r.getAs("j"));
  }

  @Test
  void theJobWritesTheCommandLineToolsJsonLinesAndItsErrors(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), NEWS);
    Files.writeString(in.resolve("b.TXT"), EMOJI);
    Files.write(in.resolve("c.txt"), new byte[] {'a', (byte) 0xE9, 'b'}); // not UTF-8
    Files.writeString(in.resolve("d.md"), NEWS); // not read
    Path out = dir.resolve("out");
    KhabarSparkJob.Counts counts = KhabarSparkJob.run(SPARK.spark(), JobArguments.parse(
        "--input", in.toString(), "--output", out.toString(), "--published", "2025-03-06"));
    assertEquals(new KhabarSparkJob.Counts(2, 1), counts);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    lines.sort(null);
    JsonOptions json = JsonOptions.defaults().withModels(DefaultModels.versions());
    LocalDate day = LocalDate.of(2025, 3, 6);
    var khabar = Pipelines.of(ModelSpec.bundled()).khabar();
    assertEquals(List.of(
        ArticleJson.write(khabar.process(ArticleSource.of("a.txt", NEWS, day)), json),
        ArticleJson.write(khabar.process(ArticleSource.of("b.TXT", EMOJI, day)), json)), lines);
    List<String> errors = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("_errors"))) {
      for (Path part : parts.filter(p -> p.toString().endsWith(".json")).toList()) {
        errors.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).contains("\"id\":\"c.txt\"") && errors.get(0).contains("UTF-8"),
        errors.get(0));
  }

  @Test
  void theJobReadsJsonLinesAndWritesParquet(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\": \"a\", \"text\": \"" + NEWS + "\", \"published\": \"2025-03-06T10:00:00Z\"}",
        "{\"id\": 7, \"text\": \"" + NEWS + "\"}",
        "{\"id\": \"bad\", \"text\": \"" + NEWS + "\", \"published\": \"soon\"}"));
    Path out = dir.resolve("out");
    KhabarSparkJob.Counts counts = KhabarSparkJob.run(SPARK.spark(), JobArguments.parse(
        "--input", feed.toString(), "--input-format", "jsonl", "--output", out.toString(),
        "--format", "parquet", "--fields", "entities,quotes"));
    assertEquals(new KhabarSparkJob.Counts(2, 1), counts);
    Map<String, Row> rows = byId(SPARK.spark().read().parquet(out.toString()));
    assertEquals(Set.of("a", "7"), rows.keySet());
    Row a = rows.get("a");
    assertEquals(LocalDate.of(2025, 3, 6), a.getAs("published"));
    var article = Pipelines.of(ModelSpec.bundled()).khabar()
        .process(ArticleSource.of("a", NEWS, LocalDate.of(2025, 3, 6)));
    assertEquals(article.entities().size(), list(a, "entities").size());
    assertFalse(Arrays.asList(a.schema().fieldNames()).contains("tokens"));
    assertFalse(Arrays.asList(a.schema().fieldNames()).contains("error"));
  }

  @Test
  void theJobTakesWordListsFromAFolderAndNamesABadOne(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "وقال بايدن إن الاتفاق انتهى.\n");
    Path words = Files.createDirectories(dir.resolve("words").resolve("segment"));
    Files.writeString(words.resolve("unsplittable.txt"), "بايدن\n");
    Path out = dir.resolve("out");
    KhabarSparkJob.run(SPARK.spark(), JobArguments.parse("--input", in.toString(),
        "--output", out.toString(), "--words", words.getParent().toString()));
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertEquals(1, lines.size());
    // the bundled lexicon reads ب + ايدن; the folder's list keeps the name whole
    assertTrue(lines.get(0).contains("\"text\":\"بايدن\""), lines.get(0));
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(bad.resolve("verbs.txt"), "غرد يغرد مغرد\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JobArguments.parse("--input", "x", "--output", "y", "--words", bad.toString()));
    assertTrue(e.getMessage().contains("verbs.txt"), e.getMessage());
  }

  @Test
  void aBadCommandLineIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JobArguments.parse("--input", "x", "--output", "y", "--format", "csv"));
    assertTrue(e.getMessage().contains("'csv'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> JobArguments.parse("--input", "x", "--output", "y", "--fields", "names"));
    assertTrue(e.getMessage().contains("'names'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("--input", "x"));
    assertTrue(e.getMessage().contains("--output"), e.getMessage());
  }

  @Test
  void nearDuplicatesAreTheGroupsOfOneJvm() throws Exception {
    List<Row> rows = new ArrayList<>();
    List<org.khabar.corpus.Fingerprint> local = new ArrayList<>();
    var khabar = Pipelines.of(ModelSpec.bundled()).khabar();
    for (ArticleSource seed : org.khabar.tools.eval.SharedCorpora.seeds()) {
      String copy = "تونس (وات) - " + seed.text().substring(0, seed.text().length() * 7 / 10);
      for (ArticleSource s : List.of(seed, ArticleSource.of(seed.id() + "#copy", copy))) {
        rows.add(RowFactory.create(s.id(), s.text()));
        local.add(org.khabar.corpus.Fingerprint.of(khabar.process(s)));
      }
    }
    Dataset<Row> annotated = KhabarSpark.annotate(
        SPARK.spark().createDataFrame(rows, input("id", "text")).repartition(3),
        KhabarOptions.defaults().jsonOnly().withFingerprints(true));
    List<String> spark = new ArrayList<>();
    for (Row g : KhabarSpark.nearDuplicates(annotated).collectAsList()) {
      spark.add(g.getString(0) + " " + g.getList(1));
    }
    spark.sort(null);
    List<String> oneJvm = new ArrayList<>();
    for (org.khabar.corpus.NearDuplicates.Group g :
        org.khabar.corpus.NearDuplicates.defaults().group(local)) {
      oneJvm.add(g.original() + " " + g.members());
    }
    assertEquals(5, oneJvm.size(), oneJvm.toString());
    assertEquals(oneJvm, spark);
  }

  @Test
  void theSessionBindsToLoopback() {
    assertEquals("127.0.0.1", SPARK.spark().conf().get("spark.driver.bindAddress"));
    assertEquals("127.0.0.1", SPARK.spark().conf().get("spark.driver.host"));
  }
}
