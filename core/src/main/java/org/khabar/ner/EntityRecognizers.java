package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
