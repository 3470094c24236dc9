package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.Quote;

/**
 * A runnable example that runs the pipeline over a JSON-lines corpus (one object a line with a
 * {@code text} field, such as ANT news) and prints what the structure and quote rules found: blocks
 * by kind, quotes by kind, the share with a speaker, and the throughput.
 *
 * <pre>
 * java -cp examples/target/khabar.jar org.khabar.examples.CorpusFigures \
 *     ../shared/corpora/ant-news/ant-v1.1.jsonl
 * </pre>
 *
 * <p>Without an argument the file is {@code corpora/ant-news/ant-v1.1.jsonl} under the folder of
 * the system property {@code khabar.shared} ({@code ../shared} by default).
 */
public final class CorpusFigures {

  private CorpusFigures() {}

  /**
   * Runs the example on the JSON-lines file {@code args[0]} (ANT news in {@code ../shared} by
   * default).
   *
   * @param args the corpus file, optionally
   */
  public static void main(String[] args) {
    Path ant = Path.of(System.getProperty("khabar.shared", "../shared"))
        .resolve("corpora/ant-news/ant-v1.1.jsonl");
    Examples.main("CorpusFigures", args, ant,
        (corpus, out) -> run(corpus, Examples.pipeline(), out));
  }

  /** Processes every {@code text} of the JSON-lines file {@code corpus} and prints the figures. */
  public static void run(Path corpus, Khabar khabar, PrintStream out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<BlockKind, Long> blocks = new EnumMap<>(BlockKind.class);
    Map<Quote.Kind, Long> quotes = new EnumMap<>(Quote.Kind.class);
    long articles = 0;
    long chars = 0;
    long withSpeaker = 0;
    long articlesWithQuote = 0;
    long started = System.nanoTime();
    try (BufferedReader reader = Files.newBufferedReader(corpus, UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode text = mapper.readTree(line).get("text");
        if (text == null || !text.isTextual()) {
          continue;
        }
        Article article = khabar.process(ArticleSource.of("#" + articles, text.asText()));
        articles++;
        chars += article.text().length();
        for (Block b : article.blocks()) {
          blocks.merge(b.kind(), 1L, Long::sum);
        }
        for (Quote q : article.quotes()) {
          quotes.merge(q.kind(), 1L, Long::sum);
          withSpeaker += q.speaker().isPresent() ? 1 : 0;
        }
        articlesWithQuote += article.quotes().isEmpty() ? 0 : 1;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long quoteTotal = quotes.values().stream().mapToLong(Long::longValue).sum();
    out.printf(Locale.ROOT, "articles %d, chars %d, %.2f s, %.0f articles/s%n", articles, chars,
        seconds, articles / Math.max(seconds, 1e-9));
    for (BlockKind kind : BlockKind.values()) {
      out.printf(Locale.ROOT, "blocks %-13s %d%n", kind, blocks.getOrDefault(kind, 0L));
    }
    out.printf(Locale.ROOT, "quotes %d (direct %d, indirect %d), with a speaker %d (%.1f%%),"
            + " articles with a quote %d%n", quoteTotal, quotes.getOrDefault(Quote.Kind.DIRECT, 0L),
        quotes.getOrDefault(Quote.Kind.INDIRECT, 0L), withSpeaker,
        quoteTotal == 0 ? 0.0 : 100.0 * withSpeaker / quoteTotal, articlesWithQuote);
  }
}
