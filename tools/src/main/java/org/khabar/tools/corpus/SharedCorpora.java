package org.khabar.tools.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code corpora} folder of the shared folder beside the project, as located by
 * {@link org.khabar.tools.eval.SharedCorpora} (system property {@code khabar.shared}, default
 * {@code ../shared} next to the project root). Stateless and thread-safe.
 */
public final class SharedCorpora {

  private SharedCorpora() {}

  /**
   * The {@code corpora} folder, if it exists.
   *
   * @return the folder, or empty
   */
  public static Optional<Path> root() {
    Path corpora = org.khabar.tools.eval.SharedCorpora.root().resolve("corpora");
    return Files.isDirectory(corpora) ? Optional.of(corpora) : Optional.empty();
  }

  /**
   * The {@code corpora} folder, or an exception saying where it was looked for.
   *
   * @return the folder
   */
  public static Path require() {
    return root()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "shared corpora not found at "
                        + org.khabar.tools.eval.SharedCorpora.root().resolve("corpora")
                        + ": set -D"
                        + org.khabar.tools.eval.SharedCorpora.PROPERTY
                        + "=/path/to/shared"));
  }
}
