package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ArticleSource;
import org.khabar.article.Article;

/**
 * The usage example of the README, as it stands there, compiles and runs: it prints the headline
 * and every body entity of a seed that the pipeline finds.
 */
class ReadmeExampleTest {

  private static final String SEED = "001_a5ef31ee13716b10.txt";

  @TempDir Path dir;

  /** The first Java block after the heading "## Using the library". */
  static String usageExample(String readme) {
    int section = readme.indexOf("\n## Using the library\n");
    assertTrue(section >= 0, "the README has its usage section");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("\n```", start);
    return readme.substring(start, end + 1);
  }

  @Test
  void compilesAndPrintsTheSeedsEntities() throws Exception {
    Path root = ProjectRoot.find();
    String source = usageExample(Files.readString(root.resolve("README.md"), UTF_8));
    assertTrue(source.contains("public class ReadArticle"), source);
    Path file = dir.resolve("ReadArticle.java");
    Files.writeString(file, source, UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(),
            "-Xlint:all", "-Werror"),
        null, javac.getStandardFileManager(null, null, UTF_8).getJavaFileObjects(file)).call();
    assertTrue(compiled, diagnostics.toString());

    Path seed = root.resolve("seeds").resolve(SEED);
    String printed = runMain(seed);

    Article article = Examples.pipeline().process(
        ArticleSource.of(SEED, Files.readString(seed, UTF_8), LocalDate.of(2025, 9, 1)));
    List<String> lines = printed.lines().toList();
    assertEquals("headline: " + article.textOf(article.headline().orElseThrow().span()),
        lines.get(0));
    assertTrue(article.entitiesInBody().size() > 10);
    for (int i = 0; i < article.entitiesInBody().size(); i++) {
      var e = article.entitiesInBody().get(i);
      assertEquals(e.type() + " " + e.text() + " -> " + e.canonical(), lines.get(1 + i));
    }
    assertTrue(printed.contains(" = 2025-"), "dates resolved against the publication date");
  }

  private String runMain(Path seed) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass("ReadArticle").getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, UTF_8));
      main.invoke(null, (Object) new String[] {seed.toString()});
    } finally {
      System.setOut(saved);
    }
    return out.toString(UTF_8);
  }
}
