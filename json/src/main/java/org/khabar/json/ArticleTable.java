package org.khabar.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Proclitic;
import org.khabar.article.Quote;
import org.khabar.article.Token;
import org.khabar.json.JsonOptions.Layer;

/**
 * An article as a nested record for table engines (Spark's rows, Beam's rows, Parquet): the fields
 * of its JSON ({@link ArticleJson}), field for field, with every span carrying, beside its UTF-16
 * {@code start} and {@code end}, its {@code text} and its code-point offsets {@code startCodePoint}
 * and {@code endCodePoint} (which SQL's {@code substring} counts). An engine maps {@link #schema}
 * to its own types once and {@link #values} to its own rows. Layers the options leave out are left
 * out of both. Stateless and thread-safe.
 */
public final class ArticleTable {

  /** The type of a field. */
  public enum Kind {
    /** A string. */
    STRING,
    /** A 32-bit integer. */
    INT,
    /** A double. */
    DOUBLE,
    /** A boolean. */
    BOOLEAN,
    /** A {@link LocalDate}. */
    DATE,
    /** A {@code Map<String, String>}. */
    STRING_MAP,
    /** A {@code List<String>}. */
    STRING_LIST,
    /** A record of {@link Field#children}: its value a {@code List<Object>}, one per child. */
    STRUCT,
    /** A list of such records: a {@code List<List<Object>>}. */
    STRUCT_LIST
  }

  /**
   * A field of the table.
   *
   * @param name its name, as in the JSON
   * @param kind its type
   * @param nullable whether its value may be null
   * @param children the fields of a {@link Kind#STRUCT} or {@link Kind#STRUCT_LIST}, else empty
   */
  public record Field(String name, Kind kind, boolean nullable, List<Field> children) {

    /**
     * Validates and copies.
     *
     * @param name its name, as in the JSON
     * @param kind its type
     * @param nullable whether its value may be null
     * @param children the fields of a struct, else empty
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      children = List.copyOf(children);
    }
  }

  private ArticleTable() {}

  /**
   * The fields of an article's record for {@code options}: {@code schemaVersion}, {@code khabar},
   * {@code models}, {@code id}, {@code text}, {@code published}, {@code blocks}, then the layers
   * kept.
   *
   * @param options the layers kept
   * @return the fields, in the order of {@link #values}
   */
  public static List<Field> schema(JsonOptions options) {
    List<Field> fields = new ArrayList<>(List.of(
        field("schemaVersion", Kind.INT, false),
        field("khabar", Kind.STRING, false),
        field("models", Kind.STRING_MAP, false),
        field("id", Kind.STRING, false),
        field("text", Kind.STRING, false),
        field("published", Kind.DATE, true),
        list("blocks", span(field("kind", Kind.STRING, false)))));
    if (options.writes(Layer.SENTENCES)) {
      fields.add(list("sentences", span(body())));
    }
    if (options.writes(Layer.TOKENS)) {
      fields.add(list("tokens", span(field("kind", Kind.STRING, false),
          field("norm", Kind.STRING, false), field("key", Kind.STRING, false),
          field("proclitics", Kind.STRING_LIST, false), struct("stem", false, span()))));
    }
    if (options.writes(Layer.ENTITIES)) {
      fields.add(list("entities", span(field("type", Kind.STRING, false),
          field("canonical", Kind.STRING, false), field("score", Kind.DOUBLE, false),
          struct("title", true, span()), body())));
    }
    if (options.writes(Layer.QUOTES)) {
      fields.add(list("quotes", span(field("kind", Kind.STRING, false),
          field("cue", Kind.STRING, true),
          struct("speaker", true, span(field("canonical", Kind.STRING, false))), body())));
    }
    if (options.writes(Layer.TIMES)) {
      fields.add(list("times", span(field("type", Kind.STRING, false),
          field("value", Kind.STRING, false), field("mod", Kind.STRING, true), body())));
    }
    if (options.writes(Layer.NUMBERS)) {
      // The exact decimal as a string (plain, never 3E+6), and as a double for arithmetic.
      fields.add(list("numbers", span(field("value", Kind.STRING, false),
          field("number", Kind.DOUBLE, false), field("unit", Kind.STRING, true), body())));
    }
    return fields;
  }

