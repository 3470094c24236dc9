package org.khabar.models.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared corpora folder that sits beside the project ({@code ../shared/corpora}).
 *
 * <p>The root is the system property {@code khabar.shared} (default {@code ../shared}), resolved
 * against the working directory and, failing that, against its parent (Maven runs module tests
 * from the module folder). Stateless and thread-safe.
 */
public final class SharedCorpora {

  /** The system property naming the shared folder. */
  public static final String PROPERTY = "khabar.shared";

  private SharedCorpora() {}

  /** The {@code corpora} folder, if it exists. */
  public static Optional<Path> root() {
    String configured = System.getProperty(PROPERTY, "../shared");
    Path base = Path.of(configured);
    Path[] candidates =
        base.isAbsolute()
            ? new Path[] {base}
            : new Path[] {Path.of("").toAbsolutePath().resolve(base),
                Path.of("").toAbsolutePath().resolve("..").resolve(base)};
    for (Path candidate : candidates) {
      Path corpora = candidate.resolve("corpora").normalize();
      if (Files.isDirectory(corpora)) {
        return Optional.of(corpora);
      }
    }
    return Optional.empty();
  }

  /** The {@code corpora} folder, or an exception saying where it was looked for. */
  public static Path require() {
    return root()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "shared corpora not found: set -D"
                        + PROPERTY
                        + "=/path/to/shared (looked for "
                        + System.getProperty(PROPERTY, "../shared")
                        + "/corpora)"));
  }
}
