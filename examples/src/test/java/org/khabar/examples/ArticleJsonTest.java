package org.khabar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
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

class ArticleJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String TEXT = "والمستشار قال 35 دولة";

  /** An article with one item of every kind, built by hand. */
  private static Article fullArticle() {
    CharSpan all = CharSpan.of(0, TEXT.length());
    CharSpan advisor = CharSpan.of(0, 9);
    List<Token> tokens =
        List.of(
            new Token(advisor, TokenKind.WORD, "والمستشار",
                new CliticAnalysis(List.of(Proclitic.WA, Proclitic.AL), CharSpan.of(3, 9))),
            new Token(CharSpan.of(10, 13), TokenKind.WORD, "قال", CliticAnalysis.none(CharSpan.of(10, 13))),
            new Token(CharSpan.of(14, 16), TokenKind.NUMBER, "35", CliticAnalysis.none(CharSpan.of(14, 16))),
            new Token(CharSpan.of(17, 21), TokenKind.WORD, "دوله", CliticAnalysis.none(CharSpan.of(17, 21))));
    return new Article(
        "x1",
        TEXT,
        Optional.of(LocalDate.of(2025, 9, 4)),
        List.of(new Block(BlockKind.PARAGRAPH, all)),
        List.of(new Sentence(all)),
        tokens,
        List.of(new Entity(EntityType.PERSON, CharSpan.of(3, 9), "مستشار", "المستشار", 0.75)),
        List.of(new Quote(CharSpan.of(14, 21), Quote.Kind.INDIRECT, "قال",
            Optional.of(new Mention(CharSpan.of(3, 9), "مستشار", "المستشار")))),
        List.of(new TimeExpression(CharSpan.of(14, 16), TimeExpression.Type.DURATION, "P35Y", "")),
        List.of(new Quantity(CharSpan.of(14, 21), new BigDecimal("35"), "دولة")));
  }

  @Test
  void fieldsComeInTheDocumentedOrder() throws Exception {
    JsonNode json = MAPPER.readTree(ArticleJson.toJson(fullArticle()));
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertEquals(
        List.of("id", "text", "published", "blocks", "sentences", "tokens", "entities", "quotes",
            "times", "numbers"),
        names);
  }

  @Test
  void articleFieldsAreWritten() throws Exception {
    JsonNode json = MAPPER.readTree(ArticleJson.toJson(fullArticle()));
    assertEquals("x1", json.get("id").asText());
    assertEquals(TEXT, json.get("text").asText());
    assertEquals("2025-09-04", json.get("published").asText());
    assertEquals("PARAGRAPH", json.get("blocks").get(0).get("kind").asText());
    assertEquals(21, json.get("sentences").get(0).get("end").asInt());
  }

  @Test
  void tokenWithProcliticsHasThemAndItsStem() throws Exception {
    JsonNode token = MAPPER.readTree(ArticleJson.toJson(fullArticle())).get("tokens").get(0);
    assertEquals("[\"WA\",\"AL\"]", token.get("proclitics").toString());
    assertEquals(3, token.get("stem").get("start").asInt());
    assertEquals(9, token.get("stem").get("end").asInt());
    assertEquals("WORD", token.get("kind").asText());
  }

  @Test
  void tokenWithoutProcliticsOmitsThem() throws Exception {
    JsonNode token = MAPPER.readTree(ArticleJson.toJson(fullArticle())).get("tokens").get(1);
    assertFalse(token.has("proclitics"));
    assertFalse(token.has("stem"));
    assertEquals("قال", token.get("norm").asText());
  }

  @Test
  void entitiesQuotesTimesAndNumbersAreWritten() throws Exception {
    JsonNode json = MAPPER.readTree(ArticleJson.toJson(fullArticle()));
    JsonNode e = json.get("entities").get(0);
    assertEquals("PERSON", e.get("type").asText());
    assertEquals("مستشار", e.get("text").asText());
    assertEquals("المستشار", e.get("canonical").asText());
    assertEquals(0.75, e.get("score").asDouble());
    JsonNode q = json.get("quotes").get(0);
    assertEquals("INDIRECT", q.get("kind").asText());
    assertEquals("قال", q.get("cue").asText());
    assertEquals("المستشار", q.get("speaker").get("canonical").asText());
    JsonNode t = json.get("times").get(0);
    assertEquals("DURATION", t.get("type").asText());
    assertEquals("P35Y", t.get("value").asText());
    assertTrue(t.get("mod").isNull());
    JsonNode n = json.get("numbers").get(0);
    assertEquals(new BigDecimal("35"), n.get("value").decimalValue());
    assertEquals("دولة", n.get("unit").asText());
  }

  @Test
  void noPublicationDateIsNull() throws Exception {
    JsonNode json = MAPPER.readTree(ArticleJson.toJson(Khabar.defaults().process("نص")));
    assertTrue(json.get("published").isNull());
    assertEquals(0, json.get("entities").size());
  }

  @Test
  void unpairedSurrogatesAndControlsSurviveTheRoundTrip() throws Exception {
    // lone high surrogate, NUL, emoji pair, lone low surrogate
    String text = "نص \uD800 \u0000 \uD83D\uDE00 \uDC00 نص";
    Article article = Khabar.defaults().process(text);
    String json = ArticleJson.toJson(article);
    assertEquals(text, MAPPER.readTree(json).get("text").asText());
  }

  @Test
  void compactOutputIsOneLineForEveryLineReader() throws Exception {
    // LF, CR LF, NEXT LINE, LINE SEPARATOR, PARAGRAPH SEPARATOR, FORM FEED
    String text = "سطر\nسطر آخر\r\nثالث\u0085رابع\u2028خامس\u2029سادس\u000Cسابع";
    String json = ArticleJson.toJson(Khabar.defaults().process(text));
    assertEquals(List.of(json), json.lines().toList());
    for (char c : new char[] {'\n', '\r', '\u0085', '\u2028', '\u2029', '\u000C'}) {
      assertEquals(-1, json.indexOf(c), "raw U+" + Integer.toHexString(c));
    }
    assertEquals(text, MAPPER.readTree(json).get("text").asText());
    assertTrue(json.contains("\\u2028"), json);
  }

  @Test
  void everyEntityQuoteTimeNumberAndSentenceSaysWhetherItIsBody() throws Exception {
    JsonNode json = MAPPER.readTree(ArticleJson.toJson(fullArticle()));
    for (String field : List.of("sentences", "entities", "quotes", "times", "numbers")) {
      assertTrue(json.get(field).get(0).get("body").asBoolean(), field);
    }
  }

  @Test
  void whatLiesInARelatedLinkIsNotBody() throws Exception {
    Article a = Khabar.defaults().process(
        "عنوان الخبر\nقال الوزير إن الاتفاق قريب من التوقيع بعد مفاوضات طويلة.\n"
            + "اقرأ أيضا: عنوان آخر\nوتستمر المفاوضات في العاصمة وسط تفاؤل حذر.");
    JsonNode sentences = MAPPER.readTree(ArticleJson.toJson(a)).get("sentences");
    assertEquals(List.of(true, true, false, true),
        List.of(sentences.get(0).get("body").asBoolean(), sentences.get(1).get("body").asBoolean(),
            sentences.get(2).get("body").asBoolean(), sentences.get(3).get("body").asBoolean()));
  }

  @Test
  void quoteWithoutCueOrSpeakerWritesNulls() throws Exception {
    Article a = Khabar.defaults().process(
        "عنوان\nورفع المحتجون لافتات كتب عليها «لن نتراجع عن مطالبنا مهما طال الزمن».");
    JsonNode q = MAPPER.readTree(ArticleJson.toJson(a)).get("quotes").get(0);
    assertEquals("DIRECT", q.get("kind").asText());
    assertTrue(q.get("cue").isNull());
    assertTrue(q.get("speaker").isNull());
    List<String> names = new ArrayList<>();
    q.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("start", "end", "kind", "cue", "speaker", "body"), names);
  }
}
