package org.khabar.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.html.HtmlExtractor;
import org.khabar.html.HtmlPage;
import org.khabar.html.PublishedDate;

/**
 * The news pages of {@code ../shared/html} (5 Arabic, 3 Persian, with their publication days
 * checked by hand) through {@link HtmlExtractor}: the publication day found against the page's
 * (the gold's, but where the page contradicts it: {@link #ERRATA}), the headline, and the body's
 * blocks, printed for reading.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp tools/target/khabar-tools.jar \
 *   org.khabar.tools.eval.HtmlEvaluation
 * </pre>
 */
public final class HtmlEvaluation {

  /**
   * Gold days that the page itself contradicts, by file: aryanews dates its article {@code دوشنبه
   * ۲ تير ۱۳۹۹} and {@code 2 تير 1399 - 12:09:08} (Solar Hijri: Monday 22 June 2020), its URL and
   * image names {@code 20200622}; the gold says 2 July.
   */
  static final Map<String, LocalDate> ERRATA =
      Map.of("1641304459.html", LocalDate.of(2020, 6, 22));

  private HtmlEvaluation() {}

  /**
   * One page.
   *
   * @param file its file name
   * @param language its language, as the gold gives it
   * @param gold its publication day
   * @param page what the extractor made of it
   */
  record Page(String file, String language, LocalDate gold, HtmlPage page) {

    /** Whether the publication day found is the gold one, as given. */
    boolean dayRightAgainstGold() {
      return found(gold);
    }

    /** The page's publication day: the gold one, or its erratum ({@link #ERRATA}). */
    LocalDate day() {
      return ERRATA.getOrDefault(file, gold);
    }

    /** Whether the publication day found is the page's ({@link #day()}). */
    boolean dayRight() {
      return found(day());
    }

    private boolean found(LocalDate day) {
      return page.metadata().published().map(PublishedDate::day).filter(day::equals).isPresent();
    }

    /** The body's blocks, as {@code KIND: text}. */
    List<String> body() {
      List<String> out = new ArrayList<>();
      for (Block b : page.blocks()) {
        if (b.kind().isBody() && b.kind() != BlockKind.HEADLINE) {
          out.add(b.kind() + ": " + b.span().textOf(page.text()));
        }
      }
      return out;
    }
  }

  /**
   * Extracts every page of {@code dir} ({@code gold-dates.jsonl}, {@code pages/}).
   *
   * @param dir the {@code html} folder
   * @return the pages, in the gold's order
   * @throws IOException if a file cannot be read
   */
  static List<Page> read(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    Path gold = dir.resolve("gold-dates.jsonl");
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = mapper.readTree(line);
      byte[] bytes = Files.readAllBytes(dir.resolve("pages").resolve(g.get("file").asText()));
      HtmlPage page = HtmlExtractor.defaults().extract(bytes, g.get("url").asText(),
          Optional.empty());
      pages.add(new Page(g.get("file").asText(), g.get("lang").asText(),
          LocalDate.parse(g.get("published").asText()), page));
    }
    return pages;
  }

  /**
   * Prints, for each page, the day found against the gold, the headline and the body.
   *
   * @param args none
   * @throws IOException if a page cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Page> pages = read(SharedCorpora.root().resolve("html"));
    long right = pages.stream().filter(Page::dayRight).count();
    long againstGold = pages.stream().filter(Page::dayRightAgainstGold).count();
    long arabic = pages.stream().filter(p -> p.language().equals("ar")).count();
    long arabicRight =
        pages.stream().filter(p -> p.language().equals("ar") && p.dayRight()).count();
    System.out.printf("pages: %d, publication day right on %d (Arabic: %d of %d); against the"
        + " gold as given %d (errata: %s)%n", pages.size(), right, arabicRight, arabic,
        againstGold, ERRATA);
    for (Page p : pages) {
      System.out.printf("== %s (%s) gold %s%s, found %s%n", p.file(), p.language(), p.gold(),
          p.day().equals(p.gold()) ? "" : " (the page says " + p.day() + ")",
          p.page().metadata().published().map(d -> d.day() + " from " + d.source() + " '"
              + d.raw() + "'").orElse("none"));
      p.page().blocks().stream().filter(b -> b.kind() == BlockKind.HEADLINE).findFirst()
          .ifPresent(b -> System.out.println("  headline: " + b.span().textOf(p.page().text())));
      p.body().forEach(b -> System.out.println("  " + (b.length() > 110 ? b.substring(0, 110)
          + "…" : b)));
    }
  }
}
