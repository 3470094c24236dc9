package org.khabar.quote;

import java.util.List;
import org.khabar.article.Entity;
import org.khabar.article.Quote;
import org.khabar.article.TokenizedText;

/**
 * The pipeline's stage that finds quotes with their cues and speakers; {@link QuoteFinder} by
 * default, another through {@code Khabar.builder().quoteTagger(...)}.
 *
 * <p>An implementation must be thread-safe, give quotes sorted by span and disjoint, in offsets of
 * the article's text, and never throw on any text.
 */
@FunctionalInterface
public interface QuoteTagger {

  /**
   * The quotes of {@code text}, sorted by span; speakers may link to {@code entities}.
   *
   * @param text the tokenized article
   * @param entities its entities, sorted by span
   * @return the quotes
   */
  List<Quote> find(TokenizedText text, List<Entity> entities);
}
