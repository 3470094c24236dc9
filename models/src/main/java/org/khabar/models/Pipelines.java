package org.khabar.models;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipelines of this JVM, one per {@link ModelSpec}, built on first use and then shared by every
 * task and thread: a Spark executor or a Beam worker loads its model once, however many partitions
 * or bundles it runs. Thread-safe.
 */
public final class Pipelines {

  private static final Map<ModelSpec, Pipeline> BUILT = new ConcurrentHashMap<>();

  private Pipelines() {}

  /**
   * The pipeline {@code spec} names, built the first time it is asked for in this JVM.
   *
   * @param spec the pipeline's models
   * @return the pipeline
   * @throws java.io.UncheckedIOException if the model file cannot be read, naming it
   */
  public static Pipeline of(ModelSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return BUILT.computeIfAbsent(spec, ModelSpec::build);
  }

  /**
   * Why an article failed, for an error row or a log line: out of memory with the heap size, or
   * the error and its causes.
   *
   * @param failure what processing the article threw
   * @return the reason
   */
  public static String reason(Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return "out of memory with a heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB";
    }
    StringBuilder reason = new StringBuilder("processing failed: ").append(failure);
    int depth = 0;
    for (Throwable c = failure.getCause(); c != null && depth < 5; c = c.getCause(), depth++) {
      reason.append("; caused by ").append(c);
    }
    return reason.toString();
  }
}
