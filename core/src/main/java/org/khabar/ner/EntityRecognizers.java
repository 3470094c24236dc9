package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.khabar.article.Entity;
import org.khabar.article.TokenizedText;

/**
 * Combines entity recognizers with Khabar's one merge policy ({@link #merge}: a span several give
 * takes the earliest one's type, and of overlapping names the longer wins), and resolves their
 * entities per article by an {@link EntityResolver}. Put a dictionary of your own names first to
 * type the names it shares with a model.
 *
 * <pre>{@code
 * EntityRecognizer recognizer = EntityRecognizers.combine(
 *     DictionaryEntityRecognizer.builder().add(EntityType.ORGANIZATION, "حلف شمال الأطلسي").build(),
 *     OpenNlpEntityRecognizer.load(Path.of("my-model.bin")));
 * }</pre>
 *
 * <p>The recognizers returned are immutable and thread-safe when their parts are.
 */
public final class EntityRecognizers {

  private EntityRecognizers() {}

  /**
   * The recognizers' entities, {@linkplain #merge merged} and resolved with {@link
   * EntityResolver#standard()}.
   *
   * @param recognizers the recognizers, the first typing a span several give
   * @return the combined recognizer
   */
  public static EntityRecognizer combine(EntityRecognizer... recognizers) {
    Objects.requireNonNull(recognizers, "recognizers");
    return combine(EntityResolver.standard(), Arrays.asList(recognizers));
  }

  /**
   * The recognizers' entities, {@linkplain #merge merged} and resolved with {@code resolver}.
   *
   * @param resolver the resolver of the merged entities
   * @param recognizers the recognizers, the first typing a span several give
   * @return the combined recognizer
   */
  public static EntityRecognizer combine(
      EntityResolver resolver, List<? extends EntityRecognizer> recognizers) {
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(recognizers, "recognizers");
    for (int i = 0; i < recognizers.size(); i++) {
      Objects.requireNonNull(recognizers.get(i), "recognizers[" + i + "]");
    }
    List<EntityRecognizer> parts = List.copyOf(recognizers);
    return text -> resolver.resolve(text, mergedEntities(parts, text));
  }

  /**
   * The entities of several recognizers in one sorted, non-overlapping list, by Khabar's one merge
   * policy: a span that several recognizers give takes the type the earliest of them gives (the
   * higher score is kept when a later one agrees on the type); where names overlap, the longer
   * wins; at equal length the higher score; then the earlier start, then the recognizer first in
   * the list. {@link org.khabar.Khabar} applies it to the recognizers added to it, {@link #combine}
   * and {@link #merged} to theirs, and {@link EntityResolver} to the entities it is given.
   *
   * @param byRecognizer each recognizer's entities, in the recognizers' order
   * @return the merged entities
   */
  public static List<Entity> merge(List<? extends List<Entity>> byRecognizer) {
    Objects.requireNonNull(byRecognizer, "byRecognizer");
    List<EntityMerger.Candidate> candidates = new ArrayList<>();
    for (int r = 0; r < byRecognizer.size(); r++) {
      for (Entity entity : byRecognizer.get(r)) {
        candidates.add(new EntityMerger.Candidate(entity, r));
      }
    }
    return EntityMerger.merge(candidates);
  }

  /**
   * A recognizer that finds what {@code recognizers} find, {@linkplain #merge merged}: one name per
   * stretch of text, a span several give typed by the earliest of them, the longer name winning an
   * overlap. So a recognizer that finds some names whole, or types them surely, goes first and
   * another fills in.
   *
   * @param recognizers the recognizers, the surest first
   * @return the merged recognizer
   */
  public static EntityRecognizer merged(EntityRecognizer... recognizers) {
    Objects.requireNonNull(recognizers, "recognizers");
    for (int i = 0; i < recognizers.length; i++) {
      Objects.requireNonNull(recognizers[i], "recognizers[" + i + "]");
    }
    List<EntityRecognizer> parts = List.of(recognizers);
    return text -> mergedEntities(parts, text);
  }

  private static List<Entity> mergedEntities(List<EntityRecognizer> parts, TokenizedText text) {
    List<List<Entity>> found = new ArrayList<>(parts.size());
    for (EntityRecognizer r : parts) {
      found.add(r.recognize(text));
    }
    return merge(found);
  }


  /**
   * {@code recognizer} with its entities resolved by {@link EntityResolver#standard()}.
   *
   * @param recognizer a recognizer
   * @return the recognizer whose entities are resolved
   */
  public static EntityRecognizer resolved(EntityRecognizer recognizer) {
    return combine(EntityResolver.standard(),
        List.of(Objects.requireNonNull(recognizer, "recognizer")));
  }

  /**
   * {@code recognizer} with its entities' scores mapped through {@code calibration}; spans, types,
   * canonical forms and titles are kept. Calibrate the recognizer the calibration was fitted on:
   * the bundled recognizers are calibrated after resolution, on what the pipeline returns.
   *
   * @param recognizer a recognizer
   * @param calibration the calibration of its scores
   * @return the calibrated recognizer
   */
  public static EntityRecognizer calibrated(
      EntityRecognizer recognizer, ScoreCalibration calibration) {
    Objects.requireNonNull(recognizer, "recognizer");
    Objects.requireNonNull(calibration, "calibration");
    return text -> {
      List<Entity> entities = recognizer.recognize(text);
      List<Entity> out = new ArrayList<>(entities.size());
      for (Entity e : entities) {
        out.add(e.withScore(calibration.apply(e.score())));
      }
      return out;
    };
  }
}
