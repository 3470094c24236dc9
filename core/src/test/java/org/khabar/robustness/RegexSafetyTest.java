package org.khabar.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No regular expression in core's sources can backtrack catastrophically: every string literal
 * passed to {@code Pattern.compile}, {@code matches}, {@code replaceAll}, {@code replaceFirst} or
 * {@code split} is checked for the shape behind exponential backtracking, a quantified group that
 * itself contains a quantifier ({@code (a+)+}, {@code (\w*\s?)*}, {@code (x|y+){2,}}). Core has no
 * regex today (its scanners are hand-written and linear); this keeps any that is added honest. A
 * pattern built at run time is not seen here: the adversarial inputs cover it.
 */
class RegexSafetyTest {

  private static final String[] CALLS = {
    "Pattern.compile(\"", ".matches(\"", ".replaceAll(\"", ".replaceFirst(\"", ".split(\""
  };

  @Test
  void noNestedQuantifiersInCoreRegexes() throws IOException {
    Path sources = Paths.get("src/main/java");
    Assumptions.assumeTrue(
        Files.isDirectory(sources), "core sources not found from " + Paths.get("").toAbsolutePath());
    List<String> unsafe = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      Iterable<Path> javaFiles = files.filter(p -> p.toString().endsWith(".java"))::iterator;
      for (Path file : javaFiles) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
          for (String regex : regexLiterals(lines.get(n))) {
            if (hasNestedQuantifier(regex)) {
              unsafe.add(file + ":" + (n + 1) + " " + regex);
            }
          }
        }
      }
    }
    assertTrue(unsafe.isEmpty(), () -> "regexes that can backtrack catastrophically: " + unsafe);
  }

  @Test
  void detectorFlagsTheClassicShapes() {
    assertTrue(hasNestedQuantifier("(a+)+"));
    assertTrue(hasNestedQuantifier("^(\\\\w*\\\\s?)*$"));
    assertTrue(hasNestedQuantifier("(x|y+){2,}"));
    assertTrue(hasNestedQuantifier("((ab)*c)+"));
  }

  @Test
  void detectorPassesLinearShapes() {
    assertTrue(!hasNestedQuantifier("\\\\s+"));
    assertTrue(!hasNestedQuantifier("(ab)+c*"));
    assertTrue(!hasNestedQuantifier("[\\\\n.!?]+"));
    assertTrue(!hasNestedQuantifier("(a\\\\+)+"));
    assertTrue(!hasNestedQuantifier("([+*])+"));
  }

  /** The string literals (still in Java source escaping) passed to the regex methods on a line. */
  static List<String> regexLiterals(String line) {
    List<String> out = new ArrayList<>();
    for (String call : CALLS) {
      int at = line.indexOf(call);
      while (at >= 0) {
        int start = at + call.length();
        int end = start;
        while (end < line.length() && line.charAt(end) != '"') {
          end += line.charAt(end) == '\\' ? 2 : 1;
        }
        out.add(line.substring(start, Math.min(end, line.length())));
        at = line.indexOf(call, end);
      }
    }
    return out;
  }

  /**
   * Whether a regex (in Java source escaping: {@code \\} is one backslash) has a group that is
   * quantified by {@code *}, {@code +} or {@code {n,}} and contains such a quantifier itself.
   * Escaped chars and character classes are skipped, so {@code (a\+)+} and {@code ([+*])+} pass.
   */
  static boolean hasNestedQuantifier(String source) {
    String regex = source.replace("\\\\", "\\");
    List<Boolean> open = new ArrayList<>(); // per open group: does it contain a quantifier?
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(regex, i);
      } else if (c == '(') {
        open.add(false);
      } else if (c == ')' && !open.isEmpty()) {
        boolean inner = open.remove(open.size() - 1);
        boolean quantified = isUnbounded(regex, i + 1);
        if (inner && quantified) {
          return true;
        }
        if ((inner || quantified) && !open.isEmpty()) {
          open.set(open.size() - 1, true);
        }
      } else if (isUnbounded(regex, i) && !open.isEmpty()) {
        open.set(open.size() - 1, true);
      }
    }
    return false;
  }

  /** Whether an unbounded quantifier ({@code *}, {@code +}, {@code {n,}}) starts at {@code i}. */
  private static boolean isUnbounded(String regex, int i) {
    if (i >= regex.length()) {
      return false;
    }
    char c = regex.charAt(i);
    if (c == '*' || c == '+') {
      return true;
    }
    if (c == '{') {
      int close = regex.indexOf('}', i);
      return close > 0 && regex.substring(i, close).endsWith(",");
    }
    return false;
  }

  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      i += regex.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }
}
