package org.khabar.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.json.ArticleJson;
import org.khabar.json.JsonOptions;
import org.khabar.models.DefaultModels;
import org.khabar.models.ModelSpec;
import org.khabar.models.Pipelines;
import org.khabar.tools.corpus.JsonStrings;
import org.khabar.tools.eval.SharedCorpora;

/**
 * A benchmark report: articles a second through Spark {@code local[2]} against one thread of a
 * plain JVM (and two, the ceiling on two cores), on the same ANT articles, all writing each
 * article's JSON. After {@value #WARM_UP} rounds of warm-up, every round runs the three in turn,
 * so that a change in the machine's speed (a shared virtual machine's is not steady over a minute)
 * falls on all three alike; the figure is the median over the rounds of each round's ratio of
 * {@code local[2]} to one thread (the target is 1.7), with the quartiles. Run from the project's
 * root after {@code mvn package -Pcorpora}:
 *
 * <pre>
 * cp="spark/target/test-classes:spark/target/classes:spark/target/lib/*"
 * java -Dkhabar.shared=../shared -cp "$cp:tools/target/khabar-tools.jar" \
 *     org.khabar.spark.SparkThroughput [ARTICLES] [ROUNDS]
 * </pre>
 *
 * <p>Rounds of 3,000 articles (the default) last seconds each; rounds of a few hundred milliseconds
 * measure a pause of the machine or the collector as much as the pipeline.
 */
public final class SparkThroughput {

  /** Rounds run first and not counted: the compiler is still at work on all three in them. */
  static final int WARM_UP = 2;

  private SparkThroughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<Row> rows = new ArrayList<>();
    List<ArticleSource> sources = new ArrayList<>();
    Path file = SharedCorpora.root().resolve("corpora/ant-news/ant-v1.1.jsonl");
    try (BufferedReader in = Files.newBufferedReader(file, UTF_8)) {
      String line;
      while (sources.size() < n && (line = in.readLine()) != null) {
        String id = JsonStrings.field(line, "docno");
        String text = JsonStrings.field(line, "text");
        sources.add(ArticleSource.of(id, text));
        rows.add(RowFactory.create(id, text));
      }
    }
    long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
    System.out.printf(Locale.ROOT, "%d ANT articles, %,d chars%n", sources.size(), chars);

    Khabar khabar = Pipelines.of(ModelSpec.bundled()).khabar();
    JsonOptions json = JsonOptions.defaults().withModels(DefaultModels.versions());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    SparkSession spark = LocalSpark.builder("local[2]").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> input = spark.createDataFrame(rows, DataTypes.createStructType(List.of(
          DataTypes.createStructField("id", DataTypes.StringType, false),
          DataTypes.createStructField("text", DataTypes.StringType, false))))
          .repartition(8).cache();
      input.count();
      KhabarOptions options = KhabarOptions.defaults().jsonOnly();
      List<Double> ratios = new ArrayList<>();
      List<Double> plainRatios = new ArrayList<>();
      for (int r = 0; r < WARM_UP + rounds; r++) {
        double one = rate(sources.size(), () -> write(khabar, json, sources));
        double local = rate(sources.size(), () ->
            KhabarSpark.annotate(input, options).write().format("noop").mode("overwrite").save());
        double two = rate(sources.size(), () -> inTwoThreads(pool, khabar, json, sources));
        System.out.printf(Locale.ROOT, "round %d%s: one thread %.1f, two threads %.1f, local[2]"
            + " %.1f articles/s; local[2] / one thread %.2f%n",
            r, r < WARM_UP ? " (warm-up)" : "",
            one, two, local, local / one);
        if (r >= WARM_UP) {
          ratios.add(local / one);
          plainRatios.add(two / one);
        }
      }
      System.out.printf(Locale.ROOT, "local[2] / one thread: median %.2f (quartiles %.2f-%.2f;"
          + " target 1.70); two plain threads / one: median %.2f, over %d rounds%n",
          quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75),
          quantile(plainRatios, 0.5), ratios.size());
    } finally {
      spark.stop();
      pool.shutdown();
    }
  }

  /** A pass that throws nothing checked. */
  private interface Pass {
    void run() throws Exception;
  }

  /** Articles a second of one pass over {@code count} articles. */
  private static double rate(int count, Pass pass) throws Exception {
    long t0 = System.nanoTime();
    pass.run();
    return count / ((System.nanoTime() - t0) / 1e9);
  }

  private static long write(Khabar khabar, JsonOptions json, List<ArticleSource> sources) {
    long bytes = 0;
    for (ArticleSource s : sources) {
      bytes += ArticleJson.write(khabar.process(s), json).length();
    }
    return bytes;
  }

  /** The articles in two halves, one per thread of {@code pool}. */
  private static void inTwoThreads(ExecutorService pool, Khabar khabar, JsonOptions json,
      List<ArticleSource> sources) throws Exception {
    List<Future<Long>> halves = new ArrayList<>();
    for (int h = 0; h < 2; h++) {
      List<ArticleSource> half =
          sources.subList(h * sources.size() / 2, (h + 1) * sources.size() / 2);
      halves.add(pool.submit(() -> write(khabar, json, half)));
    }
    for (Future<Long> half : halves) {
      half.get();
    }
  }

  /** The {@code q} quantile of {@code values}, by linear interpolation. */
  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = values.stream().sorted().toList();
    double at = q * (sorted.size() - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (at - lo);
  }
}
