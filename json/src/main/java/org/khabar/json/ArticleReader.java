package org.khabar.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;
import org.khabar.article.Proclitic;
import org.khabar.article.Quantity;
import org.khabar.article.Quote;
import org.khabar.article.Sentence;
import org.khabar.article.TimeExpression;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.json.JsonOptions.Layer;

/**
 * Reads one article object from a parser, checking every field as it goes; a problem becomes an
 * {@link ArticleJsonException} that names the field's path and its place in the input. Fields it
 * does not know are skipped, so JSON written by a later Khabar with added fields still reads. Not
 * thread-safe: one reader per parse.
 */
final class ArticleReader {

  private final JsonParser p;
  /** The path to the value being read: field names and array indices. */
  private final List<Object> path = new ArrayList<>();

  private ArticleReader(JsonParser p) {
    this.p = p;
  }

  /** Reads the one object {@code p} holds; anything after it is an error. */
  static ArticleDocument read(JsonParser p) throws IOException {
    ArticleReader reader = new ArticleReader(p);
    try {
      ArticleDocument document = reader.document();
      if (p.nextToken() != null) {
        throw reader.fail("more after the end of the article object");
      }
      return document;
    } catch (JsonProcessingException e) {
      throw reader.fail(e.getOriginalMessage(), e);
    }
  }

