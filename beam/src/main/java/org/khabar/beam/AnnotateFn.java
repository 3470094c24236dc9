package org.khabar.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.TupleTag;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.models.ModelSpec;
import org.khabar.models.Pipelines;

/**
 * Processes each source with this worker's pipeline ({@link Pipelines}, built in {@code @Setup}
 * once per JVM): the article to the main output, or its id and the reason it failed to {@link
 * #FAILURES}, so that one article never fails a bundle.
 */
final class AnnotateFn extends DoFn<ArticleSource, Article> {
  private static final long serialVersionUID = 1L;

  /** The main output. */
  static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  /** The articles that failed. */
  static final TupleTag<ArticleFailure> FAILURES = new TupleTag<>("failures") {};

  private final ModelSpec models;
  private final SerializableFunction<ModelSpec, Khabar> pipelines;
  private final Counter failed = Metrics.counter("khabar", "failedArticles");
  private transient Khabar khabar;

  /**
   * @param models the models
   * @param pipelines the pipeline of a spec in this JVM: {@link Pipelines#of}, or a test's own
   */
  AnnotateFn(ModelSpec models, SerializableFunction<ModelSpec, Khabar> pipelines) {
    this.models = models;
    this.pipelines = pipelines;
  }

  @Setup
  public void setup() {
    khabar = pipelines.apply(models);
  }

  @ProcessElement
  public void process(@Element ArticleSource source, MultiOutputReceiver out) {
    Article article;
    try {
      article = khabar.process(source);
    } catch (RuntimeException | Error e) {
      failed.inc();
      out.get(FAILURES).output(new ArticleFailure(source.id(), Pipelines.reason(e)));
      return;
    }
    out.get(ARTICLES).output(article);
  }
}
