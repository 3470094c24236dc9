package org.khabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.khabar.html.HtmlExtractor;
import org.khabar.spark.JobArguments.InputFormat;
import org.khabar.spark.JobArguments.OutputFormat;

/**
 * The Spark job: reads articles (text files and pages, JSON lines or Parquet), annotates them
 * ({@link KhabarSpark#annotate}) and writes JSON lines (the command-line tool's, line for line) or
 * Parquet, and the id and reason of every article that failed to {@code OUTPUT/_errors}. Run it
 * with {@code spark-submit --class org.khabar.spark.KhabarSparkJob khabar-spark-bundle.jar ...}
 * on a cluster, or {@code java -jar spark/target/khabar-spark-job.jar --master 'local[2]' ...}
 * on one machine.
 */
public final class KhabarSparkJob {

  /** The columns of a JSON-lines feed, read as strings (an id may be a number). */
  private static final StructType FEED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("html", DataTypes.StringType, true),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true)));

  private KhabarSparkJob() {}

  /**
   * Runs the job and exits: 0 when it ran (articles that failed are in {@code _errors}), 1 when
   * it could not (no input files, an output folder that exists, a model that cannot be read: one
   * line says which), 2 on a bad command line.
   *
   * @param args the command line ({@link JobArguments#USAGE})
   */
  public static void main(String[] args) {
    JobArguments arguments;
    try {
      arguments = JobArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("khabar-spark: error: " + e.getMessage());
      System.err.println(JobArguments.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = session(arguments.master());
    int status = 0;
    try {
      Counts counts = run(spark, arguments);
      System.err.printf(Locale.ROOT, "khabar-spark: %d articles written to %s, %d failed%s%n",
          counts.written(), arguments.output(), counts.failed(),
          counts.failed() > 0 ? " (see " + arguments.output() + "/_errors)" : "");
    } catch (Exception e) { // Scala's AnalysisException is checked in Java's eyes but undeclared
      if (!(e instanceof IllegalArgumentException || e instanceof UncheckedIOException
          || e instanceof AnalysisException)) {
        e.printStackTrace(); // not a caller's mistake: the whole trace
      }
      // A caller's mistake (no input files, an output that exists, a bad model file): one line.
      System.err.println("khabar-spark: error: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** How many articles were written and how many failed. */
  record Counts(long written, long failed) {}

  /**
   * Reads, annotates and writes as {@code arguments} say.
   *
   * @param spark the session
   * @param arguments the job's command line
   * @return the counts
   */
  static Counts run(SparkSession spark, JobArguments arguments) {
    KhabarOptions options = KhabarOptions.defaults()
        .withModels(arguments.models())
        .withLayers(arguments.layers());
    if (arguments.format() == OutputFormat.JSONL) {
      options = options.jsonOnly();
    }
    if (arguments.published().isPresent()) {
      options = options.withDefaultPublished(arguments.published().get());
    }
    Dataset<Row> annotated = KhabarSpark.annotate(read(spark, arguments), options)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> errors = KhabarSpark.errors(annotated);
      if (arguments.format() == OutputFormat.JSONL) {
        KhabarSpark.jsonLines(annotated).write().text(arguments.output());
      } else {
        annotated.filter(col("error").isNull()).drop("error").write().parquet(arguments.output());
      }
      errors.coalesce(1).write().json(arguments.output() + "/_errors");
      long failed = errors.count();
      return new Counts(annotated.count() - failed, failed);
    } finally {
      annotated.unpersist();
    }
  }

  /** The input rows, with the columns {@link KhabarOptions#defaults()} names. */
  static Dataset<Row> read(SparkSession spark, JobArguments arguments) {
    String[] inputs = arguments.inputs().toArray(String[]::new);
    if (arguments.inputFormat() == InputFormat.JSONL) {
      return spark.read().schema(FEED).json(inputs);
    }
    if (arguments.inputFormat() == InputFormat.PARQUET) {
      return spark.read().parquet(inputs);
    }
    String[] files = textFiles(spark, arguments.inputs());
    if (files.length == 0) {
      throw new IllegalArgumentException(
          "no *.txt, *.html or *.htm files in " + arguments.inputs());
    }
    return spark.read().format("binaryFile").load(files)
        .select(regexp_extract(col("path"), "[^/]*$", 0).as("id"), col("content"));
  }

  /**
   * The files the command-line tool reads for {@code inputs}: a file named directly, and the
   * {@code .txt}, {@code .html} and {@code .htm} files (any case) directly inside a folder.
   */
  private static String[] textFiles(SparkSession spark, List<String> inputs) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>();
    try {
      for (String input : inputs) {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
          files.add(status.getPath().toString());
          continue;
        }
        FileStatus[] entries = fs.listStatus(path);
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus entry : entries) {
          String name = entry.getPath().getName().toLowerCase(Locale.ROOT);
          if (entry.isFile() && (name.endsWith(".txt") || HtmlExtractor.isPageName(name))) {
            files.add(entry.getPath().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input " + inputs + ": " + e.getMessage(), e);
    }
    return files.toArray(String[]::new);
  }

  /** The session: spark-submit's, or a local one bound to 127.0.0.1, or one with {@code master}. */
  private static SparkSession session(String master) {
    if (master == null) {
      return SparkSession.builder().appName("khabar").getOrCreate();
    }
    if (!master.startsWith("local")) {
      return SparkSession.builder().master(master).appName("khabar").getOrCreate();
    }
    SparkSession spark = LocalSpark.builder(master).getOrCreate();
    spark.sparkContext().setLogLevel("WARN"); // on one machine, standard error is the user's
    return spark;
  }
}
