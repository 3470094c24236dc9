package org.khabar.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;
import org.khabar.article.Quote;

/**
 * A runnable example: the people and organizations across a folder of articles ({@code seeds} by
 * default), by canonical name, with how often each is mentioned, how often quoted, and in how many
 * articles. Only the body counts: a name in a related headline or a footer is not the article's.
 * Speakers that are no entity (an unnamed source, {@code مصدر سياسي أوروبي}) are listed too, typed
 * {@code SOURCE}.
 *
 * <p>It runs {@link Examples#pipeline()}: with no name finder configured only the speakers of
 * quotes are found; with the bundled model wired there, people and organizations appear.
 *
 * <pre>
 * java -cp examples/target/khabar.jar org.khabar.examples.PeopleAcrossSeeds seeds
 * </pre>
 */
public final class PeopleAcrossSeeds {

  private PeopleAcrossSeeds() {}

  /** One name's tally. */
  public record Row(String canonical, String type, int mentions, int quoted, int articles) {}

  /**
   * Runs the example on the folder {@code args[0]} ({@code seeds} by default).
   *
   * @param args the folder, optionally
   */
  public static void main(String[] args) {
    Examples.main("PeopleAcrossSeeds", args, Path.of("seeds"),
        (folder, out) -> run(folder, Examples.pipeline(), out));
  }

  /** Processes the {@code .txt} files of {@code folder} with {@code khabar} and prints the table. */
  public static void run(Path folder, Khabar khabar, PrintStream out) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (Path file : InputFiles.expand(folder)) {
      articles.add(khabar.process(
          ArticleSource.of(file.getFileName().toString(), InputFiles.read(file))));
    }
    List<Row> rows = tally(articles);
    out.printf(Locale.ROOT, "%-40s %-13s %8s %6s %8s%n", "name", "type", "mentions", "quoted",
        "articles");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "%-40s %-13s %8d %6d %8d%n", r.canonical(), r.type(), r.mentions(),
          r.quoted(), r.articles());
    }
  }

  /**
   * The people, organizations and sources of {@code articles} by canonical name, most mentioned
   * and quoted first, then by name.
   */
  public static List<Row> tally(List<Article> articles) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // mentions, quoted, articles
    Map<String, String> types = new LinkedHashMap<>();
    for (Article article : articles) {
      Set<String> seen = new HashSet<>();
      for (Entity e : article.entitiesInBody()) {
        if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
          counts.computeIfAbsent(e.canonical(), k -> new int[3])[0]++;
          types.putIfAbsent(e.canonical(), e.type().name());
          seen.add(e.canonical());
        }
      }
      for (Quote q : article.quotesInBody()) {
        if (q.speaker().isPresent()) {
          Mention m = q.speaker().get();
          counts.computeIfAbsent(m.canonical(), k -> new int[3])[1]++;
          types.putIfAbsent(m.canonical(), "SOURCE");
          seen.add(m.canonical());
        }
      }
      for (String name : seen) {
        counts.get(name)[2]++;
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((name, c) -> rows.add(new Row(name, types.get(name), c[0], c[1], c[2])));
    rows.sort(Comparator.comparingInt((Row r) -> -(r.mentions() + r.quoted()))
        .thenComparing(Row::canonical));
    return rows;
  }
}
