package org.khabar.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.json.JsonTree.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** What {@link ArticleJson} writes: fields, order, nulls, escapes. */
class ArticleJsonTest {

  private static final String TEXT = "والمستشار قال 35 دولة";

  /** An article with one item of every kind, built by hand. */
  static Article fullArticle() {
    CharSpan all = CharSpan.of(0, TEXT.length());
    List<Token> tokens =
        List.of(
            new Token(CharSpan.of(0, 9), TokenKind.WORD, "والمستشار",
                new CliticAnalysis(List.of(Proclitic.WA, Proclitic.AL), CharSpan.of(3, 9))),
            new Token(CharSpan.of(10, 13), TokenKind.WORD, "قال",
                CliticAnalysis.none(CharSpan.of(10, 13))),
            new Token(CharSpan.of(14, 16), TokenKind.NUMBER, "35",
                CliticAnalysis.none(CharSpan.of(14, 16))),
            new Token(CharSpan.of(17, 21), TokenKind.WORD, "دوله",
                CliticAnalysis.none(CharSpan.of(17, 21))));
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

  private static Map<String, Object> json(Article article) {
    return JsonTree.object(ArticleJson.write(article));
  }

  @Test
  void fieldsComeInTheDocumentedOrder() {
    assertEquals(
        List.of("schemaVersion", "khabar", "models", "id", "text", "published", "blocks",
            "sentences", "tokens", "entities", "quotes", "times", "numbers"),
        new ArrayList<>(json(fullArticle()).keySet()));
  }

  @Test
  void headerNamesTheSchemaKhabarAndModels() {
    Map<String, Object> json = JsonTree.object(ArticleJson.write(fullArticle(),
        JsonOptions.defaults().withModels(Map.of("ner-ar.bin", "sha256:0123456789abcdef"))));
    assertEquals(String.valueOf(ArticleJson.SCHEMA_VERSION), json.get("schemaVersion"));
    assertEquals(Khabar.version(), json.get("khabar"));
    assertEquals(Map.of("ner-ar.bin", "sha256:0123456789abcdef"), json.get("models"));
  }

  @Test
  void khabarVersionComesFromTheBuild() {
    assertTrue(Khabar.version().matches("\\d+\\.\\d+\\.\\d+.*"), Khabar.version());
  }

  @Test
  void articleFieldsAreWritten() {
    Map<String, Object> json = json(fullArticle());
    assertEquals("x1", json.get("id"));
    assertEquals(TEXT, json.get("text"));
    assertEquals("2025-09-04", json.get("published"));
    assertEquals("PARAGRAPH", at(json, "blocks", 0).get("kind"));
    assertEquals("21", at(json, "sentences", 0).get("end"));
  }

  @Test
  void tokenWithProcliticsHasThemAndItsStem() {
    Map<String, Object> token = at(json(fullArticle()), "tokens", 0);
    assertEquals(List.of("WA", "AL"), token.get("proclitics"));
    assertEquals(Map.of("start", "3", "end", "9"), token.get("stem"));
    assertEquals("WORD", token.get("kind"));
  }

  @Test
  void tokenWithoutProcliticsOmitsThem() {
    Map<String, Object> token = at(json(fullArticle()), "tokens", 1);
    assertEquals(List.of("start", "end", "kind", "norm"), new ArrayList<>(token.keySet()));
    assertEquals("قال", token.get("norm"));
  }

  @Test
  void entitiesQuotesTimesAndNumbersAreWritten() {
    Map<String, Object> json = json(fullArticle());
    Map<String, Object> e = at(json, "entities", 0);
    assertEquals("PERSON", e.get("type"));
    assertEquals("مستشار", e.get("text"));
    assertEquals("المستشار", e.get("canonical"));
    assertEquals("0.75", e.get("score"));
    assertFalse(e.containsKey("title"));
    Map<String, Object> q = at(json, "quotes", 0);
    assertEquals("INDIRECT", q.get("kind"));
    assertEquals("قال", q.get("cue"));
    assertEquals(Map.of("start", "3", "end", "9", "text", "مستشار", "canonical", "المستشار"),
        q.get("speaker"));
    Map<String, Object> t = at(json, "times", 0);
    assertEquals("DURATION", t.get("type"));
    assertEquals("P35Y", t.get("value"));
    assertSame(JsonTree.NULL, t.get("mod"));
    Map<String, Object> n = at(json, "numbers", 0);
    assertEquals("35", n.get("value"));
    assertEquals("دولة", n.get("unit"));
  }

  @Test
  void aPersonWithATitleHasTheTitleSpanAndText() {
    String text = "الرئيس الفرنسي إيمانويل ماكرون";
    Entity person = new Entity(EntityType.PERSON, CharSpan.of(15, 30), "إيمانويل ماكرون",
        "إيمانويل ماكرون", 0.9).withTitle(CharSpan.of(0, 14));
    Article a = new Article("t", text, Optional.empty(),
        List.of(new Block(BlockKind.PARAGRAPH, CharSpan.of(0, 30))), List.of(), List.of(),
        List.of(person), List.of(), List.of(), List.of());
    assertEquals(Map.of("start", "0", "end", "14", "text", "الرئيس الفرنسي"),
        at(json(a), "entities", 0).get("title"));
  }

  @Test
  void noPublicationDateIsNull() {
    Map<String, Object> json = json(Khabar.defaults().process("نص"));
    assertSame(JsonTree.NULL, json.get("published"));
    assertEquals(List.of(), json.get("entities"));
  }

  @Test
  void surrogatesAreEscapedOneByOneAndSurvive() {
    // lone high surrogate, NUL, emoji pair, lone low surrogate
    String text = "نص \uD800 \u0000 \uD83D\uDE00 \uDC00 نص";
    String json = ArticleJson.write(Khabar.defaults().process(text));
    assertTrue(json.contains("\\uD83D\\uDE00"), json);
    assertTrue(json.contains("\\uD800") && json.contains("\\uDC00"), json);
    assertEquals(text, JsonTree.object(json).get("text"));
  }

  @Test
  void compactOutputIsOneLineForEveryLineReader() {
    // LF, CR LF, NEXT LINE, LINE SEPARATOR, PARAGRAPH SEPARATOR, FORM FEED
    String text = "سطر\nسطر آخر\r\nثالث\u0085رابع\u2028خامس\u2029سادس\u000Cسابع";
    String json = ArticleJson.write(Khabar.defaults().process(text));
    assertEquals(List.of(json), json.lines().toList());
    for (char c : new char[] {'\n', '\r', '\u0085', '\u2028', '\u2029', '\u000C'}) {
      assertEquals(-1, json.indexOf(c), "raw U+" + Integer.toHexString(c));
    }
    assertEquals(text, JsonTree.object(json).get("text"));
    assertTrue(json.contains("\\u2028"), json);
  }

  @Test
  void prettyOutputIndentsTheSameObject() {
    Article a = fullArticle();
    String pretty = ArticleJson.write(a, JsonOptions.defaults().withPretty(true));
    assertTrue(pretty.lines().count() > 20, pretty);
    assertEquals(json(a), JsonTree.object(pretty));
  }

  @Test
  void everyEntityQuoteTimeNumberAndSentenceSaysWhetherItIsBody() {
    Map<String, Object> json = json(fullArticle());
    for (String field : List.of("sentences", "entities", "quotes", "times", "numbers")) {
      assertEquals(Boolean.TRUE, at(json, field, 0).get("body"), field);
    }
  }

  @Test
  void whatLiesInARelatedLinkIsNotBody() {
    Article a = Khabar.defaults().process(
        "عنوان الخبر\nقال الوزير إن الاتفاق قريب من التوقيع بعد مفاوضات طويلة.\n"
            + "اقرأ أيضا: عنوان آخر\nوتستمر المفاوضات في العاصمة وسط تفاؤل حذر.");
    Map<String, Object> json = json(a);
    List<Object> body = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      body.add(at(json, "sentences", i).get("body"));
    }
    assertEquals(List.of(true, true, false, true), body);
  }

