package org.khabar.tools.eval;


import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Mention;
import org.khabar.article.Quote;
import org.khabar.models.DefaultModels;

/**
 * The quotes of the ant-ner development set ({@code corpora/ant-ner/quotes.jsonl}: 152 direct and
 * indirect quotes of 60 Tunisian news articles, marked by hand with their cues and speakers) and
 * their score through the pipeline the CLI runs (the bundled name finder), as its reference
 * scorer {@code score_quotes.py} computes it: of the gold quotes
 * whose speaker the text names, one is found when a predicted quote covers at least half of its
 * content, and attributed when one of those predictions has a speaker (text or canonical form)
 * that contains the gold speaker or is contained in it, after folding letter variants, harakat,
 * tatweel and a leading {@code و}/{@code ف}. Precision is the share of predictions that overlap
 * some gold quote; the set's own notes ask to read it loosely (its two annotators differ on short
 * quoted phrases).
 *
 * <p>The set measures; it never trains: read its errors, never copy its phrases into rules.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp tools/target/khabar-tools.jar \
 *   org.khabar.tools.eval.QuoteEvaluation
 * </pre>
 */
public final class QuoteEvaluation {

  private QuoteEvaluation() {}

  /** One gold quote: its content span, cue, speaker and whether the speaker is a name. */
  record Gold(int start, int end, String content, String cue, String speaker, boolean named) {}

  /** One article: its file name, text, publication date and gold quotes. */
  record Document(String file, String text, Optional<LocalDate> published, List<Gold> gold) {}

  /**
   * The figures.
   *
   * @param named gold quotes with a named speaker
   * @param found those a prediction covers by half
   * @param attributed those a covering prediction gives the speaker of
   * @param predicted predictions
   * @param overlapping predictions that overlap some gold quote
   * @param errors the named-speaker quotes missed or given another speaker, and the predictions
   *     that overlap no gold quote, article by article
   */
  record Result(int named, int found, int attributed, int predicted, int overlapping,
      List<String> errors) {

    /** The share of named-speaker quotes found. */
    double foundShare() {
      return found / (double) Math.max(named, 1);
    }

    /** The share of named-speaker quotes found and given their speaker: the figure to trust. */
    double attributedShare() {
      return attributed / (double) Math.max(named, 1);
    }

    /** The share of predictions that overlap a gold quote. */
    double precision() {
      return overlapping / (double) Math.max(predicted, 1);
    }

    /** The figures in words, with the first {@code errors} errors. */
    String report(int errors) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "ant-ner dev quotes: named-speaker quotes %d, found %d (%.3f), attributed %d (%.3f);"
              + " predicted %d, overlapping gold %.3f%n", named, found, foundShare(), attributed,
          attributedShare(), predicted, precision()));
      this.errors.stream().limit(errors).forEach(e -> sb.append("  ").append(e).append('\n'));
      return sb.toString();
    }
  }

  /**
   * Reads the set.
   *
   * @param dir the {@code ant-ner} folder
   * @return its articles, in the order of {@code quotes.jsonl}
   * @throws IOException if a file is missing or malformed
   */
  static List<Document> read(Path dir) throws IOException {
    List<Document> documents = new ArrayList<>();
    for (AntNerFiles.Article a : AntNerFiles.read(dir, "quotes.jsonl", "quotes")) {
      List<Gold> gold = new ArrayList<>();
      for (JsonNode q : a.annotations()) {
        gold.add(new Gold(q.get("start").asInt(), q.get("end").asInt(), q.get("content").asText(),
            q.path("cue").asText(""), q.path("speaker").asText(""),
            q.path("speaker_named").asBoolean(false)));
      }
      documents.add(new Document(a.file(), a.text(), a.published(), gold));
    }
    return documents;
  }

  /**
   * Runs every article through {@code khabar} and scores its quotes.
   *
   * @param khabar the pipeline
   * @param documents the set
   * @return the figures
   */
  static Result evaluate(Khabar khabar, List<Document> documents) {
    int named = 0;
    int found = 0;
    int attributed = 0;
    int predicted = 0;
    int overlapping = 0;
    List<String> errors = new ArrayList<>();
    for (Document d : documents) {
      List<Quote> quotes =
          khabar.process(new ArticleSource(d.file(), d.text(), d.published())).quotes();
      for (Quote p : quotes) {
        predicted++;
        if (d.gold().stream().anyMatch(g -> overlap(g, p) > 0)) {
          overlapping++;
        } else {
          errors.add(d.file() + " @" + p.span().start() + " [" + p.cue() + " | "
              + p.speaker().map(Mention::text).orElse("none") + "] extra: ⟦"
              + abbreviate(p.span().textOf(d.text())) + "⟧");
        }
      }
      for (Gold g : d.gold()) {
        if (!g.named()) {
          continue;
        }
        named++;
        List<Quote> cover =
            quotes.stream().filter(p -> 2 * overlap(g, p) >= g.end() - g.start()).toList();
        String where = d.file() + " @" + g.start() + " [" + g.cue() + " | " + g.speaker() + "] ";
        if (cover.isEmpty()) {
          errors.add(where + "missed: " + before(d.text(), g.start()) + " ⟦"
              + abbreviate(g.content()) + "⟧");
          continue;
        }
        found++;
        String gold = withoutConjunction(fold(g.speaker()));
        if (cover.stream().anyMatch(p -> speaks(p, gold))) {
          attributed++;
        } else {
          Quote p = cover.get(0);
          errors.add(where + "speaker " + p.speaker().map(Mention::text).orElse("none")
              + " (cue " + p.cue() + "): " + before(d.text(), g.start()));
        }
      }
    }
    return new Result(named, found, attributed, predicted, overlapping, errors);
  }

  private static boolean speaks(Quote p, String gold) {
    if (p.speaker().isEmpty() || gold.isEmpty()) {
      return false;
    }
    for (String s : List.of(p.speaker().get().text(), p.speaker().get().canonical())) {
      String c = withoutConjunction(fold(s));
      if (!c.isEmpty() && (c.contains(gold) || gold.contains(c))) {
        return true;
      }
    }
    return false;
  }

  private static int overlap(Gold g, Quote p) {
    return Math.min(p.span().end(), g.end()) - Math.max(p.span().start(), g.start());
  }

  private static final Pattern MARKS = Pattern.compile("[\u064B-\u065F\u0670\u0640]");
  private static final Pattern ALEFS = Pattern.compile("[أإآٱ]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The scorer's folding: harakat and tatweel out, alef, teh marbuta and yeh forms merged. */
  static String fold(String s) {
    String t = MARKS.matcher(s).replaceAll("");
    t = ALEFS.matcher(t).replaceAll("ا").replace('ة', 'ه').replace('ى', 'ي');
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  private static String withoutConjunction(String s) {
    return (s.startsWith("و") || s.startsWith("ف")) && s.length() > 3 ? s.substring(1) : s;
  }

  private static String before(String text, int offset) {
    int from = Math.max(0, offset - 70);
    return "…" + text.substring(from, offset).replace('\n', ' ');
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 50) + "…";
  }

  /** The pipeline the CLI runs: the bundled name finder, whose entities speakers link to. */
  static Khabar pipeline() {
    return Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
  }

  /**
   * Prints the figures and every error.
   *
   * @param args none
   * @throws IOException if the set cannot be read
   */
  public static void main(String[] args) throws IOException {
    Result r = evaluate(pipeline(), read(SharedCorpora.corpus("ant-ner")));
    System.out.print(r.report(Integer.MAX_VALUE));
  }
}
