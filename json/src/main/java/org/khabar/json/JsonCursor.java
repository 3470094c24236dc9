package org.khabar.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.khabar.article.CharSpan;

/**
 * A parser with the path to the value it is on: reads checked values (whole numbers, strings,
 * constants, spans, arrays) and turns any problem into an {@link ArticleJsonException} naming the
 * path and the place in the input. Not thread-safe: one per parse.
 */
final class JsonCursor {

  final JsonParser p;
  /** The path to the value being read: field names and array indices. */
  private final List<Object> path = new ArrayList<>();

  JsonCursor(JsonParser p) {
    this.p = p;
  }

  /** A {@code {start, end}} object, such as a stem or a title; other fields are derived. */
  CharSpan spanObject() throws IOException {
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

  /** Reads an array, each element by {@code element}, with the index on the path. */
  <T> List<T> array(Element<T> element) throws IOException {
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
  interface Element<T> {
    T read() throws IOException;
  }

  /**
   * Moves to the next field of the object the parser is in: with the field's name on the path and
   * the parser on its value, true; at the object's end, false. The caller pops the name.
   */
  boolean nextField() throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      return false; // END_OBJECT: the parser reads well-formed JSON only
    }
    path.add(p.currentName());
    p.nextToken();
    return true;
  }

  /** The name of the field {@link #nextField} moved to. */
  String field() {
    return (String) path.get(path.size() - 1);
  }

  CharSpan span(int start, int end) {
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

  int offset() throws IOException {
    return wholeNumber("an offset");
  }

  /** A whole number in {@code [0, Integer.MAX_VALUE]}. */
  int wholeNumber(String what) throws IOException {
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

  BigDecimal decimal() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail("expected a number, found " + describe(t));
    }
    return p.getDecimalValue();
  }

  String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("expected a string, found " + describe(p.currentToken()));
    }
    return p.getText();
  }

  Optional<String> optionalString() throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(string());
  }

  <E extends Enum<E>> E constant(Class<E> type, String what) throws IOException {
    String name = string();
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw fail("unknown " + what + " '" + name + "'");
    }
  }

  LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw fail("'" + value + "' is not a date in the form YYYY-MM-DD", e);
    }
  }

  void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw fail("expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  <T> T required(T value, String field) {
    if (value == null) {
      throw fail("missing '" + field + "'");
    }
    return value;
  }

  /** Puts a field name or an array index on the path; {@link #pop} takes it off. */
  void push(Object step) {
    path.add(step);
  }

  void pop() {
    path.remove(path.size() - 1);
  }

  ArticleJsonException fail(String problem) {
    return fail(problem, null);
  }

  ArticleJsonException fail(String problem, Throwable cause) {
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

  /** How a token reads in a message: {@code an object}, {@code a string}, ... */
  static String describe(JsonToken token) {
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
