package org.khabar.beam;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.corpus.Fingerprint;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ModelSpec;
import org.khabar.models.Pipelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Khabar on Apache Beam: transforms from article sources to articles ({@link #annotate}), and from
 * articles to JSON lines ({@link #toJsonLines}) and to Beam rows ({@link #toRows}). Each worker JVM
 * builds its pipeline once, in {@code @Setup}; the transforms carry only a {@link ModelSpec}.
 * Sources and articles travel with deterministic coders ({@link ArticleSourceCoder}, {@link
 * ArticleCoder}).
 *
 * <pre>{@code
 * PCollection<Article> articles = sources.apply(KhabarBeam.annotate());
 * articles.apply(KhabarBeam.toJsonLines()).apply(TextIO.write().to("out/articles"));
 * }</pre>
 */
public final class KhabarBeam {

  private KhabarBeam() {}

  /**
   * Annotates each source with the bundled models.
   *
   * @return the transform
   */
  public static Annotate annotate() {
    return annotate(ModelSpec.bundled());
  }

  /**
   * Annotates each source with the models {@code spec} names.
   *
   * @param spec the models
   * @return the transform
   */
  public static Annotate annotate(ModelSpec spec) {
    return new Annotate(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Each article as one line of the command-line tool's JSON lines, every layer, naming the
   * bundled models.
   *
   * @return the transform
   */
  public static ParDo.SingleOutput<Article, String> toJsonLines() {
    return toJsonLines(ModelSpec.bundled(), EnumSet.allOf(Layer.class));
  }

  /**
   * Each article as one JSON line with the layers {@code kept}, naming the models of {@code spec}.
   *
   * @param spec the models the articles were annotated with
   * @param kept the layers kept
   * @return the transform
   */
  public static ParDo.SingleOutput<Article, String> toJsonLines(ModelSpec spec, Set<Layer> kept) {
    return ParDo.of(new JsonLinesFn(spec, kept));
  }

  /**
   * Each article as a Beam row of {@link ArticleRowSchema#of} the layers {@code kept}, for Beam SQL
   * and schema-aware sinks.
   *
   * @param spec the models the articles were annotated with
   * @param kept the layers kept
   * @return the transform
   */
  public static PTransform<PCollection<Article>, PCollection<Row>> toRows(ModelSpec spec,
      Set<Layer> kept) {
    return new ToRows(spec, kept);
  }

  /**
   * Each article's near-duplicate band keys, one element per key: {@code KV(key, fingerprint
   * bytes)} ({@code Fingerprint.toBytes}). Group by key and check each group's pairs with {@code
   * NearDuplicates.similar} to find copies across a collection of any size.
   *
   * @return the transform
   */
  public static ParDo.SingleOutput<Article, KV<Long, byte[]>> bandKeys() {
    return ParDo.of(new BandKeysFn());
  }

  /** Emits an article's fingerprint under each of its band keys. */
  private static final class BandKeysFn extends DoFn<Article, KV<Long, byte[]>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Long, byte[]>> out) {
      Fingerprint f = Fingerprint.of(article);
      if (f.size() == 0) {
        return; // no body, nothing to be a copy of
      }
      byte[] bytes = f.toBytes();
      for (long key : f.bandKeys()) {
        out.output(KV.of(key, bytes));
      }
    }
  }

  /**
   * Annotates article sources. An article that fails is counted ({@code khabar/failedArticles})
   * and logged with its id and reason, and the others go on; {@link #withFailures} gives the failed
   * ones as a collection instead.
   */
  public static final class Annotate
      extends PTransform<PCollection<ArticleSource>, PCollection<Article>> {
    private static final long serialVersionUID = 1L;
    /** The models. */
    private final ModelSpec spec;

    Annotate(ModelSpec spec) {
      this.spec = spec;
    }

    /**
     * This transform with the failed articles as a second output: {@link #ARTICLES} and {@link
     * #FAILURES} of the resulting tuple.
     *
     * @return the transform
     */
    public WithFailures withFailures() {
      return new WithFailures(spec);
    }

    @Override
    public PCollection<Article> expand(PCollection<ArticleSource> sources) {
      PCollectionTuple out = sources.apply(new WithFailures(spec));
      out.get(FAILURES).apply("LogFailures", ParDo.of(new LogFailuresFn()));
      return out.get(ARTICLES);
    }
  }

  /** The main output of {@link Annotate#withFailures}. */
  public static final TupleTag<Article> ARTICLES = AnnotateFn.ARTICLES;
  /** The failed articles of {@link Annotate#withFailures}. */
  public static final TupleTag<ArticleFailure> FAILURES = AnnotateFn.FAILURES;

  /** Annotates article sources, giving the articles and the failed ones. */
  public static final class WithFailures
      extends PTransform<PCollection<ArticleSource>, PCollectionTuple> {
    private static final long serialVersionUID = 1L;
    /** The models. */
    private final ModelSpec spec;
    /** The pipeline of a spec in a worker's JVM. */
    private final SerializableFunction<ModelSpec, Khabar> pipelines;

    WithFailures(ModelSpec spec) {
      this(spec, s -> Pipelines.of(s).khabar());
    }

    /** With {@code pipelines} building the pipeline of a spec (tests give their own). */
    WithFailures(ModelSpec spec, SerializableFunction<ModelSpec, Khabar> pipelines) {
      this.spec = spec;
      this.pipelines = pipelines;
    }

    @Override
    public PCollectionTuple expand(PCollection<ArticleSource> sources) {
      PCollectionTuple out = sources.apply("Annotate",
          ParDo.of(new AnnotateFn(spec, pipelines))
              .withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
      out.get(ARTICLES).setCoder(ArticleCoder.of());
      out.get(FAILURES).setCoder(ArticleFailureCoder.of());
      return out;
    }
  }

  /** Logs each failed article. */
  private static final class LogFailuresFn extends DoFn<ArticleFailure, Void> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(KhabarBeam.class);

    @ProcessElement
    public void process(@Element ArticleFailure failure) {
      LOG.warn("khabar: article {} failed: {}", failure.id(), failure.reason());
    }
  }
}
