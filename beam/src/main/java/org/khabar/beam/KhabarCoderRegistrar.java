package org.khabar.beam;

import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.khabar.ArticleSource;
import org.khabar.article.Article;

/**
 * Makes Beam find Khabar's deterministic coders by type ({@link ArticleSourceCoder}, {@link
 * ArticleCoder}, {@link ArticleFailureCoder}): registered through {@code META-INF/services}, so
 * that {@code Create.of(sources)} and every {@code PCollection<Article>} use them unasked.
 */
public final class KhabarCoderRegistrar implements CoderProviderRegistrar {

  /** Used by Beam's service loader. */
  public KhabarCoderRegistrar() {}

  @Override
  public List<CoderProvider> getCoderProviders() {
    return List.of(
        CoderProviders.forCoder(TypeDescriptor.of(ArticleSource.class), ArticleSourceCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(Article.class), ArticleCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(ArticleFailure.class),
            ArticleFailureCoder.of()));
  }
}
