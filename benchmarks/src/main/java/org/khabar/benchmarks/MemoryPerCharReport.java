package org.khabar.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.testing.AdversarialTexts;

/**
 * Measures what one article costs in heap per input char, for news and for every kind of hostile
 * text ({@link AdversarialTexts}): the <b>peak</b>, as the smallest {@code -Xmx} (to 2 MB) in which
 * a fresh JVM processes the text, less the smallest in which it processes an empty text, over the
 * text's length; and the <b>retained</b> size of the {@link Article} (used heap after GC with it
 * kept, less without). The pipeline is the default one without a name finder, whose load peak
 * would hide the text's: the name finder's own per-text work is bounded (2,000 tokens at a time).
 * News is the seed articles repeated. Prints a Markdown table for BENCHMARKS.md.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.khabar.benchmarks.MemoryPerCharReport [CHARS]</pre>
 *
 * <p>With the argument {@code probe KIND CHARS} it is the child JVM: it processes one text and
 * prints its retained bytes.
 */
public final class MemoryPerCharReport {

  private static final int DEFAULT_CHARS = 1_000_000;

  private MemoryPerCharReport() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("probe")) {
      probe(args[1], Integer.parseInt(args[2]));
      return;
    }
    int chars = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CHARS;
    int empty = minimalHeapMb("empty", 0);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "### Heap per input char (%,d chars a text; default pipeline without the name finder;"
            + " baseline %d MB)%n%n", chars, empty));
    out.append("| text | peak B/char | retained B/char | peak / news |\n|---|---:|---:|---:|\n");
    double newsPeak = 0;
    for (String kind : kinds().keySet()) {
      int heap = minimalHeapMb(kind, chars);
      double peak = (heap - empty) * 1e6 / chars;
      double retained = retained(kind, chars) / (double) chars;
      if (kind.equals("news")) {
        newsPeak = peak;
      }
      out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f |%n", kind, peak, retained,
          peak / newsPeak));
      System.err.println(kind + ": " + heap + " MB");
    }
    System.out.print(out);
  }

  /** News first, then every hostile kind. */
  static Map<String, IntFunction<String>> kinds() throws IOException {
    Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
    String seeds = seeds();
    kinds.put("news", n -> AdversarialTexts.repeat(seeds, n));
    kinds.putAll(AdversarialTexts.kinds());
    kinds.put("empty", n -> "");
    return kinds;
  }

  private static String seeds() throws IOException {
    Path dir = Path.of("seeds");
    if (!Files.isDirectory(dir)) {
      throw new IOException("run from the project root: no seeds/ folder here");
    }
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        sb.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return sb.toString();
  }

  /** The smallest heap, in MB (to 2 MB), in which a fresh JVM processes the text. */
  private static int minimalHeapMb(String kind, int chars) throws Exception {
    int ok = 1024;
    if (!runs(kind, chars, ok)) {
      return -1;
    }
    int fails = 4;
    while (ok - fails > 2) {
      int mid = (ok + fails) / 2;
      if (runs(kind, chars, mid)) {
        ok = mid;
      } else {
        fails = mid;
      }
    }
    return ok;
  }

  private static boolean runs(String kind, int chars, int heapMb) throws Exception {
    return child(kind, chars, "-Xmx" + heapMb + "m") != null;
  }

  /** The retained bytes the child measures in a roomy heap. */
  private static long retained(String kind, int chars) throws Exception {
    String out = child(kind, chars, "-Xmx2g");
    return out == null ? -1 : Long.parseLong(out.strip());
  }

  private static String child(String kind, int chars, String heap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        MemoryPerCharReport.class.getName(), "probe", kind, Integer.toString(chars)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return null;
    }
    return process.exitValue() == 0 ? out : null;
  }

  private static void probe(String kind, int chars) throws Exception {
    String text = kinds().get(kind).apply(chars);
    Khabar khabar = Khabar.defaults();
    khabar.process("تمهيد"); // lexicons and tables loaded before the baseline
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = MemoryReport.usedAfterGc(memory);
    Article article = khabar.process(text);
    long after = MemoryReport.usedAfterGc(memory);
    java.lang.ref.Reference.reachabilityFence(article);
    System.out.println(after - before);
  }
}
