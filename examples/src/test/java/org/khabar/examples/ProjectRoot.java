package org.khabar.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root from the working directory, whichever module the tests run in. */
final class ProjectRoot {

  private ProjectRoot() {}

  /** The nearest folder at or above the working directory holding {@code seeds/} and {@code pom.xml}. */
  static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no folder with seeds/ and pom.xml at or above " + dir);
  }
}
