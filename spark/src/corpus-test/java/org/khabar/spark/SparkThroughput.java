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
 * plain JVM (and two, the ceiling on two cores), on the same ANT articles, all warm (the best of
 * the rounds after a first full pass), all writing each article's JSON. Prints the rates and the
 * ratio of local[2] to one thread (the target is 1.7). Run from the project's root after {@code
 * mvn package}:
 *
 * <pre>
 * cp="spark/target/test-classes:spark/target/classes:spark/target/lib/*"
 * java -Dkhabar.shared=../shared -cp "$cp:tools/target/khabar-tools.jar" \
 *     org.khabar.spark.SparkThroughput [ARTICLES] [ROUNDS]
 * </pre>
 */
public final class SparkThroughput {

  private SparkThroughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
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
    double plain = 0;
    for (int r = 0; r <= rounds; r++) {
      long t0 = System.nanoTime();
      long bytes = 0;
      for (ArticleSource s : sources) {
        bytes += ArticleJson.write(khabar.process(s), json).length();
      }
      double rate = sources.size() / ((System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "plain JVM, one thread, round %d: %.1f articles/s%s (%d)%n",
          r, rate, r == 0 ? " (warm-up)" : "", bytes);
      if (r > 0) {
        plain = Math.max(plain, rate);
      }
    }

    double two = 0;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int r = 0; r <= rounds; r++) {
        long t0 = System.nanoTime();
        List<Future<Long>> halves = new ArrayList<>();
        for (int h = 0; h < 2; h++) {
          List<ArticleSource> half = sources.subList(h * sources.size() / 2,
              (h + 1) * sources.size() / 2);
          halves.add(pool.submit(() -> {
            long bytes = 0;
            for (ArticleSource s : half) {
              bytes += ArticleJson.write(khabar.process(s), json).length();
            }
            return bytes;
          }));
        }
        for (Future<Long> half : halves) {
          half.get();
        }
        double rate = sources.size() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "plain JVM, two threads, round %d: %.1f articles/s%n", r,
            rate);
        if (r > 0) {
          two = Math.max(two, rate);
        }
      }
    } finally {
      pool.shutdown();
    }

    SparkSession spark = LocalSpark.builder("local[2]").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> input = spark.createDataFrame(rows, DataTypes.createStructType(List.of(
          DataTypes.createStructField("id", DataTypes.StringType, false),
          DataTypes.createStructField("text", DataTypes.StringType, false))))
          .repartition(8).cache();
      input.count();
      KhabarOptions options = KhabarOptions.defaults().jsonOnly();
      double local = 0;
      for (int r = 0; r <= rounds; r++) {
        long t0 = System.nanoTime();
        KhabarSpark.annotate(input, options).write().format("noop").mode("overwrite").save();
        double rate = sources.size() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "Spark local[2], round %d: %.1f articles/s%s%n", r, rate,
            r == 0 ? " (warm-up)" : "");
        if (r > 0) {
          local = Math.max(local, rate);
        }
      }
      System.out.printf(Locale.ROOT,
          "best warm rounds: plain one thread %.1f, plain two threads %.1f, local[2] %.1f"
              + " articles/s: local[2] / one thread %.2f (target 1.70)%n",
          plain, two, local, local / plain);
    } finally {
      spark.stop();
    }
  }
}
