package org.khabar.beam;

import java.util.EnumSet;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.khabar.article.Article;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ModelSpec;

/** Each article as a Beam row of {@link ArticleRowSchema}. */
final class ToRows extends PTransform<PCollection<Article>, PCollection<Row>> {
  private static final long serialVersionUID = 1L;

  private final ModelSpec models;
  private final EnumSet<Layer> layers;

  ToRows(ModelSpec models, Set<Layer> kept) {
    this.models = models;
    this.layers = kept.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(kept);
  }

  @Override
  public PCollection<Row> expand(PCollection<Article> articles) {
    // The schema names the models' versions, known without loading them.
    ArticleRowSchema rows = ArticleRowSchema.of(layers, models.versions());
    return articles.apply("ToRows", ParDo.of(new RowFn(models, layers)))
        .setRowSchema(rows.schema());
  }

  private static final class RowFn extends DoFn<Article, Row> {
    private static final long serialVersionUID = 1L;
    private final ModelSpec models;
    private final EnumSet<Layer> layers;
    private transient ArticleRowSchema rows;

    RowFn(ModelSpec models, EnumSet<Layer> layers) {
      this.models = models;
      this.layers = layers;
    }

    @Setup
    public void setup() {
      rows = ArticleRowSchema.of(layers, models.versions());
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Row> out) {
      out.output(rows.row(article));
    }
  }
}