  @Test
  void quoteWithoutCueOrSpeakerWritesNulls() {
    Article a = Khabar.defaults().process(
        "عنوان\nورفع المحتجون لافتات كتب عليها «لن نتراجع عن مطالبنا مهما طال الزمن».");
    Map<String, Object> q = at(json(a), "quotes", 0);
    assertEquals("DIRECT", q.get("kind"));
    assertSame(JsonTree.NULL, q.get("cue"));
    assertSame(JsonTree.NULL, q.get("speaker"));
    assertEquals(List.of("start", "end", "kind", "cue", "speaker", "body"),
        new ArrayList<>(q.keySet()));
  }

  @Test
  void aLayerLeftOutIsAbsent() {
    Map<String, Object> json = JsonTree.object(ArticleJson.write(fullArticle(),
        JsonOptions.defaults().without(JsonOptions.Layer.TOKENS, JsonOptions.Layer.SENTENCES)));
    assertFalse(json.containsKey("tokens"));
    assertFalse(json.containsKey("sentences"));
    assertTrue(json.containsKey("blocks"));
    assertTrue(json.containsKey("entities"));
  }

  @Test
  void writingToAStreamLeavesItOpenAndWritesTheSameBytes() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ArticleJson.write(fullArticle(), JsonOptions.defaults(), out);
    out.write('\n'); // still open
    assertEquals(ArticleJson.write(fullArticle()) + "\n",
        out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
