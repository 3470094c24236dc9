package org.khabar.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.khabar.Khabar;
import org.khabar.article.Article;

/**
 * Reports what the default pipeline costs in memory: heap retained after loading it (used heap
 * after repeated GCs, before and after, through {@link MemoryMXBean}), the load time, the heap after
 * a first article (lazy loading included), and the size of every bundled model resource under
 * {@code org/khabar/models/}. Reads no corpus, so the figures are the pipeline's alone. Prints a
 * Markdown fragment for BENCHMARKS.md.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.khabar.benchmarks.MemoryReport</pre>
 */
public final class MemoryReport {

  private static final String MODELS = "org/khabar/models/";

  /** An article written for this report (not corpus text): headline, two paragraphs, names. */
  private static final String WARM_UP_TEXT =
      "وزير الخارجية يزور باريس\n\n"
          + "قال وزير الخارجية أحمد محمود إن المحادثات في باريس مع الاتحاد الأوروبي كانت مثمرة.\n"
          + "وأضاف أن الجانبين اتفقا على لقاء جديد في تونس يوم الخميس 12 ديسمبر 2024.";

  private MemoryReport() {}

  public static void main(String[] args) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long t0 = System.nanoTime();
    Khabar khabar = Pipelines.standard();
    long loadNanos = System.nanoTime() - t0;
    long afterLoad = usedAfterGc(memory);
    long t1 = System.nanoTime();
    Article first = khabar.process(WARM_UP_TEXT);
    long firstNanos = System.nanoTime() - t1;
    long afterFirst = usedAfterGc(memory);
    boolean ner = Pipelines.standardHasRecognizer();
    fillWordCache(khabar);
    long afterFull = usedAfterGc(memory);

    StringBuilder out = new StringBuilder();
    out.append("### Memory (default pipeline")
        .append(ner ? ", bundled name finder" : ", WITHOUT a name finder")
        .append(")\n\n| figure | value |\n|---|---|\n");
    row(out, "max heap (-Xmx)", mb(memory.getHeapMemoryUsage().getMax()));
    row(out, "used heap before loading", mb(before));
    row(out, "used heap after loading", mb(afterLoad));
    row(out, "**retained by the loaded pipeline**", "**" + mb(afterLoad - before) + "**");
    row(out, "retained after a first article (lazy loading included)", mb(afterFirst - before));
    row(out, "retained once the name finder's word cache is full ("
        + CACHE_FILL_WORDS + " distinct words)", mb(afterFull - before));
    row(out, "load time (Khabar built, models read)", ms(loadNanos));
    row(out, "first article (" + first.tokens().size() + " tokens)", ms(firstNanos));
    out.append("\n### Bundled model resources (`").append(MODELS).append("`)\n\n");
    Map<String, Long> models = bundledResources();
    if (models.isEmpty()) {
      out.append("none found on the class path\n");
    } else {
      out.append("| resource | size |\n|---|---|\n");
      long total = 0;
      for (Map.Entry<String, Long> e : models.entrySet()) {
        row(out, "`" + e.getKey() + "`", kb(e.getValue()));
        total += e.getValue();
      }
      row(out, "**total**", "**" + kb(total) + "**");
    }
    System.out.print(out);
    // Keeps the pipeline reachable until every figure above is taken.
    java.lang.ref.Reference.reachabilityFence(khabar);
  }

  /** More distinct words than the name finder's word cache holds. */
  private static final int CACHE_FILL_WORDS = 120_000;

  /**
   * Processes {@link #CACHE_FILL_WORDS} distinct made-up Arabic words (seeded, not corpus text), in
   * articles of a few hundred sentences, so that every cache reaches its bound.
   */
  private static void fillWordCache(Khabar khabar) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    java.util.Set<String> seen = new java.util.HashSet<>();
    StringBuilder article = new StringBuilder();
    int words = 0;
    while (seen.size() < CACHE_FILL_WORDS) {
      StringBuilder w = new StringBuilder();
      int length = random.nextInt(3, 9);
      for (int k = 0; k < length; k++) {
        w.append((char) ('\u0628' + random.nextInt(0, 19)));
      }
      if (!seen.add(w.toString())) {
        continue;
      }
      article.append(w).append(++words % 20 == 0 ? ".\n" : " ");
      if (words % 4_000 == 0) {
        khabar.process(article.toString());
        article.setLength(0);
      }
    }
    khabar.process(article.toString());
  }

  /** Used heap after five garbage collections, the least seen. */
  static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Every non-class resource under {@link #MODELS}, from jars and folders alike, with its size. */
  static Map<String, Long> bundledResources() throws IOException, URISyntaxException {
    Map<String, Long> sizes = new TreeMap<>();
    Enumeration<URL> roots = MemoryReport.class.getClassLoader().getResources(MODELS);
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      URLConnection connection = root.openConnection();
      if (connection instanceof JarURLConnection jar) {
        try (JarFile file = new JarFile(Paths.get(jar.getJarFileURL().toURI()).toFile())) {
          for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            String name = entry.getName();
            if (name.startsWith(MODELS) && !entry.isDirectory() && !name.endsWith(".class")) {
              sizes.put(name, entry.getSize());
            }
          }
        }
      } else if ("file".equals(root.getProtocol())) {
        Path dir = Paths.get(root.toURI());
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : (Iterable<Path>) files::iterator) {
            if (Files.isRegularFile(p) && !p.toString().endsWith(".class")) {
              sizes.put(MODELS + dir.relativize(p).toString().replace('\\', '/'), Files.size(p));
            }
          }
        }
      }
    }
    return sizes;
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
  }
}
