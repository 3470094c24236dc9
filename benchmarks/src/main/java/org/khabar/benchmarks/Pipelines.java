package org.khabar.benchmarks;

import java.lang.reflect.Method;
import java.util.Optional;
import org.khabar.Khabar;
import org.khabar.ner.EntityRecognizer;

/**
 * The pipeline and recognizer the benchmarks measure as "ours".
 *
 * <p>AFTER MERGE (lead): the bundled name finder is looked up by reflection because the models
 * module does not have it yet on the {@code bench} branch. Once it lands, replace {@link
 * #bundledRecognizer()} by a direct call to the models module's factory, and make {@link
 * #standard()} build exactly the default pipeline users get (if {@code Khabar.builder()} adds the
 * bundled recognizer by itself, drop the {@code addRecognizer} here, or it runs twice).
 */
final class Pipelines {

  /** Factories tried in order: class name, static no-arg method returning the recognizer. */
  private static final String[][] FACTORIES = {
    {"org.khabar.models.DefaultModels", "entityRecognizer"},
    {"org.khabar.models.DefaultModels", "nameFinder"},
    {"org.khabar.models.BundledModels", "entityRecognizer"},
  };

  private Pipelines() {}

  /**
   * The default pipeline, with the bundled name finder when there is one. {@code
   * -Dkhabar.bench.recognizer=none} leaves the name finder out (to measure the rest while no model
   * is bundled); the reports say which pipeline they measured.
   */
  static Khabar standard() {
    if ("none".equals(System.getProperty("khabar.bench.recognizer"))) {
      return withoutRecognizers();
    }
    Khabar.Builder builder = Khabar.builder();
    bundledRecognizer().ifPresent(builder::addRecognizer);
    return builder.build();
  }

  /** The pipeline without any entity recognizer: structure, sentences and tokens only. */
  static Khabar withoutRecognizers() {
    return Khabar.builder().build();
  }

  /** Whether {@link #standard()} includes the bundled name finder. */
  static boolean standardHasRecognizer() {
    return !"none".equals(System.getProperty("khabar.bench.recognizer"))
        && bundledRecognizer().isPresent();
  }

  /**
   * The bundled recognizer, or empty while no models module provides one. Throws if the factory
   * exists but fails (a missing or corrupt model resource): a benchmark of the default pipeline
   * without its model would measure the wrong thing.
   */
  static Optional<EntityRecognizer> bundledRecognizer() {
    for (String[] factory : FACTORIES) {
      Class<?> type;
      try {
        type = Class.forName(factory[0]);
      } catch (ClassNotFoundException e) {
        continue;
      }
      Method method;
      try {
        method = type.getMethod(factory[1]);
      } catch (NoSuchMethodException e) {
        continue;
      }
      Object made;
      try {
        made = method.invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("bundled recognizer factory failed: " + method, e);
      }
      if (made instanceof Optional<?> optional) {
        made = optional.orElse(null);
      }
      if (made instanceof EntityRecognizer recognizer) {
        return Optional.of(recognizer);
      }
    }
    return Optional.empty();
  }
}
