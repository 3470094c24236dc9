package org.khabar.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.khabar.Khabar;
import org.khabar.models.DefaultModels;

/**
 * How long a new JVM takes to give its first article, and its hundredth, with the bundled name
 * finder: what a command-line run on today's articles, a serverless function or a fresh Spark
 * executor pays before any steady-state throughput. Each run starts a child JVM (the same {@code
 * java} and class path, default heap) that builds the pipeline as the README shows and processes
 * the articles of a folder in turn, cycled to 100; the parent times the child's lines as they
 * arrive, from just before it starts the process. The anchor is a child that prints one line from
 * {@code main} and exits: the JVM's own start on this machine, in the same run. One run first warms
 * the file cache and is not counted; the report gives the median of the others and their range.
 *
 * <p>The children run on the class path given with {@code --classpath} (the library's own jars,
 * as a user's build has them: {@code benchmarks/run.sh} passes the models jar, which stores its
 * entries uncompressed, with core and their dependencies), or on the report's own.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.khabar.benchmarks.ColdStartReport \
 *     [--classpath CP] [seeds] [runs]
 * </pre>
 */
public final class ColdStartReport {

  /** Articles each child processes. */
  static final int ARTICLES = 100;

  private ColdStartReport() {}

  /**
   * Prints the report; with {@code child FOLDER} or {@code anchor} as arguments, is the child.
   *
   * @param args a folder of {@code .txt} articles (default {@code seeds}) and the number of runs
   *     (default 5)
   * @throws Exception if a child cannot be run or fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("anchor")) {
      System.out.println("main");
      return;
    }
    if (args.length > 1 && args[0].equals("child")) {
      child(Path.of(args[1]));
      return;
    }
    String classPath = System.getProperty("java.class.path");
    List<String> rest = new ArrayList<>(List.of(args));
    if (rest.size() >= 2 && rest.get(0).equals("--classpath")) {
      classPath = rest.get(1) + File.pathSeparator + classPath;
      rest = rest.subList(2, rest.size());
    }
    Path folder = Path.of(rest.size() > 0 ? rest.get(0) : "seeds");
    int runs = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 5;
    if (articles(folder).isEmpty()) {
      throw new IllegalArgumentException("no .txt articles in " + folder);
    }
    run(classPath, "anchor", null); // warms the file cache
    run(classPath, "child", folder);
    double[][] anchor = new double[runs][];
    double[][] pipeline = new double[runs][];
    for (int r = 0; r < runs; r++) {
      anchor[r] = run(classPath, "anchor", null);
      pipeline[r] = run(classPath, "child", folder);
    }
    System.out.print(report(folder, runs, anchor, pipeline));
  }

  /** The markdown table of the runs. */
  static String report(Path folder, int runs, double[][] anchor, double[][] pipeline) {
    double jvm = median(column(anchor, 0));
    double first = median(column(pipeline, 0));
    double hundred = median(column(pipeline, 1));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "### Cold start (%d runs, articles of %s cycled to %d)%n%n", runs, folder, ARTICLES));
    out.append("| from the JVM's start | median | range | × JVM start |\n|---|---|---|---|\n");
    row(out, "to `main` (anchor: a JVM that prints a line)", column(anchor, 0), jvm);
    row(out, "to the first article, bundled name finder", column(pipeline, 0), jvm);
    row(out, "to the " + ARTICLES + "th article", column(pipeline, 1), jvm);
    out.append(String.format(Locale.ROOT, "%nFirst article after %.0f ms, %.0f ms after `main`; %d"
            + " articles after %.0f ms.%n", first, first - jvm, ARTICLES, hundred));
    return out.toString();
  }

  private static void row(StringBuilder out, String what, double[] ms, double anchor) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    out.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f-%.0f ms | %.1f |%n", what,
        median(ms), sorted[0], sorted[sorted.length - 1], median(ms) / anchor));
  }

  private static double[] column(double[][] runs, int c) {
    double[] out = new double[runs.length];
    for (int r = 0; r < runs.length; r++) {
      out[r] = runs[r][c];
    }
    return out;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Runs one child; the milliseconds from its start to each line it printed. */
  private static double[] run(String classPath, String mode, Path folder)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp",
        classPath, ColdStartReport.class.getName(), mode));
    if (folder != null) {
      command.add(folder.toString());
    }
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<Double> times = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        times.add((System.nanoTime() - start) / 1e6);
        lines.add(line);
      }
    }
    int status = process.waitFor();
    int expected = folder == null ? 1 : 2;
    if (status != 0 || times.size() != expected) {
      throw new IllegalStateException("child " + mode + " exited with " + status + ": " + lines);
    }
    return times.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The child: the README's pipeline, the first article, then the rest up to 100. */
  private static void child(Path folder) throws IOException {
    Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
    List<Path> files = articles(folder);
    int entities = 0;
    for (int i = 0; i < ARTICLES; i++) {
      String text = Files.readString(files.get(i % files.size()), StandardCharsets.UTF_8);
      entities += khabar.process(text).entities().size();
      if (i == 0) {
        System.out.println("first " + entities);
        System.out.flush();
      }
    }
    System.out.println("hundred " + entities);
    System.out.flush();
  }

  private static List<Path> articles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
