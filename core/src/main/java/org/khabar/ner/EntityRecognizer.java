package org.khabar.ner;

import java.util.List;
import org.khabar.article.Entity;
import org.khabar.article.TokenizedText;

/**
 * Finds named entities in a tokenized text.
 *
 * <p>Implementations must be thread-safe: one instance serves every thread of a {@code Khabar}
 * pipeline. Per-document state belongs in the call, not in the instance.
 */
@FunctionalInterface
public interface EntityRecognizer {

  /**
   * The entities of {@code text}, with spans into {@code text.text()}. Must not throw on any text;
   * may return entities in any order and overlapping (the pipeline sorts and resolves them).
   *
   * @param text the tokenized article
   * @return its entities, never null
   */
  List<Entity> recognize(TokenizedText text);
}
