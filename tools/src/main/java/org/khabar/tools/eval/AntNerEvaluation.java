package org.khabar.tools.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;

/**
 * The ant-ner development set ({@code corpora/ant-ner}: 60 Tunisian news articles, every name
 * marked by hand) and its score, exactly as its reference scorer {@code score_ner.py} computes it:
 * a predicted PERSON, LOCATION or ORGANIZATION matches a gold name when its type is one the gold
 * accepts and its span is one of the gold's accepted spans; optional (MISC) gold names count neither
 * way and predictions on them are ignored; micro P/R/F1 over the three types. Each article runs
 * through the pipeline with its own publication date.
 *
 * <p>This set measures names on news from another source and never trains anything: read it, look
 * at its errors, and never copy its names into a list.
 */
public final class AntNerEvaluation {

  /** The three scored types, in the scorer's order. */
  static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

  /** One article: its file name, text, publication date and gold names. */
  public record Document(String file, String text, Optional<LocalDate> published,
      List<Gold> gold) {}

  /**
   * One gold name.
   *
   * @param start its start
   * @param end its end
   * @param text its text
   * @param types the types it accepts
   * @param spans the spans it accepts, as {@code [start, end]} pairs
   * @param optional whether it counts neither way (MISC)
   */
  public record Gold(int start, int end, String text, List<EntityType> types, List<int[]> spans,
      boolean optional) {}

  /** A name the pipeline got wrong: a gold name missed, or a prediction that matched none. */
  public record Miss(String file, String text, EntityType type) {}

  /**
   * The scores with the errors behind them.
   *
   * @param truePositives per type
   * @param falsePositives per type
   * @param falseNegatives per type (a gold name that accepts two types counts as LOCATION, as the
   *     reference scorer counts it)
   * @param missed the gold names not found
   * @param spurious the predictions that matched no gold name
   * @param judged every scored prediction and whether it was right (those on an optional name are
   *     neither, and left out)
   */
  public record Result(Map<EntityType, Integer> truePositives,
      Map<EntityType, Integer> falsePositives, Map<EntityType, Integer> falseNegatives,
      List<Miss> missed, List<Miss> spurious, List<ArticleEvaluator.Judged> judged) {

    /**
     * Micro P/R/F1 over PERSON, LOCATION and ORGANIZATION.
     *
     * @return the scores
     */
    public NerScores.Prf micro() {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (EntityType t : TYPES) {
        tp += truePositives.getOrDefault(t, 0);
        fp += falsePositives.getOrDefault(t, 0);
        fn += falseNegatives.getOrDefault(t, 0);
      }
      return new NerScores.Prf(tp, fp, fn);
    }

    /**
     * The scores of one type.
     *
     * @param type a scored type
     * @return its scores
     */
    public NerScores.Prf of(EntityType type) {
      return new NerScores.Prf(truePositives.getOrDefault(type, 0),
          falsePositives.getOrDefault(type, 0), falseNegatives.getOrDefault(type, 0));
    }

    /**
     * The table the reference scorer prints: a row per type and one for all.
     *
     * @return the table
     */
    public String table() {
      StringBuilder sb = new StringBuilder();
      for (EntityType t : TYPES) {
        row(sb, t.name(), of(t));
      }
      row(sb, "ALL", micro());
      return sb.toString();
    }

    private static void row(StringBuilder sb, String name, NerScores.Prf s) {
      sb.append(String.format(Locale.ROOT, "%-13s tp=%4d fp=%4d fn=%4d  P=%.3f R=%.3f F1=%.3f%n",
          name, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(),
          s.recall(), s.f1()));
    }

    /**
     * The most frequent errors of each type, missed and spurious, for error analysis.
     *
     * @param perType how many of each kind and type
     * @return a readable list
     */
    public String worst(int perType) {
      StringBuilder sb = new StringBuilder();
      for (EntityType t : TYPES) {
        sb.append(t).append(" missed: ").append(top(missed, t, perType)).append('\n');
        sb.append(t).append(" spurious: ").append(top(spurious, t, perType)).append('\n');
      }
      return sb.toString();
    }

    private static String top(List<Miss> errors, EntityType type, int n) {
      Map<String, Long> counts = errors.stream().filter(e -> e.type().equals(type))
          .collect(Collectors.groupingBy(Miss::text, TreeMap::new, Collectors.counting()));
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(n)
          .map(e -> e.getValue() > 1 ? e.getKey() + " ×" + e.getValue() : e.getKey())
          .collect(Collectors.joining(", "));
    }
  }

  private AntNerEvaluation() {}

