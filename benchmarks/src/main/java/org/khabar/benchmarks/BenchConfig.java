package org.khabar.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the benchmarks find their inputs, and how much of them they take. Static and immutable.
 *
 * <p>The corpus root is the system property {@code khabar.shared}, default {@code ../shared},
 * resolved against the working directory: run the benchmarks from the project root (the checkout
 * that sits next to {@code shared/}), or pass {@code -Dkhabar.shared=/path/to/shared}. JMH forks
 * inherit the host JVM's arguments, so the property reaches every fork.
 */
final class BenchConfig {

  /** How many articles of ANT news the benchmarks read: the first N lines with a non-blank text. */
  static final int SAMPLE_ARTICLES = Integer.getInteger("khabar.bench.articles", 500);

  /** Training iterations of the anchor OpenNLP name finder (OpenNLP's default is 100). */
  static final int ANCHOR_NER_ITERATIONS = Integer.getInteger("khabar.bench.nerIterations", 100);

  private BenchConfig() {}

  static Path sharedRoot() {
    return Paths.get(System.getProperty("khabar.shared", "../shared")).toAbsolutePath().normalize();
  }

  static Path antNews() {
    return required(sharedRoot().resolve("corpora/ant-news/ant-v1.1.jsonl"), "ANT news");
  }

  static Path anercorpTrain() {
    return required(sharedRoot().resolve("corpora/anercorp/train.txt"), "ANERcorp train");
  }

  /** Where trained anchor models are cached between forks: {@code khabar.bench.cache}. */
  static Path cacheDir() {
    return Paths.get(System.getProperty("khabar.bench.cache", "benchmarks/target/bench-cache"))
        .toAbsolutePath()
        .normalize();
  }

  private static Path required(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          what
              + " not found at "
              + file
              + ": run from the project root next to shared/, or pass -Dkhabar.shared=<path to"
              + " shared> (working directory: "
              + Paths.get("").toAbsolutePath()
              + ")");
    }
    return file;
  }
}
