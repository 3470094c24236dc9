package org.khabar.beam;

import java.util.EnumSet;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.khabar.article.Article;
import org.khabar.json.ArticleJson;
import org.khabar.json.JsonOptions;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ModelSpec;

/** Writes each article as one JSON line, naming the models of the pipeline that made it. */
final class JsonLinesFn extends DoFn<Article, String> {
  private static final long serialVersionUID = 1L;

  private final ModelSpec models;
  private final EnumSet<Layer> layers;
  private transient JsonOptions options;

  JsonLinesFn(ModelSpec models, Set<Layer> kept) {
    this.models = models;
    this.layers = kept.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(kept);
  }

  @Setup
  public void setup() {
    options = JsonOptions.defaults().withLayers(layers)
        .withModels(models.versions());
  }

  @ProcessElement
  public void process(@Element Article article, OutputReceiver<String> out) {
    out.output(ArticleJson.write(article, options));
  }
}
