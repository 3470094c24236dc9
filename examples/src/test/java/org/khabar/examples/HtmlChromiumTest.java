package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ArticleSource;
import org.khabar.article.Article;

/**
 * Renders the HTML view of the seeds in headless Chromium (Debian's {@code chromium}, installed
 * by {@code .ci/install-chromium}) and checks that the page loads without errors and that its DOM
 * holds the expected elements. Skipped when no chromium is on the PATH.
 *
 * <p>With {@code -Dkhabar.screenshot=PATH} it also writes a PNG of the first seed to PATH, the
 * image the README shows ({@code docs/seed-000.png}).
 */
class HtmlChromiumTest {

  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String d : path.split(File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** What one headless run printed. */
  private record Run(int status, String out, String err) {}

  private Run runChromium(Path exe, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(extra));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new Run(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  private List<Article> seeds() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (Path seed : InputFiles.expand(ProjectRoot.find().resolve("seeds"))) {
      String name = seed.getFileName().toString();
      // The tool's pipeline, with the bundled name finder, and the seed's publication date.
      articles.add(Examples.pipeline().process(
          ArticleSource.of(name, InputFiles.read(seed), SeedsGoldenTest.PUBLISHED.get(name))));
    }
    return articles;
  }

  @Test
  void seedsPageLoadsInHeadlessChromiumWithoutErrors() throws Exception {
    Optional<Path> exe = chromium();
    assumeTrue(exe.isPresent(), "chromium not on the PATH: run .ci/install-chromium to install it");
    List<Article> articles = seeds();
    Path page = dir.resolve("seeds.html");
    Files.writeString(page, ArticleHtml.page(articles), UTF_8);

    Run run = runChromium(exe.get(), "--dump-dom", page.toUri().toString());
    assertEquals(0, run.status(), run.err());
    String dom = run.out();
    assertTrue(dom.contains("<html lang=\"ar\" dir=\"rtl\">"), dom.substring(0, Math.min(300, dom.length())));
    assertEquals(articles.size(), dom.split("<article ", -1).length - 1, "one article element each");
    assertTrue(dom.contains("class=\"kh-legend\""));
    assertTrue(dom.contains("<nav class=\"kh-index\">"));
    assertTrue(dom.contains("<h1 class=\"kh-block kh-HEADLINE\""));
    assertTrue(dom.contains("kh-RELATED_LINK"));
    assertTrue(dom.contains("kh-BOILERPLATE"));
    assertTrue(dom.contains("class=\"kh-quote kh-DIRECT\""));
    for (String line : run.err().split("\n")) {
      String l = line.toLowerCase(Locale.ROOT);
      boolean aboutPage = l.contains("console") || l.contains("uncaught") || l.contains(page.getFileName().toString());
      assertFalse(aboutPage, "chromium reported a problem with the page: " + line);
    }
  }

  @Test
  void seedScreenshotIsWrittenOnRequest() throws Exception {
    String target = System.getProperty("khabar.screenshot", "");
    assumeTrue(!target.isEmpty(), "set -Dkhabar.screenshot=docs/seed-000.png to write the README image");
    Optional<Path> exe = chromium();
    assumeTrue(exe.isPresent(), "chromium not on the PATH: run .ci/install-chromium to install it");
    Path page = dir.resolve("seed.html");
    Files.writeString(page, ArticleHtml.page(List.of(seeds().get(0))), UTF_8);
    Path png = ProjectRoot.find().resolve(target);
    Files.createDirectories(png.getParent());
    Run run = runChromium(exe.get(), "--hide-scrollbars", "--window-size=1000,1500",
        "--screenshot=" + png, page.toUri().toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.size(png) > 10_000, "a PNG of the page");
  }
}
