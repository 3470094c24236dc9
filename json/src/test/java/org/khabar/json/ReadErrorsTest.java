package org.khabar.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** JSON that is not an article gives an {@link ArticleJsonException} naming the field and place. */
class ReadErrorsTest {

  private static final String GOOD = ArticleJson.write(ArticleJsonTest.fullArticle());

  private static String failure(String json) {
    return assertThrows(ArticleJsonException.class, () -> ArticleJson.read(json)).getMessage();
  }

  private static void assertMentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), "'" + part + "' in: " + message);
    }
  }

  @Test
  void malformedJsonNamesThePlace() {
    assertMentions(failure(GOOD.substring(0, 40)), "not a Khabar article", "line 1, column");
    assertMentions(failure("{\"id\": }"), "Unexpected character", "line 1, column 9");
  }

  @Test
  void notAnObject() {
    assertMentions(failure("[1, 2]"), "$: expected an article object, found an array");
    assertMentions(failure(""), "found the end of the input");
  }

  @Test
  void trailingContent() {
    assertMentions(failure(GOOD + " {}"), "more after the end of the article object");
  }

  @Test
  void missingRequiredFields() {
    assertMentions(failure("{\"text\":\"\",\"blocks\":[]}"), "missing 'id'");
    assertMentions(failure("{\"id\":\"a\",\"blocks\":[]}"), "missing 'text'");
    assertMentions(failure("{\"id\":\"a\",\"text\":\"\"}"), "missing 'blocks'");
  }

  @Test
  void aFieldOfTheWrongKind() {
    assertMentions(failure(GOOD.replace("\"id\":\"x1\"", "\"id\":7")),
        "$.id: expected a string, found a number");
    assertMentions(failure(GOOD.replace("\"start\":10,", "\"start\":\"10\",")),
        "$.tokens[1].start: expected an offset (a whole number), found a string");
    assertMentions(failure(GOOD.replace("\"start\":10,", "\"start\":-1,")),
        "$.tokens[1].start: an offset -1 is not in [0, ");
    assertMentions(failure(GOOD.replace("\"start\":10,", "\"start\":99999999999,")),
        "$.tokens[1].start: an offset 99999999999 is not in [0, ");
    assertMentions(failure(GOOD.replace("\"start\":10,", "\"start\":10.5,")),
        "$.tokens[1].start: expected an offset (a whole number), found a number");
  }

  @Test
  void unknownConstants() {
    assertMentions(failure(GOOD.replace("\"PARAGRAPH\"", "\"POEM\"")),
        "$.blocks[0].kind: unknown block kind 'POEM'");
    assertMentions(failure(GOOD.replace("\"WA\"", "\"XX\"")),
        "$.tokens[0].proclitics[0]: unknown proclitic 'XX'");
    assertMentions(failure(GOOD.replace("\"type\":\"PERSON\"", "\"type\":\"NOT A TYPE\"")),
        "bad entity type", "\"NOT A TYPE\"");
  }

  @Test
  void aSpanOutsideTheTextOrBackwards() {
    assertMentions(failure(GOOD.replace("\"end\":21}]", "\"end\":99}]")),
        "not a Khabar article: $:");
    assertMentions(failure(GOOD.replace("\"start\":17,\"end\":21", "\"start\":21,\"end\":17")),
        "$.tokens[3]: 'end' 17 is before 'start' 21");
  }

  @Test
  void anEntityWhoseTextIsNotAtItsSpan() {
    assertMentions(failure(GOOD.replace("\"text\":\"مستشار\",\"canonical\":\"المستشار\",\"score\"",
        "\"text\":\"مستشان\",\"canonical\":\"المستشار\",\"score\"")),
        "$.entities[0]: text 'مستشان' is not the text at [3, 9)");
  }

  @Test
  void aScoreOutOfRange() {
    assertMentions(failure(GOOD.replace("\"score\":0.75", "\"score\":1.5")),
        "$.entities[0]: score must be in [0, 1]: 1.5");
  }

  @Test
  void aBadDate() {
    assertMentions(failure(GOOD.replace("2025-09-04", "2025-02-30")),
        "$.published: '2025-02-30' is not a date in the form YYYY-MM-DD");
  }

  @Test
  void aNewerSchema() {
    assertMentions(failure(GOOD.replace("\"schemaVersion\":1", "\"schemaVersion\":2")),
        "$.schemaVersion: written with schema version 2; this Khabar reads up to 1");
  }

  @Test
  void nullIsACallerMistake() {
    assertThrows(NullPointerException.class, () -> ArticleJson.read(null));
    assertThrows(NullPointerException.class,
        () -> ArticleJson.write(null, JsonOptions.defaults()));
    assertThrows(NullPointerException.class,
        () -> ArticleJson.write(ArticleJsonTest.fullArticle(), null));
  }
}
