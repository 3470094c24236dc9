package org.khabar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khabar.article.Entity;
import org.khabar.article.TokenizedText;
import org.khabar.ner.ElidedArticles;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.EntityResolver;

/**
 * Runs a pipeline's entity recognizers, checks what each returns, merges their entities ({@link
 * EntityRecognizers#merge}) and, when the pipeline has a resolver, resolves them together; a name
 * whose article a preposition swallowed gets its canonical form ({@link ElidedArticles}).
 * Immutable and thread-safe.
 */
final class Recognition {

  private final List<EntityRecognizer> recognizers;
  private final Optional<EntityResolver> resolver;

  Recognition(List<EntityRecognizer> recognizers, Optional<EntityResolver> resolver) {
    this.recognizers = List.copyOf(recognizers);
    this.resolver = resolver;
  }

  /** The recognizers, in the order they were added. */
  List<EntityRecognizer> recognizers() {
    return recognizers;
  }

  /**
   * The merged entities of every recognizer on {@code tokenized}, resolved together when the
   * pipeline has a resolver.
   *
   * @throws IllegalStateException if a recognizer throws, returns null, or returns an entity whose
   *     span exceeds the text or whose text differs from the text at its span
   */
  List<Entity> recognize(String id, TokenizedText tokenized) {
    if (recognizers.isEmpty()) {
      return List.of();
    }
    List<List<Entity>> byRecognizer = new ArrayList<>();
    for (int r = 0; r < recognizers.size(); r++) {
      EntityRecognizer recognizer = recognizers.get(r);
      List<Entity> found;
      try {
        found = recognizer.recognize(tokenized);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "entity recognizer " + describe(r) + " failed on article '" + id + "'", e);
      }
      if (found == null) {
        throw new IllegalStateException(
            "entity recognizer " + describe(r) + " returned null for article '" + id + "'");
      }
      for (Entity entity : found) {
        checkEntity(entity, r, id, tokenized.text());
      }
      byRecognizer.add(found);
    }
    List<Entity> merged = EntityRecognizers.merge(byRecognizer);
    // A recognizer's own list may name the span after a preposition that swallowed an article.
    return ElidedArticles.restoreCanonicals(tokenized,
        resolver.isPresent() ? resolver.get().resolve(tokenized, merged) : merged);
  }

  private void checkEntity(Entity entity, int recognizer, String id, String text) {
    String problem = null;
    if (entity == null) {
      problem = "a null entity";
    } else if (entity.span().end() > text.length()) {
      problem = entity + " whose span exceeds the text of length " + text.length();
    } else if (!entity.text().equals(entity.span().textOf(text))) {
      problem = entity + " whose text differs from the text at its span";
    }
    if (problem != null) {
      throw new IllegalStateException(
          "entity recognizer " + describe(recognizer) + " returned " + problem
              + " for article '" + id + "'");
    }
  }

  private String describe(int recognizer) {
    return "#" + recognizer + " (" + recognizers.get(recognizer).getClass().getName() + ")";
  }
}
