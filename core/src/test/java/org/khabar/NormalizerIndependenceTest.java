package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Token;
import org.khabar.ner.DictionaryEntityRecognizer;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.text.ArabicNormalizer;

/**
 * The pipeline's normalizer decides only the tokens' displayed forms: what the pipeline finds is
 * the same with the matching preset, the display preset and the identity.
 */
class NormalizerIndependenceTest {

  private static final String TEXT =
      "قال الرئيس إن الدعم لأوكرانيا سيستمر. وأضاف أن أوكرانيا تحتاج إلى مزيد من الدعم.\n";

  private static final List<ArabicNormalizer> NORMALIZERS = List.of(
      ArabicNormalizer.matching(),
      ArabicNormalizer.display(),
      ArabicNormalizer.of(EnumSet.noneOf(ArabicNormalizer.Step.class)));

  /** Finds only the first mention, behind its proclitic: the later one is the resolver's. */
  private static final EntityRecognizer FIRST_MENTION = text -> {
    int start = text.text().indexOf("لأوكرانيا") + 1;
    CharSpan span = CharSpan.of(start, start + "أوكرانيا".length());
    String s = text.textOf(span);
    return List.of(new Entity(EntityType.LOCATION, span, s, s, 0.9));
  };

  private static Article process(ArabicNormalizer normalizer, EntityRecognizer recognizer) {
    return Khabar.builder()
        .normalizer(normalizer)
        .addRecognizer(EntityRecognizers.resolved(recognizer))
        .build()
        .process(TEXT);
  }

  @Test
  void aNameFoundBehindAProcliticReachesItsLaterMentionWithEveryNormalizer() {
    int later = TEXT.lastIndexOf("أوكرانيا");
    for (ArabicNormalizer normalizer : NORMALIZERS) {
      List<CharSpan> spans = process(normalizer, FIRST_MENTION).entities().stream()
          .map(Entity::span).toList();
      assertEquals(2, spans.size(), normalizer + ": " + spans);
      assertEquals(CharSpan.of(later, later + "أوكرانيا".length()), spans.get(1),
          normalizer.toString());
    }
  }

  @Test
  void entitiesAndTokenKeysDoNotDependOnTheNormalizer() {
    EntityRecognizer dictionary = DictionaryEntityRecognizer.builder()
        .add(EntityType.LOCATION, "اوكرانيا") // without its hamza: the key folds it
        .build();
    Article reference = process(ArabicNormalizer.matching(), dictionary);
    assertEquals(2, reference.entities().size(), reference.entities().toString());
    for (ArabicNormalizer normalizer : NORMALIZERS) {
      Article article = process(normalizer, dictionary);
      assertEquals(reference.entities(), article.entities(), normalizer.toString());
      assertEquals(reference.quotes(), article.quotes(), normalizer.toString());
      assertEquals(reference.times(), article.times(), normalizer.toString());
      assertEquals(reference.tokens().stream().map(Token::key).toList(),
          article.tokens().stream().map(Token::key).toList(), normalizer.toString());
    }
  }

  @Test
  void theNormalizedFormFollowsTheNormalizerAndTheKeyDoesNot() {
    Token matching = tokenAt(process(ArabicNormalizer.matching(), FIRST_MENTION), "أوكرانيا");
    Token display = tokenAt(process(ArabicNormalizer.display(), FIRST_MENTION), "أوكرانيا");
    assertEquals("اوكرانيا", matching.norm());
    assertEquals("أوكرانيا", display.norm());
    assertEquals("اوكرانيا", display.key());
    assertEquals(matching.key(), display.key());
    assertNotEquals(display.norm(), display.key());
  }

  private static Token tokenAt(Article article, String word) {
    int at = TEXT.lastIndexOf(word);
    return article.tokens().stream()
        .filter(t -> t.span().start() == at)
        .findFirst()
        .orElseThrow();
  }
}
