package org.khabar.spark;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main class of {@code khabar-spark-job.jar}: runs {@link KhabarSparkJob} with the jar itself
 * and every jar in the {@code lib} folder beside it (Spark among them, which the library and the
 * spark-submit bundle leave to the cluster) on the class path.
 */
public final class JobLauncher {

  private static final String JOB = "org.khabar.spark.KhabarSparkJob";

  private JobLauncher() {}

  /**
   * Runs the job.
   *
   * @param args the job's command line
   * @throws Exception if the job cannot be started
   */
  public static void main(String[] args) throws Exception {
    Path jar =
        Path.of(JobLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path lib = jar.resolveSibling("lib");
    if (!Files.isDirectory(lib)) {
      System.err.println("khabar-spark: error: no folder " + lib + " beside " + jar
          + " (build it with mvn package)");
      System.exit(2);
    }
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(p.toUri().toURL());
      }
    }
    ClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    try {
      loader.loadClass(JOB).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }
}
