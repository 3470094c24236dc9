package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code main} the examples share: one line and status 2 on a bad path, never a trace. */
class ExamplesTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<Path> ran = new ArrayList<>();

  private int run(Path fallback, Examples.PathExample example, String... args) {
    return Examples.run("Example", args, fallback, example, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, UTF_8));
  }

  private String errLines() {
    return err.toString(UTF_8);
  }

  @Test
  void runsOnTheGivenPathOrTheFallback() {
    assertEquals(0, run(Path.of("unused"), (p, out) -> ran.add(p), dir.toString()));
    assertEquals(0, run(dir, (p, out) -> ran.add(p)));
    assertEquals(List.of(dir, dir), ran);
    assertEquals("", errLines());
  }

  @Test
  void aMissingPathIsOneLineAndStatusTwo() {
    Path missing = dir.resolve("nope");
    assertEquals(2, run(Path.of("x"), (p, out) -> ran.add(p), missing.toString()));
    assertEquals(List.of("Example: error: no such file or folder: " + missing),
        errLines().lines().toList());
    assertTrue(ran.isEmpty());
  }

  @Test
  void aMissingDefaultSaysItIsTheDefault() {
    assertEquals(2, run(dir.resolve("corpus.jsonl"), (p, out) -> ran.add(p)));
    assertEquals(1, errLines().lines().count());
    assertTrue(errLines().contains("(the default; give a path as the first argument)"),
        errLines());
  }

  @Test
  void aFailureWhileReadingIsOneLineAndStatusOne() {
    assertEquals(1, run(Path.of("x"), (p, out) -> {
      throw new IOException("disk on fire");
    }, dir.toString()));
    assertEquals(List.of("Example: error: java.io.IOException: disk on fire"),
        errLines().lines().toList());
  }
}
