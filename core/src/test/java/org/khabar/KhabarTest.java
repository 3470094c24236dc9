package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;
import org.khabar.ner.EntityRecognizer;
import org.khabar.structure.LineLimit;
import org.khabar.structure.Structurer;

class KhabarTest {

  private static final String TEXT =
      "قمة في باريس لبحث الضمانات\n\nقال الرئيس إيمانويل ماكرون إن القمة مهمة.\n";

  /** A recognizer that finds fixed spans of the text. */
  private static EntityRecognizer fixed(EntityType type, double score, int... startEnd) {
    return text -> {
      List<Entity> out = new ArrayList<>();
      for (int i = 0; i < startEnd.length; i += 2) {
        CharSpan span = CharSpan.of(startEnd[i], startEnd[i + 1]);
        String s = text.textOf(span);
        out.add(new Entity(type, span, s, s, score));
      }
      return out;
    };
  }

  private static int indexOf(String s) {
    int i = TEXT.indexOf(s);
    assertTrue(i >= 0, s);
    return i;
  }

  @Test
  void processKeepsIdTextAndPublicationDate() {
    LocalDate date = LocalDate.of(2025, 9, 4);
    Article article = Khabar.defaults().process(ArticleSource.of("000", TEXT, date));
    assertEquals("000", article.id());
    assertSame(TEXT, article.text());
    assertEquals(Optional.of(date), article.published());
  }

  @Test
  void processStringUsesAnEmptyIdAndNoDate() {
    Article article = Khabar.defaults().process(TEXT);
    assertEquals("", article.id());
    assertEquals(Optional.empty(), article.published());
  }

  @Test
  void articleHasHeadlineParagraphSentencesAndTokens() {
    Article article = Khabar.defaults().process(TEXT);
    assertEquals(List.of(BlockKind.HEADLINE, BlockKind.PARAGRAPH),
        article.blocks().stream().map(b -> b.kind()).toList());
    assertEquals("قمة في باريس لبحث الضمانات", article.textOf(article.headline().get().span()));
    assertTrue(article.sentences().size() >= 2);
    assertTrue(article.tokens().size() >= 10);
  }

  @Test
  void withoutRecognizersEntitiesAreEmpty() {
    assertEquals(List.of(), Khabar.defaults().process(TEXT).entities());
  }

  @Test
  void entitiesOfSeveralRecognizersAreSortedBySpan() {
    int paris = indexOf("باريس");
    int macron = indexOf("ماكرون");
    Khabar khabar =
        Khabar.builder()
            .addRecognizer(fixed(EntityType.PERSON, 0.9, macron, macron + 6))
            .addRecognizer(fixed(EntityType.LOCATION, 0.8, paris, paris + 5))
            .build();
    List<Entity> entities = khabar.process(TEXT).entities();
    assertEquals(List.of("باريس", "ماكرون"), entities.stream().map(Entity::text).toList());
  }

  @Test
  void overlappingEntitiesLongestWins() {
    int name = indexOf("إيمانويل ماكرون");
    int macron = indexOf("ماكرون");
    Khabar khabar =
        Khabar.builder()
            .addRecognizer(fixed(EntityType.PERSON, 1.0, macron, macron + 6))
            .addRecognizer(fixed(EntityType.PERSON, 0.5, name, name + 15))
            .build();
    List<Entity> entities = khabar.process(TEXT).entities();
    assertEquals(List.of("إيمانويل ماكرون"), entities.stream().map(Entity::text).toList());
  }

  @Test
  void overlappingEntitiesOfEqualLengthHighestScoreWins() {
    int paris = indexOf("باريس");
    Khabar khabar =
        Khabar.builder()
            .addRecognizer(fixed(EntityType.PERSON, 0.4, paris, paris + 5))
            .addRecognizer(fixed(EntityType.LOCATION, 0.7, paris + 1, paris + 6))
            .build();
    List<Entity> entities = khabar.process(TEXT).entities();
    assertEquals(1, entities.size());
    assertEquals(EntityType.LOCATION, entities.get(0).type());
  }

