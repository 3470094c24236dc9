package org.khabar.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Guesses whether the process's standard error is a terminal. Stateless. */
final class Terminals {

  private Terminals() {}

  /**
   * Whether file descriptor 2 is a terminal: on Linux, where {@code /proc/self/fd/2} points to a
   * {@code /dev/pts/N} or {@code /dev/ttyN}; elsewhere, whether the JVM has a console (standard
   * input and output are a terminal), the best Java 17 can tell.
   */
  static boolean isStderrTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the console check
    }
    return System.console() != null;
  }
}
