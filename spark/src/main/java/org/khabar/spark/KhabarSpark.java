package org.khabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.khabar.corpus.Fingerprint;
import org.khabar.corpus.NearDuplicates;
import org.khabar.models.Pipelines;

/**
 * Khabar on Spark: annotates a {@code Dataset<Row>} of articles, one output row per input row
 * ({@link ArticleSchema}), and registers the same as SQL functions. Each executor JVM builds its
 * pipeline once, on first use ({@link Pipelines}); nothing large is shipped with the tasks. An
 * article that fails gives a row with its id and the reason ({@code error}), never a failed job.
 *
 * <pre>{@code
 * Dataset<Row> articles = KhabarSpark.annotate(spark.read().json("feed.jsonl"),
 *     KhabarOptions.defaults().withJson(true));
 * KhabarSpark.errors(articles).show();
 * articles.filter("error IS NULL").select("id", "entities").show();
 * }</pre>
 */
public final class KhabarSpark {

  /** The SQL function {@code khabar(text, published)}: the article's row without its id. */
  public static final String FUNCTION = "khabar";
  /** The SQL function {@code khabar_json(id, text, published)}: the article's JSON line. */
  public static final String JSON_FUNCTION = "khabar_json";

  private KhabarSpark() {}

  /**
   * The articles of {@code input}, one row per input row, in {@link ArticleSchema#of} the options.
   * Lazy, as Spark is: nothing runs until an action.
   *
   * @param input rows with the columns {@code options} name
   * @param options the input columns, the models, the layers kept
   * @return the annotated rows
   * @throws IllegalArgumentException if {@code input} lacks the id column or every text column,
   *     naming the columns it has
   */
  public static Dataset<Row> annotate(Dataset<Row> input, KhabarOptions options) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    InputColumns columns = InputColumns.of(input.schema(), options);
    return input.mapPartitions(new Annotator(options, columns, localDates(input.sparkSession())),
        Encoders.row(ArticleSchema.of(options)));
  }

  /**
   * The JSON lines of the articles that did not fail, as the command-line tool writes them.
   *
   * @param annotated rows of {@link #annotate} with {@link KhabarOptions#withJson} on
   * @return the JSON lines
   * @throws IllegalArgumentException if {@code annotated} has no {@code json} column
   */
  public static Dataset<String> jsonLines(Dataset<Row> annotated) {
    if (!Arrays.asList(annotated.schema().fieldNames()).contains("json")) {
      throw new IllegalArgumentException("no json column: annotate withJson(true)");
    }
    return annotated.filter(col("error").isNull()).select(col("json")).as(Encoders.STRING());
  }

  /**
   * The groups of near-duplicates among the articles of {@code annotated} (annotated {@link
   * KhabarOptions#withFingerprints with fingerprints}): candidate pairs share a band key (keys shared
   * by more than {@value #MAX_KEY_ARTICLES} articles, templates, are left out) and are checked
   * exactly on the executors; the articles that have a near-duplicate, few, are then grouped on the
   * driver as {@code NearDuplicates} groups them in one JVM, each group with its original.
   *
   * @param annotated rows of {@link #annotate} with fingerprints
   * @return rows (original, members), members the original first
   * @throws IllegalArgumentException if {@code annotated} has no fingerprints
   */
  public static Dataset<Row> nearDuplicates(Dataset<Row> annotated) {
    if (!Arrays.asList(annotated.schema().fieldNames()).contains("fingerprint")) {
      throw new IllegalArgumentException("no fingerprint column: annotate withFingerprints(true)");
    }
    Dataset<Row> fingerprints = annotated.filter(col("error").isNull())
        .select(col("id"), col("bandKeys"), col("fingerprint"));
    Dataset<Row> ids = fingerprints.select(explode(col("bandKeys")).as("key"), col("id"))
        .groupBy("key").agg(collect_list("id").as("ids"))
        .filter(size(col("ids")).gt(1).and(size(col("ids")).leq(MAX_KEY_ARTICLES)));
    Dataset<Row> pairs = ids.select(explode(col("ids")).as("a"), col("ids"))
        .select(col("a"), explode(col("ids")).as("b"))
        .filter(col("a").lt(col("b"))).distinct()
        .join(fingerprints.select(col("id").as("a"), col("fingerprint").as("fa")), "a")
        .join(fingerprints.select(col("id").as("b"), col("fingerprint").as("fb")), "b");
    List<Row> similar = pairs.filter((FilterFunction<Row>) r -> NearDuplicates.defaults()
            .similar(Fingerprint.fromBytes(r.getAs("fa")), Fingerprint.fromBytes(r.getAs("fb"))))
        .select(col("fa"), col("fb")).collectAsList();
    Map<String, Fingerprint> members = new LinkedHashMap<>();
    for (Row r : similar) {
      for (int i = 0; i < 2; i++) {
        Fingerprint f = Fingerprint.fromBytes(r.getAs(i));
        members.put(f.id(), f);
      }
    }
    List<Row> groups = new ArrayList<>();
    for (NearDuplicates.Group g : NearDuplicates.defaults().group(
        new ArrayList<>(members.values()))) {
      groups.add(RowFactory.create(g.original(), g.members().toArray(String[]::new)));
    }
    return annotated.sparkSession().createDataFrame(groups, DataTypes.createStructType(List.of(
        DataTypes.createStructField("original", DataTypes.StringType, false),
        DataTypes.createStructField("members",
            DataTypes.createArrayType(DataTypes.StringType, false), false))));
  }

  /** Band keys shared by more articles than this are a template's, not a copy's: left out. */
  public static final int MAX_KEY_ARTICLES = 1000;

  /**
   * The id and reason of each article that failed.
   *
   * @param annotated rows of {@link #annotate}
   * @return rows (id, error)
   */
  public static Dataset<Row> errors(Dataset<Row> annotated) {
    return annotated.filter(col("error").isNotNull()).select(col("id"), col("error"));
  }

  /**
   * Registers {@value #FUNCTION}{@code (text, published)}, giving an article's row ({@link
   * ArticleSchema}; its id empty) for a text and a publication date (a date, a string {@code
   * YYYY-MM-DD} or null), and {@value #JSON_FUNCTION}{@code (id, text, published)}, giving its JSON
   * line (null when the article failed: {@value #FUNCTION} gives the reason).
   *
   * @param spark the session
   * @param options the models and the layers kept
   */
  public static void registerFunctions(SparkSession spark, KhabarOptions options) {
    KhabarOptions rowOptions = options.withJson(false);
    KhabarOptions jsonOptions = options.withJson(true);
    boolean localDates = localDates(spark);
    InputColumns columns = new InputColumns(0, 1, -1, -1, -1, 2);
    Annotator rows = new Annotator(rowOptions, columns, localDates);
    Annotator json = new Annotator(jsonOptions, columns, localDates);
    StructType schema = ArticleSchema.of(rowOptions);
    spark.udf().register(FUNCTION, (UDF2<String, Object, Row>) (text, published) ->
        rows.annotate(input("", text, published)), schema);
    int jsonField = ArticleSchema.of(jsonOptions).fieldIndex("json");
    spark.udf().register(JSON_FUNCTION, (UDF3<String, String, Object, String>)
        (id, text, published) -> {
          Row row = json.annotate(input(id, text, published));
          return row.isNullAt(jsonField) ? null : row.getString(jsonField);
        }, DataTypes.StringType);
  }

  /** The input row of a SQL function's call: (id, text, published), a null text empty. */
  private static Row input(String id, String text, Object published) {
    return RowFactory.create(id, text == null ? "" : text, published);
  }


  /** Whether the session gives dates as {@code java.time.LocalDate}. */
  private static boolean localDates(SparkSession spark) {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
  }
}