  @Test
  void overlapTiesGoToTheRecognizerAddedFirst() {
    int paris = indexOf("باريس");
    Khabar khabar =
        Khabar.builder()
            .addRecognizer(fixed(EntityType.ORGANIZATION, 0.5, paris, paris + 5))
            .addRecognizer(fixed(EntityType.LOCATION, 0.5, paris, paris + 5))
            .build();
    assertEquals(EntityType.ORGANIZATION, khabar.process(TEXT).entities().get(0).type());
  }

  @Test
  void duplicateEntitiesAreKeptOnce() {
    int paris = indexOf("باريس");
    EntityRecognizer twice = fixed(EntityType.LOCATION, 0.5, paris, paris + 5, paris, paris + 5);
    Khabar khabar = Khabar.builder().addRecognizer(twice).addRecognizer(twice).build();
    assertEquals(1, khabar.process(TEXT).entities().size());
  }

  @Test
  void recognizerThatThrowsFailsNamingItAndTheArticle() {
    EntityRecognizer broken = text -> {
      throw new ArithmeticException("boom");
    };
    Khabar khabar = Khabar.builder().addRecognizer(broken).build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> khabar.process(ArticleSource.of("a7", TEXT)));
    assertTrue(e.getMessage().contains("'a7'"), e.getMessage());
    assertTrue(e.getMessage().contains("#0"), e.getMessage());
    assertTrue(e.getCause() instanceof ArithmeticException);
  }

  @Test
  void recognizerReturningASpanOutsideTheTextFails() {
    EntityRecognizer outside =
        text -> List.of(new Entity(EntityType.MISC, CharSpan.of(0, 1000), "x".repeat(1000), "x", 1));
    Khabar khabar = Khabar.builder().addRecognizer(outside).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> khabar.process(TEXT));
    assertTrue(e.getMessage().contains("exceeds the text"), e.getMessage());
  }

  @Test
  void recognizerWhoseEntityTextDiffersFromItsSpanFails() {
    EntityRecognizer shifted =
        text -> List.of(new Entity(EntityType.MISC, CharSpan.of(0, 3), "xyz", "xyz", 1));
    Khabar khabar = Khabar.builder().addRecognizer(shifted).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> khabar.process(TEXT));
    assertTrue(e.getMessage().contains("differs"), e.getMessage());
  }

  @Test
  void recognizerReturningNullFails() {
    EntityRecognizer nothing = text -> null;
    Khabar khabar = Khabar.builder().addRecognizer(nothing).build();
    assertThrows(IllegalStateException.class, () -> khabar.process(TEXT));
  }

  @Test
  void recognizerReadsTheTokenizedText() {
    List<TokenizedText> seen = new ArrayList<>();
    Khabar khabar = Khabar.builder().addRecognizer(t -> { seen.add(t); return List.of(); }).build();
    Article article = khabar.process(TEXT);
    assertEquals(1, seen.size());
    assertEquals(article.tokens(), seen.get(0).tokens());
    assertEquals(article.blocks(), seen.get(0).blocks());
  }

  @Test
  void builderTakesACustomStructurer() {
    Structurer strict = new Structurer(new LineLimit(1, 10), new LineLimit(1, 10));
    Khabar khabar = Khabar.builder().structurer(strict).build();
    assertSame(strict, khabar.structurer());
    assertEquals(BlockKind.PARAGRAPH, khabar.process(TEXT).blocks().get(0).kind());
  }

  @Test
  void nullArgumentsThrowNamingTheArgument() {
    Khabar khabar = Khabar.defaults();
    assertEquals("source", assertThrows(NullPointerException.class,
        () -> khabar.process((ArticleSource) null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> khabar.process((String) null)).getMessage());
    Khabar.Builder b = Khabar.builder();
    assertEquals("normalizer",
        assertThrows(NullPointerException.class, () -> b.normalizer(null)).getMessage());
    assertEquals("structurer",
        assertThrows(NullPointerException.class, () -> b.structurer(null)).getMessage());
    assertEquals("splitter",
        assertThrows(NullPointerException.class, () -> b.sentenceSplitter(null)).getMessage());
    assertEquals("recognizer",
        assertThrows(NullPointerException.class, () -> b.addRecognizer(null)).getMessage());
    assertEquals("id",
        assertThrows(NullPointerException.class, () -> ArticleSource.of(null, "")).getMessage());
    assertEquals("text",
        assertThrows(NullPointerException.class, () -> ArticleSource.of("", null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> ArticleSource.of("", "", null)).getMessage());
  }

  @Test
  void builtPipelineIgnoresLaterBuilderChanges() {
    Khabar.Builder b = Khabar.builder();
    Khabar khabar = b.build();
    b.addRecognizer(fixed(EntityType.MISC, 1, 0, 3));
    assertEquals(List.of(), khabar.recognizers());
    assertEquals(List.of(), khabar.process(TEXT).entities());
  }

  @Test
  void textPastMaxCharsIsKeptAsOneUnanalysedBlock() {
    String first = "قال الوزير إن المحادثات في تونس كانت مثمرة.\n";
    String rest = "ثم أضاف أن لقاء جديدا سيعقد في باريس يوم الخميس.\nوختم بالشكر.";
    String text = first + rest;
    Khabar khabar = Khabar.builder().maxChars(first.length() + 10, Khabar.Overflow.KEEP_UNANALYSED)
        .build();
    Article article = khabar.process(ArticleSource.of("a", text));
    assertEquals(text, article.text());
    var last = article.blocks().get(article.blocks().size() - 1);
    assertEquals(BlockKind.UNANALYSED, last.kind());
    assertEquals(CharSpan.of(first.length(), text.length()), last.span(), "cut at the line break");
    assertTrue(article.tokens().stream().allMatch(t -> t.span().end() <= first.length()));
    assertTrue(article.times().isEmpty(), "the Thursday lies in the unanalysed rest");
    assertTrue(article.bodyBlocks().stream().noneMatch(b -> b.kind() == BlockKind.UNANALYSED));
    assertEquals(Khabar.defaults().process(first).tokens(), article.tokens());
  }

  @Test
  void aTextWithinMaxCharsIsAnalysedWhole() {
    Khabar khabar = Khabar.builder().maxChars(TEXT.length(), Khabar.Overflow.REFUSE).build();
    assertEquals(Khabar.defaults().process(TEXT), khabar.process(TEXT));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    String text = emoji.repeat(10);
    Article article = Khabar.builder().maxChars(5, Khabar.Overflow.KEEP_UNANALYSED).build()
        .process(text);
    for (var block : article.blocks()) {
      assertTrue(block.span().start() % 2 == 0 && block.span().end() % 2 == 0, block.toString());
    }
    assertEquals(BlockKind.UNANALYSED, article.blocks().get(article.blocks().size() - 1).kind());
  }

  @Test
  void textPastMaxCharsIsRefusedWhenAsked() {
    Khabar khabar = Khabar.builder().maxChars(10, Khabar.Overflow.REFUSE).build();
    TextTooLongException e = assertThrows(TextTooLongException.class,
        () -> khabar.process(ArticleSource.of("big", "س".repeat(11))));
    assertEquals("article 'big' has 11 chars, more than the 10 this pipeline analyses"
        + " (Khabar.Builder.maxChars)", e.getMessage());
    assertEquals(11, e.length());
    assertEquals(10, e.maxChars());
    assertEquals("big", e.id());
  }

  @Test
  void maxCharsNamesABadLimit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Khabar.builder().maxChars(0, Khabar.Overflow.REFUSE));
    assertEquals("maxChars must be at least 1: 0", e.getMessage());
    assertThrows(NullPointerException.class, () -> Khabar.builder().maxChars(5, null));
    assertEquals(Integer.MAX_VALUE, Khabar.defaults().maxChars());
  }

  @Test
  void everyRecognizersNameAfterASwallowedArticleHasTheArticleInItsCanonicalForm() {
    String text = "قدمت الحكومة الدعم للاتحاد الأوروبي أمس.";
    int start = text.indexOf("لاتحاد");
    CharSpan span = CharSpan.of(start, start + "لاتحاد الأوروبي".length());
    // A recognizer of one's own, with no resolver: its entity names the span as written.
    EntityRecognizer mine = t -> List.of(new Entity(EntityType.ORGANIZATION, span,
        span.textOf(t.text()), span.textOf(t.text()), 0.9));
    Entity found = Khabar.builder().addRecognizer(mine).build().process(text).entities().get(0);
    assertEquals("لاتحاد الأوروبي", found.text());
    assertEquals("الاتحاد الأوروبي", found.canonical());
  }
}
