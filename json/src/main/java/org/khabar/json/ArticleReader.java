package org.khabar.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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

  private final JsonCursor c;
  private final JsonParser p;

  private ArticleReader(JsonParser p) {
    this.c = new JsonCursor(p);
    this.p = p;
  }

  /** Reads the one object {@code p} holds; anything after it is an error. */
  static ArticleDocument read(JsonParser p) throws IOException {
    ArticleReader reader = new ArticleReader(p);
    try {
      ArticleDocument document = reader.document();
      if (p.nextToken() != null) {
        throw reader.c.fail("more after the end of the article object");
      }
      return document;
    } catch (JsonProcessingException e) {
      throw reader.c.fail(e.getOriginalMessage(), e);
    }
  }

  private ArticleDocument document() throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw c.fail("expected an article object, found " + c.describe(p.currentToken()));
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
    while (c.nextField()) {
      String field = c.field();
      switch (field) {
        case "schemaVersion" -> {
          schemaVersion = c.wholeNumber("a schema version");
          if (schemaVersion > ArticleJson.SCHEMA_VERSION) {
            throw c.fail("written with schema version " + schemaVersion
                + "; this Khabar reads up to " + ArticleJson.SCHEMA_VERSION);
          }
        }
        case "khabar" -> khabar = c.optionalString();
        case "models" -> models = models();
        case "id" -> id = c.string();
        case "text" -> text = c.string();
        case "published" -> published = c.optionalString().map(c::date);
        case "blocks" -> blocks = c.array(this::block);
        case "sentences" -> sentences = layer(Layer.SENTENCES, this::sentence, layers);
        case "tokens" -> tokens = layer(Layer.TOKENS, this::token, layers);
        case "entities" -> entities = layer(Layer.ENTITIES, this::entity, layers);
        case "quotes" -> quotes = layer(Layer.QUOTES, this::quote, layers);
        case "times" -> times = layer(Layer.TIMES, this::time, layers);
        case "numbers" -> numbers = layer(Layer.NUMBERS, this::number, layers);
        default -> p.skipChildren(); // a field added by a later version
      }
      c.pop();
    }
    id = c.required(id, "id");
    text = c.required(text, "text");
    blocks = c.required(blocks, "blocks");
    checkTexts(text, entities, quotes);
    Article article;
    try {
      article = new Article(
          id, text, published, blocks, sentences, tokens, entities, quotes, times, numbers);
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), e);
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
      c.push(layer);
      c.push(index);
      throw c.fail("text '" + written + "' is not the text at " + span);
    }
  }

  private Map<String, String> models() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object");
    Map<String, String> models = new LinkedHashMap<>();
    while (c.nextField()) {
      models.put(c.field(), c.string());
      c.pop();
    }
    return models;
  }

  private Block block() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object");
    BlockKind kind = null;
    int start = -1;
    int end = -1;
    while (c.nextField()) {
      switch (c.field()) {
        case "kind" -> kind = c.constant(BlockKind.class, "block kind");
        case "start" -> start = c.offset();
        case "end" -> end = c.offset();
        default -> p.skipChildren();
      }
      c.pop();
    }
    return new Block(c.required(kind, "kind"), c.span(start, end));
  }

  private Sentence sentence() throws IOException {
    return new Sentence(c.spanObject()); // its body is derived from the blocks
  }

  private Token token() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    TokenKind kind = null;
    String norm = null;
    String key = null;
    List<Proclitic> proclitics = List.of();
    CharSpan stem = null;
    while (c.nextField()) {
      switch (c.field()) {
        case "start" -> start = c.offset();
        case "end" -> end = c.offset();
        case "kind" -> kind = c.constant(TokenKind.class, "token kind");
        case "norm" -> norm = c.string();
        case "key" -> key = c.string();
        case "proclitics" -> proclitics = c.array(() -> c.constant(Proclitic.class, "proclitic"));
        case "stem" -> stem = c.spanObject();
        default -> p.skipChildren();
      }
      c.pop();
    }
    CharSpan span = c.span(start, end);
    CliticAnalysis clitics = new CliticAnalysis(proclitics, stem == null ? span : stem);
    try {
      c.required(norm, "norm");
      return new Token(span, c.required(kind, "kind"), norm, key == null ? norm : key, clitics);
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), e);
    }
  }

  private Entity entity() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object");
    EntityType type = null;
    int start = -1;
    int end = -1;
    String text = null;
    String canonical = null;
    double score = Double.NaN;
    Optional<CharSpan> title = Optional.empty();
    while (c.nextField()) {
      switch (c.field()) {
        case "type" -> type = entityType();
        case "start" -> start = c.offset();
        case "end" -> end = c.offset();
        case "text" -> text = c.string();
        case "canonical" -> canonical = c.string();
        case "score" -> score = c.decimal().doubleValue();
        case "title" -> title = Optional.of(c.spanObject());
        default -> p.skipChildren(); // body is derived from the blocks
      }
      c.pop();
    }
    try {
      return new Entity(c.required(type, "type"), c.span(start, end), c.required(text, "text"),
          c.required(canonical, "canonical"), score, title);
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), e);
    }
  }

  private Quote quote() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    Quote.Kind kind = null;
    String cue = "";
    Optional<Mention> speaker = Optional.empty();
    while (c.nextField()) {
      switch (c.field()) {
        case "start" -> start = c.offset();
        case "end" -> end = c.offset();
        case "kind" -> kind = c.constant(Quote.Kind.class, "quote kind");
        case "cue" -> cue = c.optionalString().orElse("");
        case "speaker" -> speaker = p.currentToken() == JsonToken.VALUE_NULL
            ? Optional.empty()
            : Optional.of(mention());
        default -> p.skipChildren();
      }
      c.pop();
    }
    return new Quote(c.span(start, end), c.required(kind, "kind"), cue, speaker);
  }

  private Mention mention() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object or null");
    int start = -1;
    int end = -1;
    String text = null;
    String canonical = null;
    while (c.nextField()) {
      switch (c.field()) {
        case "start" -> start = c.offset();
        case "end" -> end = c.offset();
        case "text" -> text = c.string();
        case "canonical" -> canonical = c.string();
        default -> p.skipChildren();
      }
      c.pop();
    }
    return new Mention(c.span(start, end), c.required(text, "text"),
        c.required(canonical, "canonical"));
  }

  private TimeExpression time() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    TimeExpression.Type type = null;
    String value = null;
    String mod = "";
    while (c.nextField()) {
      switch (c.field()) {
        case "start" -> start = c.offset();
        case "end" -> end = c.offset();
        case "type" -> type = c.constant(TimeExpression.Type.class, "time type");
        case "value" -> value = c.string();
        case "mod" -> mod = c.optionalString().orElse("");
        default -> p.skipChildren();
      }
      c.pop();
    }
    return new TimeExpression(c.span(start, end), c.required(type, "type"),
        c.required(value, "value"), mod);
  }

  private Quantity number() throws IOException {
    c.expect(JsonToken.START_OBJECT, "an object");
    int start = -1;
    int end = -1;
    BigDecimal value = null;
    String unit = "";
    while (c.nextField()) {
      switch (c.field()) {
        case "start" -> start = c.offset();
        case "end" -> end = c.offset();
        case "value" -> value = c.decimal();
        case "unit" -> unit = c.optionalString().orElse("");
        default -> p.skipChildren();
      }
      c.pop();
    }
    return new Quantity(c.span(start, end), c.required(value, "value"), unit);
  }


  /** Reads the array of {@code layer}, noting in {@code layers} that the JSON holds it. */
  private <T> List<T> layer(Layer layer, JsonCursor.Element<T> element, Set<Layer> layers)
      throws IOException {
    layers.add(layer);
    return c.array(element);
  }












  /** A standard type, or a caller's own type as {@link EntityType#of} takes it. */
  private EntityType entityType() throws IOException {
    String name = c.string();
    try {
      return EntityType.of(name);
    } catch (IllegalArgumentException e) {
      throw c.fail("bad entity type: " + e.getMessage(), e);
    }
  }







}