  /**
   * The values of {@code article}'s record, in the order of {@link #schema}.
   *
   * @param article the article
   * @param options the layers kept and the models named
   * @return the values
   */
  public static List<Object> values(Article article, JsonOptions options) {
    Spans spans = new Spans(article);
    List<Object> v = new ArrayList<>();
    v.add(ArticleJson.SCHEMA_VERSION);
    v.add(Khabar.version());
    v.add(options.models());
    v.add(article.id());
    v.add(article.text());
    v.add(article.published().orElse(null));
    v.add(each(article.blocks(), b -> spans.of(b.span(), b.kind().name())));
    if (options.writes(Layer.SENTENCES)) {
      v.add(each(article.sentences(), s -> spans.of(s.span(), article.isBody(s.span()))));
    }
    if (options.writes(Layer.TOKENS)) {
      v.add(each(article.tokens(), t -> token(spans, t)));
    }
    if (options.writes(Layer.ENTITIES)) {
      v.add(each(article.entities(), e -> entity(spans, article, e)));
    }
    if (options.writes(Layer.QUOTES)) {
      v.add(each(article.quotes(), q -> quote(spans, article, q)));
    }
    if (options.writes(Layer.TIMES)) {
      v.add(each(article.times(), t -> spans.of(t.span(), t.type().name(), t.value(),
          nullIfEmpty(t.mod()), article.isBody(t.span()))));
    }
    if (options.writes(Layer.NUMBERS)) {
      v.add(each(article.numbers(), q -> spans.of(q.span(), q.value().toPlainString(),
          q.value().doubleValue(), nullIfEmpty(q.unit()), article.isBody(q.span()))));
    }
    return v;
  }

  private static List<Object> token(Spans spans, Token t) {
    List<String> proclitics = new ArrayList<>();
    for (Proclitic p : t.clitics().proclitics()) {
      proclitics.add(p.name());
    }
    return spans.of(t.span(), t.kind().name(), t.norm(), t.key(), proclitics,
        spans.of(t.clitics().stem()));
  }

  private static List<Object> entity(Spans spans, Article article, Entity e) {
    return spans.of(e.span(), e.type().name(), e.canonical(), e.score(),
        e.title().map(spans::of).orElse(null), article.isBody(e.span()));
  }

  private static List<Object> quote(Spans spans, Article article, Quote q) {
    List<Object> speaker = q.speaker().map(m -> spans.of(m.span(), m.canonical())).orElse(null);
    return spans.of(q.span(), q.kind().name(), nullIfEmpty(q.cue()), speaker,
        article.isBody(q.span()));
  }

  private static <T> List<List<Object>> each(List<T> items, Function<T, List<Object>> record) {
    List<List<Object>> records = new ArrayList<>(items.size());
    for (T item : items) {
      records.add(record.apply(item));
    }
    return records;
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  private static Field field(String name, Kind kind, boolean nullable) {
    return new Field(name, kind, nullable, List.of());
  }

  private static Field body() {
    return field("body", Kind.BOOLEAN, false);
  }

  private static Field list(String name, List<Field> children) {
    return new Field(name, Kind.STRUCT_LIST, false, children);
  }

  private static Field struct(String name, boolean nullable, List<Field> children) {
    return new Field(name, Kind.STRUCT, nullable, children);
  }

  /** The fields every span has, followed by {@code more}. */
  private static List<Field> span(Field... more) {
    List<Field> fields = new ArrayList<>(List.of(
        field("start", Kind.INT, false),
        field("end", Kind.INT, false),
        field("startCodePoint", Kind.INT, false),
        field("endCodePoint", Kind.INT, false),
        field("text", Kind.STRING, false)));
    fields.addAll(Arrays.asList(more));
    return fields;
  }

  /** The span values of one article's spans: offsets in both units, and the text. */
  private static final class Spans {
    private final Article article;
    /** Code-point offset of each UTF-16 offset 0..length, or null when the text has no pairs. */
    private final int[] codePoints;

    Spans(Article article) {
      this.article = article;
      this.codePoints = codePoints(article.text());
    }

    List<Object> of(CharSpan span, Object... more) {
      List<Object> v = new ArrayList<>(5 + more.length);
      v.add(span.start());
      v.add(span.end());
      v.add(codePoint(span.start()));
      v.add(codePoint(span.end()));
      v.add(article.textOf(span));
      v.addAll(Arrays.asList(more));
      return v;
    }

    /** An offset inside a surrogate pair maps to the pair's code point. */
    private int codePoint(int utf16) {
      return codePoints == null ? utf16 : codePoints[utf16];
    }

    private static int[] codePoints(String text) {
      int n = text.length();
      int i = 0;
      while (i < n && !Character.isHighSurrogate(text.charAt(i))) {
        i++;
      }
      if (i == n) {
        return null;
      }
      int[] offsets = new int[n + 1];
      int cp = 0;
      for (int j = 0; j < n; j++) {
        offsets[j] = cp;
        boolean pairStart = Character.isHighSurrogate(text.charAt(j)) && j + 1 < n
            && Character.isLowSurrogate(text.charAt(j + 1));
        if (!pairStart) {
          cp++;
        }
      }
      offsets[n] = cp;
      return offsets;
    }
  }
}
