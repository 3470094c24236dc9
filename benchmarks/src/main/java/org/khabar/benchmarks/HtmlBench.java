package org.khabar.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.khabar.html.HtmlExtractor;
import org.khabar.html.HtmlPage;
import org.khabar.tools.eval.SharedCorpora;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extracting a news page ({@code khabarExtract}: jsoup's parse, the container, the blocks and the
 * metadata) against jsoup's parse alone ({@code jsoupParse}, the anchor), one page per operation,
 * over the pages of {@code ../shared/html} decoded once. The target: at least half as fast
 * as the parse alone.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class HtmlBench {

  /** The pages, decoded. */
  @State(Scope.Benchmark)
  public static class Pages {
    final List<String> pages = new ArrayList<>();
    int next;

    @Setup
    public void load() {
      Path dir = SharedCorpora.root().resolve("html").resolve("pages");
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          pages.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the pages of ../shared/html are needed: " + dir, e);
      }
    }

    String next() {
      next = (next + 1) % pages.size();
      return pages.get(next);
    }
  }

  @Benchmark
  public Document jsoupParse(Pages p) {
    return Jsoup.parse(p.next());
  }

  @Benchmark
  public HtmlPage khabarExtract(Pages p) {
    return HtmlExtractor.defaults().extract(p.next(), "", Optional.empty());
  }
}