  private ArticleDocument document() throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw fail("expected an article object, found " + describe(p.currentToken()));
    }
    int schemaVersion = 1;
    Optional<String> khabar = Optional.empty();
    Map<String, String> models = Map.of();
    String id = null;
    String text = null;
    Optional<LocalDate> published = Optional.empty();
    List<Block> blocks = null;
    List<Sentence> sentences = List.of();
    List<Token> tokens = List.of();
    List<Entity> entities = List.of();
    List<Quote> quotes = List.of();
    List<TimeExpression> times = List.of();
    List<Quantity> numbers = List.of();
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    while (nextField()) {
      String field = field();
      switch (field) {
        case "schemaVersion" -> {
          schemaVersion = wholeNumber("a schema version");
          if (schemaVersion > ArticleJson.SCHEMA_VERSION) {
            throw fail("written with schema version " + schemaVersion + "; this Khabar reads up to "
                + ArticleJson.SCHEMA_VERSION);
          }
        }
        case "khabar" -> khabar = optionalString();
        case "models" -> models = models();
        case "id" -> id = string();
        case "text" -> text = string();
        case "published" -> published = optionalString().map(this::date);
        case "blocks" -> blocks = array(this::block);
        case "sentences" -> sentences = layer(Layer.SENTENCES, this::sentence, layers);
        case "tokens" -> tokens = layer(Layer.TOKENS, this::token, layers);
        case "entities" -> entities = layer(Layer.ENTITIES, this::entity, layers);
        case "quotes" -> quotes = layer(Layer.QUOTES, this::quote, layers);
        case "times" -> times = layer(Layer.TIMES, this::time, layers);
        case "numbers" -> numbers = layer(Layer.NUMBERS, this::number, layers);
        default -> p.skipChildren(); // a field added by a later version
      }
      pop();
    }
    id = required(id, "id");
    text = required(text, "text");
    blocks = required(blocks, "blocks");
    checkTexts(text, entities, quotes);
    Article article;
    try {
      article = new Article(
          id, text, published, blocks, sentences, tokens, entities, quotes, times, numbers);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage(), e);
    }
    return new ArticleDocument(article, schemaVersion, khabar, models, layers);
  }

  /** Entities and speakers carry their text: it must be the article's text at their span. */
  private void checkTexts(String text, List<Entity> entities, List<Quote> quotes) {
    for (int i = 0; i < entities.size(); i++) {
      checkText(text, entities.get(i).span(), entities.get(i).text(), "entities", i);
    }
    for (int i = 0; i < quotes.size(); i++) {
      Optional<Mention> speaker = quotes.get(i).speaker();
      if (speaker.isPresent()) {
        checkText(text, speaker.get().span(), speaker.get().text(), "quotes", i);
      }
    }
  }

  private void checkText(String text, CharSpan span, String written, String layer, int index) {
    if (span.end() > text.length() || !span.textOf(text).equals(written)) {
      path.add(layer);
      path.add(index);
      throw fail("text '" + written + "' is not the text at " + span);
    }
  }

  private Map<String, String> models() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    Map<String, String> models = new LinkedHashMap<>();
    while (nextField()) {
      models.put(field(), string());
      pop();
    }
    return models;
  }

  private Block block() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    BlockKind kind = null;
    int start = -1;
    int end = -1;
    while (nextField()) {
      switch (field()) {
        case "kind" -> kind = constant(BlockKind.class, "block kind");
        case "start" -> start = offset();
        case "end" -> end = offset();
        default -> p.skipChildren();
      }
      pop();
    }
    return new Block(required(kind, "kind"), span(start, end));
  }

  private Sentence sentence() throws IOException {
    return new Sentence(spanObject()); // its body is derived from the blocks
  }

  private Token token() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    TokenKind kind = null;
    String norm = null;
    String key = null;
    List<Proclitic> proclitics = List.of();
    CharSpan stem = null;
    while (nextField()) {
      switch (field()) {
        case "start" -> start = offset();
        case "end" -> end = offset();
        case "kind" -> kind = constant(TokenKind.class, "token kind");
        case "norm" -> norm = string();
        case "key" -> key = string();
        case "proclitics" -> proclitics = array(() -> constant(Proclitic.class, "proclitic"));
        case "stem" -> stem = spanObject();
        default -> p.skipChildren();
      }
      pop();
    }
    CharSpan span = span(start, end);
    CliticAnalysis clitics = new CliticAnalysis(proclitics, stem == null ? span : stem);
    try {
      required(norm, "norm");
      return new Token(span, required(kind, "kind"), norm, key == null ? norm : key, clitics);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage(), e);
    }
  }

  private Entity entity() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    EntityType type = null;
    int start = -1;
    int end = -1;
    String text = null;
    String canonical = null;
    double score = Double.NaN;
    Optional<CharSpan> title = Optional.empty();
    while (nextField()) {
      switch (field()) {
        case "type" -> type = entityType();
        case "start" -> start = offset();
        case "end" -> end = offset();
        case "text" -> text = string();
        case "canonical" -> canonical = string();
        case "score" -> score = decimal().doubleValue();
        case "title" -> title = Optional.of(spanObject());
        default -> p.skipChildren(); // body is derived from the blocks
      }
      pop();
    }
    try {
      return new Entity(required(type, "type"), span(start, end), required(text, "text"),
          required(canonical, "canonical"), score, title);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage(), e);
    }
  }

  private Quote quote() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    Quote.Kind kind = null;
    String cue = "";
    Optional<Mention> speaker = Optional.empty();
    while (nextField()) {
      switch (field()) {
        case "start" -> start = offset();
        case "end" -> end = offset();
        case "kind" -> kind = constant(Quote.Kind.class, "quote kind");
        case "cue" -> cue = optionalString().orElse("");
        case "speaker" -> speaker = p.currentToken() == JsonToken.VALUE_NULL
            ? Optional.empty()
            : Optional.of(mention());
        default -> p.skipChildren();
      }
      pop();
    }
    return new Quote(span(start, end), required(kind, "kind"), cue, speaker);
  }

  private Mention mention() throws IOException {
    expect(JsonToken.START_OBJECT, "an object or null");
    int start = -1;
    int end = -1;
    String text = null;
    String canonical = null;
    while (nextField()) {
      switch (field()) {
        case "start" -> start = offset();
        case "end" -> end = offset();
        case "text" -> text = string();
        case "canonical" -> canonical = string();
        default -> p.skipChildren();
      }
      pop();
    }
    return new Mention(span(start, end), required(text, "text"), required(canonical, "canonical"));
  }

  private TimeExpression time() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    TimeExpression.Type type = null;
    String value = null;
    String mod = "";
    while (nextField()) {
      switch (field()) {
        case "start" -> start = offset();
        case "end" -> end = offset();
        case "type" -> type = constant(TimeExpression.Type.class, "time type");
        case "value" -> value = string();
        case "mod" -> mod = optionalString().orElse("");
        default -> p.skipChildren();
      }
      pop();
    }
    return new TimeExpression(span(start, end), required(type, "type"), required(value, "value"),
        mod);
  }

  private Quantity number() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    BigDecimal value = null;
    String unit = "";
    while (nextField()) {
      switch (field()) {
        case "start" -> start = offset();
        case "end" -> end = offset();
        case "value" -> value = decimal();
        case "unit" -> unit = optionalString().orElse("");
        default -> p.skipChildren();
      }
      pop();
    }
    return new Quantity(span(start, end), required(value, "value"), unit);
  }

  /** A {@code {start, end}} object, such as a stem or a title; other fields are derived. */
  private CharSpan spanObject() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    while (nextField()) {
      switch (field()) {
        case "start" -> start = offset();
        case "end" -> end = offset();
        default -> p.skipChildren();
      }
      pop();
    }
    return span(start, end);
  }

  /** Reads the array of {@code layer}, noting in {@code layers} that the JSON holds it. */
  private <T> List<T> layer(Layer layer, Element<T> element, Set<Layer> layers)
      throws IOException {
    layers.add(layer);
    return array(element);
  }

  /** Reads an array, each element by {@code element}, with the index on the path. */
  private <T> List<T> array(Element<T> element) throws IOException {
    expect(JsonToken.START_ARRAY, "an array");
    List<T> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      path.add(items.size());
      items.add(element.read());
      pop();
    }
    return items;
  }

  /** Reads one array element, the parser on its first token. */
  @FunctionalInterface
  private interface Element<T> {
    T read() throws IOException;
  }

  /**
   * Moves to the next field of the object the parser is in: with the field's name on the path and
   * the parser on its value, true; at the object's end, false. The caller pops the name.
   */
  private boolean nextField() throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      return false; // END_OBJECT: the parser reads well-formed JSON only
    }
    path.add(p.currentName());
    p.nextToken();
    return true;
  }

  /** The name of the field {@link #nextField} moved to. */
  private String field() {
    return (String) path.get(path.size() - 1);
  }

  private CharSpan span(int start, int end) {
    if (start < 0) {
      throw fail("missing 'start'");
    }
    if (end < 0) {
      throw fail("missing 'end'");
    }
    if (end < start) {
      throw fail("'end' " + end + " is before 'start' " + start);
    }
    return CharSpan.of(start, end);
  }

  private int offset() throws IOException {
    return wholeNumber("an offset");
  }

  /** A whole number in {@code [0, Integer.MAX_VALUE]}. */
  private int wholeNumber(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail("expected " + what + " (a whole number), found " + describe(p.currentToken()));
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || p.getLongValue() < 0
        || p.getLongValue() > Integer.MAX_VALUE) {
      throw fail(what + " " + p.getText() + " is not in [0, " + Integer.MAX_VALUE + "]");
    }
    return (int) p.getLongValue();
  }

  private BigDecimal decimal() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail("expected a number, found " + describe(t));
    }
    return p.getDecimalValue();
  }

  private String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("expected a string, found " + describe(p.currentToken()));
    }
    return p.getText();
  }

  private Optional<String> optionalString() throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(string());
  }

  private <E extends Enum<E>> E constant(Class<E> type, String what) throws IOException {
    String name = string();
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw fail("unknown " + what + " '" + name + "'");
    }
  }

  /** A standard type, or a caller's own type as {@link EntityType#of} takes it. */
  private EntityType entityType() throws IOException {
    String name = string();
    try {
      return EntityType.of(name);
    } catch (IllegalArgumentException e) {
      throw fail("bad entity type: " + e.getMessage(), e);
    }
  }

  private LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw fail("'" + value + "' is not a date in the form YYYY-MM-DD", e);
    }
  }

  private void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw fail("expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  private <T> T required(T value, String field) {
    if (value == null) {
      throw fail("missing '" + field + "'");
    }
    return value;
  }

  private void pop() {
    path.remove(path.size() - 1);
  }

  private ArticleJsonException fail(String problem) {
    return fail(problem, null);
  }

  private ArticleJsonException fail(String problem, Throwable cause) {
    StringBuilder where = new StringBuilder("$");
    for (Object step : path) {
      if (step instanceof Integer) {
        where.append('[').append(step).append(']');
      } else {
        where.append('.').append(step);
      }
    }
    JsonLocation at = p.currentLocation();
    return new ArticleJsonException(
        String.format(Locale.ROOT, "not a Khabar article: %s: %s (line %d, column %d)",
            where, problem, at.getLineNr(), at.getColumnNr()),
        cause);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
