package org.khabar.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of Khabar in one JVM, timed in alternating rounds: how much faster one is than the
 * other, told apart from the drift of a shared machine, which moves a JMH pair run a quarter of
 * the figure from one JVM to the next. Each build is a self-contained jar (the command-line tool's
 * {@code examples/target/khabar.jar}, copied aside before the change) loaded by its own class
 * loader; both build the default pipeline with the bundled recognizer, as the README shows. Each
 * round runs the benchmark sample (or the first {@code articles} ANT articles, as {@link Corpus}
 * reads them) through both, in turn, the order swapped every round; the first third of the rounds
 * warm up. The report gives the median of the rounds' time ratios (first jar over second) and
 * their quartiles.
 *
 * <pre>
 * java -Xmx3g -Dkhabar.shared=../shared -cp benchmarks/target/benchmarks.jar \
 *     org.khabar.benchmarks.AlternatingRounds BEFORE.jar AFTER.jar [articles] [rounds]
 * </pre>
 */
public final class AlternatingRounds {

  private AlternatingRounds() {}

  /**
   * Prints each round and the summary.
   *
   * @param args two jars, then the number of articles (default {@link
   *     BenchConfig#SAMPLE_ARTICLES}) and of rounds (default 41)
   * @throws Exception if a jar cannot be loaded or its pipeline fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: AlternatingRounds BEFORE.jar AFTER.jar [articles] [rounds]");
    }
    int articles = args.length > 2 ? Integer.parseInt(args[2]) : BenchConfig.SAMPLE_ARTICLES;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 41;
    if (articles < 1 || rounds < 3) {
      throw new IllegalArgumentException(
          "articles must be >= 1 and rounds >= 3: " + articles + ", " + rounds);
    }
    List<String> texts = Corpus.read(BenchConfig.antNews(), articles).texts();
    Build[] builds = {Build.load(Path.of(args[0])), Build.load(Path.of(args[1]))};
    List<Double> ratios = new ArrayList<>();
    double[] kept = new double[2];
    for (int r = 0; r < rounds; r++) {
      double[] ms = new double[2];
      for (int k = 0; k < 2; k++) {
        int b = r % 2 == 0 ? k : 1 - k;
        ms[b] = builds[b].time(texts);
      }
      if (r >= rounds / 3) {
        ratios.add(ms[0] / ms[1]);
        kept[0] += ms[0];
        kept[1] += ms[1];
      }
      System.out.printf(Locale.ROOT, "round %d: %.1f ms, %.1f ms, ratio %.3f%n", r, ms[0], ms[1],
          ms[0] / ms[1]);
    }
    Collections.sort(ratios);
    int n = ratios.size();
    System.out.printf(Locale.ROOT,
        "%s / %s, %d articles: median ratio %.3f (quartiles %.3f-%.3f) over the last %d of %d"
            + " rounds; mean round %.1f ms and %.1f ms%n",
        args[0], args[1], texts.size(), ratios.get(n / 2), ratios.get(n / 4),
        ratios.get(3 * n / 4), n, rounds, kept[0] / n, kept[1] / n);
  }

  /** One build's default pipeline, reached by reflection through its own class loader. */
  private record Build(Object khabar, Method process) {

    static Build load(Path jar) throws ReflectiveOperationException, java.io.IOException {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no such jar: " + jar);
      }
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> khabar = loader.loadClass("org.khabar.Khabar");
      Object builder = khabar.getMethod("builder").invoke(null);
      Object recognizer = loader.loadClass("org.khabar.models.DefaultModels")
          .getMethod("entityRecognizer").invoke(null);
      builder.getClass()
          .getMethod("addRecognizer", loader.loadClass("org.khabar.ner.EntityRecognizer"))
          .invoke(builder, recognizer);
      Object built = builder.getClass().getMethod("build").invoke(builder);
      return new Build(built, built.getClass().getMethod("process", String.class));
    }

    /** Milliseconds to process every text once. */
    double time(List<String> texts) throws IllegalAccessException, InvocationTargetException {
      long start = System.nanoTime();
      for (String text : texts) {
        process.invoke(khabar, text);
      }
      return (System.nanoTime() - start) / 1e6;
    }
  }
}