  /**
   * Reads the set.
   *
   * @param dir the {@code ant-ner} folder
   * @return its articles, in the order of {@code gold.jsonl}
   * @throws IOException if a file is missing or malformed
   */
  public static List<Document> read(Path dir) throws IOException {
    List<Document> documents = new ArrayList<>();
    for (AntNerFiles.Article a : AntNerFiles.read(dir, "gold.jsonl", "entities")) {
      List<Gold> gold = new ArrayList<>();
      for (JsonNode e : a.annotations()) {
        List<EntityType> types = new ArrayList<>();
        for (JsonNode t : e.get("types")) {
          types.add(EntityType.of(t.asText()));
        }
        List<int[]> spans = new ArrayList<>();
        for (JsonNode s : e.get("spans")) {
          spans.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
        }
        gold.add(new Gold(e.get("start").asInt(), e.get("end").asInt(), e.get("text").asText(),
            types, spans, e.get("optional").asBoolean()));
      }
      documents.add(new Document(a.file(), a.text(), a.published(), gold));
    }
    return documents;
  }

  /**
   * The publication date of each article of the set, by file name ({@code meta.jsonl}).
   *
   * @param dir the {@code ant-ner} folder
   * @return the dates
   * @throws IOException if the file is missing or malformed
   */
  static Map<String, LocalDate> publishedDates(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, LocalDate> published = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("meta.jsonl"), UTF_8)) {
      if (!line.isBlank()) {
        JsonNode m = mapper.readTree(line);
        published.put(m.get("file").asText(), LocalDate.parse(m.get("published").asText()));
      }
    }
    return published;
  }

  /**
   * Runs every article through {@code khabar} and scores the names.
   *
   * @param khabar the pipeline
   * @param documents the set
   * @return the scores and errors
   */
  public static Result evaluate(Khabar khabar, List<Document> documents) {
    Map<String, List<Entity>> predicted = new LinkedHashMap<>();
    for (Document d : documents) {
      Article a = khabar.process(new ArticleSource(d.file(), d.text(), d.published()));
      predicted.put(d.file(), a.entities());
    }
    return score(documents, predicted);
  }

  /**
   * Scores predictions as {@code score_ner.py} does.
   *
   * @param documents the set
   * @param predicted each article's entities, by file
   * @return the scores and errors
   */
  static Result score(List<Document> documents, Map<String, List<Entity>> predicted) {
    Map<EntityType, Integer> tp = new TreeMap<>();
    Map<EntityType, Integer> fp = new TreeMap<>();
    Map<EntityType, Integer> fn = new TreeMap<>();
    List<Miss> missed = new ArrayList<>();
    List<Miss> spurious = new ArrayList<>();
    List<ArticleEvaluator.Judged> judged = new ArrayList<>();
    for (Document d : documents) {
      List<Entity> ps = predicted.getOrDefault(d.file(), List.of()).stream()
          .filter(p -> TYPES.contains(p.type())).toList();
      boolean[] used = new boolean[ps.size()];
      for (Gold g : d.gold()) {
        boolean found = false;
        for (int i = 0; i < ps.size(); i++) {
          if (!used[i] && hits(g, ps.get(i))) {
            used[i] = true;
            if (!g.optional()) {
              tp.merge(ps.get(i).type(), 1, Integer::sum);
              judged.add(new ArticleEvaluator.Judged(ps.get(i), true));
            }
            found = true;
            break;
          }
        }
        if (!found && !g.optional()) {
          EntityType counted = g.types().size() == 1 ? g.types().get(0) : EntityType.LOCATION;
          fn.merge(counted, 1, Integer::sum);
          missed.add(new Miss(d.file(), g.text(), counted));
        }
      }
      for (int i = 0; i < ps.size(); i++) {
        Entity p = ps.get(i);
        if (used[i] || d.gold().stream().anyMatch(g -> g.optional() && overlaps(g, p))) {
          continue;
        }
        fp.merge(p.type(), 1, Integer::sum);
        spurious.add(new Miss(d.file(), p.text(), p.type()));
        judged.add(new ArticleEvaluator.Judged(p, false));
      }
    }
    return new Result(tp, fp, fn, missed, spurious, judged);
  }

  private static boolean hits(Gold g, Entity p) {
    if (!g.types().contains(p.type())) {
      return false;
    }
    for (int[] s : g.spans()) {
      if (p.span().start() == s[0] && p.span().end() == s[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code p} overlaps the gold name's own span. */
  private static boolean overlaps(Gold g, Entity p) {
    return p.span().start() < g.end() && g.start() < p.span().end();
  }

  /**
   * Writes the predictions in the reference scorer's format, one line per file.
   *
   * @param khabar the pipeline
   * @param documents the set
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void writePredictions(Khabar khabar, List<Document> documents, Writer out)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (Document d : documents) {
      Article a = khabar.process(new ArticleSource(d.file(), d.text(), d.published()));
      List<Map<String, Object>> entities = new ArrayList<>();
      for (Entity e : a.entities()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type().name());
        m.put("start", e.span().start());
        m.put("end", e.span().end());
        entities.add(m);
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("file", d.file());
      line.put("entities", entities);
      out.write(mapper.writeValueAsString(line));
      out.write('\n');
    }
  }
}
