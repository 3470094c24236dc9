package org.khabar.tools.eval;


import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.TimeExpression;

/**
 * The time expressions of the ant-ner development set ({@code corpora/ant-ner/times.jsonl}: 183
 * expressions of 60 Tunisian news articles, marked by hand with their TIMEX3 values) and their
 * score, as its reference scorer {@code score_times.py} computes it: a gold expression is found
 * when a predicted one overlaps it, and right when one of the overlapping predictions has its type
 * and value; precision is the share of predictions that overlap a gold expression. Each article
 * runs with its own publication date.
 *
 * <p>The set measures; it never trains: read its errors, never copy its expressions into rules.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp tools/target/khabar-tools.jar \
 *   org.khabar.tools.eval.TimeEvaluation
 * </pre>
 */
public final class TimeEvaluation {

  private TimeEvaluation() {}

  /** One gold expression. */
  record Gold(int start, int end, String text, String type, String value) {}

  /** One article: its file name, text, publication date and gold expressions. */
  record Document(String file, String text, Optional<LocalDate> published, List<Gold> gold) {}

  /**
   * The figures.
   *
   * @param gold gold expressions
   * @param found gold expressions a prediction overlaps
   * @param right gold expressions an overlapping prediction has the type and value of
   * @param predicted predictions
   * @param overlapping predictions that overlap a gold expression
   * @param rightByType right and gold counts by gold type, {@code [right, gold]}
   * @param errors the gold expressions missed or given another value, in text order
   */
  record Result(int gold, int found, int right, int predicted, int overlapping,
      Map<String, int[]> rightByType, List<String> errors) {

    /** The share of gold expressions found. */
    double recall() {
      return found / (double) Math.max(gold, 1);
    }

    /** The share of gold expressions found with the right type and value: the figure to trust. */
    double rightShare() {
      return right / (double) Math.max(gold, 1);
    }

    /** The share of predictions that overlap a gold expression. */
    double precision() {
      return overlapping / (double) Math.max(predicted, 1);
    }

    /** The figures in words, with the first {@code errors} errors. */
    String report(int errors) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "ant-ner dev times: gold %d, found %d (R %.3f), predicted %d (P %.3f), right type and"
              + " value %d (%.3f of gold)%n", gold, found, recall(), predicted, precision(), right,
          rightShare()));
      rightByType.forEach((type, c) -> sb.append(String.format(Locale.ROOT,
          "  %-9s right %3d of %3d (%.3f)%n", type, c[0], c[1], c[0] / (double) c[1])));
      this.errors.stream().limit(errors).forEach(e -> sb.append("  ").append(e).append('\n'));
      return sb.toString();
    }
  }

  /**
   * Reads the set.
   *
   * @param dir the {@code ant-ner} folder
   * @return its articles, in the order of {@code times.jsonl}
   * @throws IOException if a file is missing or malformed
   */
  static List<Document> read(Path dir) throws IOException {
    List<Document> documents = new ArrayList<>();
    for (AntNerFiles.Article a : AntNerFiles.read(dir, "times.jsonl", "times")) {
      List<Gold> gold = new ArrayList<>();
      for (JsonNode t : a.annotations()) {
        gold.add(new Gold(t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText(),
            t.get("type").asText(), t.get("value").asText()));
      }
      documents.add(new Document(a.file(), a.text(), a.published(), gold));
    }
    return documents;
  }

  /**
   * Runs every article through {@code khabar} and scores its time expressions.
   *
   * @param khabar the pipeline
   * @param documents the set
   * @return the figures
   */
  static Result evaluate(Khabar khabar, List<Document> documents) {
    int gold = 0;
    int found = 0;
    int right = 0;
    int predicted = 0;
    int overlapping = 0;
    Map<String, int[]> byType = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (Document d : documents) {
      List<TimeExpression> times =
          khabar.process(new ArticleSource(d.file(), d.text(), d.published())).times();
      for (TimeExpression p : times) {
        predicted++;
        if (d.gold().stream().anyMatch(g -> overlaps(g, p))) {
          overlapping++;
        }
      }
      for (Gold g : d.gold()) {
        gold++;
        int[] counts = byType.computeIfAbsent(g.type(), t -> new int[2]);
        counts[1]++;
        List<TimeExpression> over = times.stream().filter(p -> overlaps(g, p)).toList();
        if (over.isEmpty()) {
          errors.add(d.file() + " missed " + g.text() + " " + g.value());
          continue;
        }
        found++;
        if (over.stream().anyMatch(p -> p.value().equals(g.value())
            && p.type().name().equals(g.type()))) {
          right++;
          counts[0]++;
        } else {
          errors.add(d.file() + " value " + g.text() + " " + g.type() + " " + g.value() + " got "
              + over.stream().map(p -> p.type() + " " + p.value()).toList());
        }
      }
    }
    return new Result(gold, found, right, predicted, overlapping, byType, errors);
  }

  private static boolean overlaps(Gold g, TimeExpression p) {
    return Math.min(p.span().end(), g.end()) > Math.max(p.span().start(), g.start());
  }

  /**
   * Prints the figures and every error.
   *
   * @param args none
   * @throws IOException if the set cannot be read
   */
  public static void main(String[] args) throws IOException {
    Result r = evaluate(Khabar.defaults(), read(SharedCorpora.corpus("ant-ner")));
    System.out.print(r.report(Integer.MAX_VALUE));
  }
}
