package org.khabar.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.khabar.Khabar;
import org.khabar.article.Article;

/**
 * How the pipeline's cost grows with input size: the default pipeline on 1, 10 and 100 copies of
 * one article (joined by blank lines, as one text) and on one article of about 10 MB of UTF-8 made
 * the same way, and on one sentence of about a million chars made of the article's words in random
 * order without punctuation, reported as time per char and as a ratio to the single copy (linear
 * time means ratios near 1). The article is the first of the sample with at least 2,000 chars.
 *
 * <p>The three small sizes are first run together for {@code khabar.bench.warmupSeconds} (default
 * 5), then each size is run again for as long before it is timed over at least 3 runs and {@code khabar.bench.minSeconds} (default 3). Give the JVM heap for
 * the 10 MB article: {@code -Xmx3g}. The GC column is the collectors' time during the timed runs:
 * on the 10 MB article the whole article's tokens stay live until it is done, so the collector
 * copies a live set that grows with the input, which is where a per-char cost above the single
 * copy's comes from when it does. Prints a Markdown fragment for BENCHMARKS.md.
 */
public final class ScalingReport {

  private static final long TEN_MB = 10_000_000L;
  private static final int ONE_MB_CHARS = 1_000_000;

  private ScalingReport() {}

  public static void main(String[] args) {
    double warmupSeconds = Double.parseDouble(System.getProperty("khabar.bench.warmupSeconds", "5"));
    double minSeconds = Double.parseDouble(System.getProperty("khabar.bench.minSeconds", "3"));
    Corpus corpus = Corpus.sample();
    String article = null;
    for (String text : corpus.texts()) {
      if (text.length() >= 2000) {
        article = text;
        break;
      }
    }
    if (article == null) {
      article = corpus.text(0);
    }
    Khabar khabar = Pipelines.standard();

    List<String> names = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (int copies : new int[] {1, 10, 100}) {
      names.add(copies + (copies == 1 ? " copy" : " copies"));
      inputs.add(copies(article, copies));
    }
    int bytesPerCopy = (article + "\n\n").getBytes(StandardCharsets.UTF_8).length;
    int tenMbCopies = (int) ((TEN_MB + bytesPerCopy - 1) / bytesPerCopy);
    names.add("one ~10 MB article (" + tenMbCopies + " copies)");
    inputs.add(copies(article, tenMbCopies));
    names.add("one ~1 MB sentence: the article's words in random order, no punctuation");
    inputs.add(shuffledWords(article, ONE_MB_CHARS));

    StringBuilder out = new StringBuilder();
    out.append("### Scaling (default pipeline")
        .append(Pipelines.standardHasRecognizer() ? "" : " WITHOUT a name finder")
        .append(", one thread)\n\n")
        .append("| input | chars | tokens | ms per run | of which GC | ns per char | ratio to 1 copy | ns per char without GC |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    // Warm the JIT on the small sizes together first, so the single copy is not timed cold.
    long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmUntil) {
      for (int s = 0; s < 3; s++) {
        khabar.process(inputs.get(s));
      }
    }
    double base = 0;
    for (int s = 0; s < inputs.size(); s++) {
      String text = inputs.get(s);
      run(khabar, text, warmupSeconds, 1);
      long gcBefore = gcMillis();
      long[] timed = run(khabar, text, minSeconds, 3);
      double gcPerRun = (double) (gcMillis() - gcBefore) / timed[1];
      double nanosPerRun = (double) timed[0] / timed[1];
      double perChar = nanosPerRun / text.length();
      if (s == 0) {
        base = perChar;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %.2f | %.2f | %.1f | %.2f | %.1f |%n",
              names.get(s),
              text.length(),
              timed[2],
              nanosPerRun / 1e6,
              gcPerRun,
              perChar,
              perChar / base,
              (nanosPerRun - gcPerRun * 1e6) / text.length()));
    }
    System.out.print(out);
  }

  /** Total GC time so far, all collectors: the share of a run the collector took. */
  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /**
   * The article's words without their punctuation, drawn at random (fixed seed) until {@code chars}
   * chars: one sentence in which the name finder finds tens of thousands of names, most of them
   * different, for the resolver to make consistent.
   */
  private static String shuffledWords(String article, int chars) {
    List<String> words = new ArrayList<>();
    for (String w : article.split("\\s+")) {
      String letters = w.codePoints()
          .filter(Character::isLetterOrDigit)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString();
      if (!letters.isEmpty()) {
        words.add(letters);
      }
    }
    SplittableRandom random = new SplittableRandom(1);
    StringBuilder sb = new StringBuilder(chars + 32);
    while (sb.length() < chars) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(words.get(random.nextInt(words.size())));
    }
    return sb.toString();
  }

  private static String copies(String article, int n) {
    StringBuilder sb = new StringBuilder((article.length() + 2) * n);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append("\n\n");
      }
      sb.append(article);
    }
    return sb.toString();
  }

  /** Runs until both bounds are met; returns total nanos, runs, and the last run's token count. */
  private static long[] run(Khabar khabar, String text, double seconds, int minRuns) {
    long budget = (long) (seconds * 1e9);
    long total = 0;
    long runs = 0;
    long tokens = 0;
    while (runs < minRuns || total < budget) {
      long t0 = System.nanoTime();
      Article a = khabar.process(text);
      total += System.nanoTime() - t0;
      tokens = a.tokens().size();
      runs++;
    }
    return new long[] {total, runs, tokens};
  }
}
