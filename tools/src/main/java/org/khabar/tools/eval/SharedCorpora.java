package org.khabar.tools.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.khabar.ArticleSource;
import org.khabar.text.TextBytes;

/**
 * Locates the shared corpora folder that sits beside the project ({@code ../shared}).
 *
 * <p>The root is the system property {@code khabar.shared} when set (a relative value is resolved
 * against the project root), else {@code ../shared} next to the project root. The project root is
 * found by walking up from the working directory to the first folder holding both {@code seeds/}
 * and {@code pom.xml}, so the same default works from the root and from a module folder (where
 * Maven's test runner starts). Stateless and thread-safe.
 */
public final class SharedCorpora {

  /** The system property that overrides the shared folder. */
  public static final String PROPERTY = "khabar.shared";

  private SharedCorpora() {}

  /**
   * The shared folder (it may not exist).
   *
   * @return the folder
   */
  public static Path root() {
    Path project = projectRoot();
    String configured = System.getProperty(PROPERTY);
    Path shared = configured != null ? Paths.get(configured) : Paths.get("..", "shared");
    return shared.isAbsolute() ? shared.normalize() : project.resolve(shared).normalize();
  }

  /**
   * A file under {@code corpora/} in the shared folder (it may not exist).
   *
   * @param first the first path element under {@code corpora/}
   * @param more further path elements
   * @return the file
   */
  public static Path corpus(String first, String... more) {
    return root().resolve("corpora").resolve(Paths.get(first, more));
  }

  /**
   * The project root, or the working directory when no ancestor looks like one.
   *
   * @return the folder
   */
  public static Path projectRoot() {
    Path cwd = Paths.get("").toAbsolutePath().normalize();
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    return cwd;
  }

  /**
   * The seed articles of the project's {@code seeds/} folder, by file name, each read as the
   * command-line tool reads a file ({@link TextBytes#decode}), its file name the id.
   *
   * @return the seeds
   * @throws IOException if a seed cannot be read
   */
  public static List<ArticleSource> seeds() throws IOException {
    List<ArticleSource> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(projectRoot().resolve("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(ArticleSource.of(file.getFileName().toString(),
            TextBytes.decode(Files.readAllBytes(file))));
      }
    }
    return seeds;
  }
}
