package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;

/**
 * Combines entity recognizers: their entities are pooled in the order the recognizers are given
 * (on overlap the earlier recognizer wins, so put a dictionary of your own names first) and
 * resolved per article by an {@link EntityResolver}.
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
   * The recognizers' entities, pooled in order and resolved with {@link EntityResolver#standard()}.
   *
   * @param recognizers the recognizers, the first taking precedence on overlap
   * @return the combined recognizer
   */
  public static EntityRecognizer combine(EntityRecognizer... recognizers) {
    Objects.requireNonNull(recognizers, "recognizers");
    return combine(EntityResolver.standard(), Arrays.asList(recognizers));
  }

  /**
   * The recognizers' entities, pooled in order and resolved with {@code resolver}.
   *
   * @param resolver the resolver of the pooled entities
   * @param recognizers the recognizers, the first taking precedence on overlap
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
    return text -> {
      List<Entity> pooled = new ArrayList<>();
      for (EntityRecognizer r : parts) {
        pooled.addAll(r.recognize(text));
      }
      return resolver.resolve(text, pooled);
    };
  }

  /**
   * The entities of several recognizers in one sorted, non-overlapping list: where two overlap,
   * the longer wins; at equal length the higher score; then the earlier start, then the recognizer
   * first in the list. The policy {@link org.khabar.Khabar} applies to the recognizers added to it.
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
   * A recognizer that finds what {@code recognizers} find, one name per stretch of text: a name
   * whose exact span a recognizer earlier in the list gave is dropped (the earlier one decides its
   * type; the higher score of the two is kept when they agree on it), then the rest are
   * {@linkplain #merge merged}, the longer name winning an overlap. So a
   * recognizer that finds some names whole, or types them surely, goes first and another fills in.
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
    return text -> {
      List<List<Entity>> found = new ArrayList<>();
      // Each span given so far: where its entity is in found.
      Map<CharSpan, int[]> given = new HashMap<>();
      for (EntityRecognizer r : parts) {
        List<Entity> own = new ArrayList<>();
        for (Entity e : r.recognize(text)) {
          int[] at = given.get(e.span());
          if (at == null) {
            own.add(e);
            continue;
          }
          Entity first = found.get(at[0]).get(at[1]);
          if (first.type().equals(e.type()) && e.score() > first.score()) {
            found.get(at[0]).set(at[1], first.withScore(e.score()));
          }
        }
        for (int i = 0; i < own.size(); i++) {
          given.putIfAbsent(own.get(i).span(), new int[] {found.size(), i});
        }
        found.add(own);
      }
      return merge(found);
    };
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
