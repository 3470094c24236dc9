package org.khabar.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.EntityType;
import org.khabar.ner.DictionaryEntityRecognizer;

class ArticleEvaluatorTest {

  private static NameSample sample(String sentence, boolean documentStart, Span... names) {
    return new NameSample(sentence.split(" "), names, documentStart);
  }

  @Test
  void articlesStartAtDocumentStartsAndAfterTheSentenceLimit() {
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      samples.add(sample("جملة رقم " + i, i == 0 || i == 5));
    }
    List<List<NameSample>> articles = ArticleEvaluator.articles(samples, 2);
    assertEquals(List.of(2, 2, 1, 2), articles.stream().map(List::size).toList());
    assertEquals(samples.get(5), articles.get(3).get(0));
    assertEquals(2, ArticleEvaluator.articles(samples, Integer.MAX_VALUE).size());
    assertEquals(List.of(), ArticleEvaluator.articles(List.of(), 3));
  }

  @Test
  void aBadSentenceLimitIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleEvaluator.articles(List.of(), 0));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
  }

  @Test
  void pipelineEntitiesAreScoredOnTheCorpusTokens() {
    Khabar khabar =
        Khabar.builder()
            .addRecognizer(DictionaryEntityRecognizer.builder()
                .add(EntityType.LOCATION, "أوكرانيا")
                .add(EntityType.PERSON, "سليم الحداد")
                .add(EntityType.ORGANIZATION, "الوفد")
                .build())
            .build();
    List<NameSample> samples = List.of(
        // The pipeline leaves the proclitic out of the name; the corpus token holds it.
        sample("وصل سليم الحداد لأوكرانيا أمس .", true,
            new Span(1, 3, "PERSON"), new Span(3, 4, "LOCATION")),
        // "الوفد" is found but not annotated: a wrong name. The annotated place is missed.
        sample("وزار الوفد مدينة كييف .", false, new Span(3, 4, "LOCATION")));
    NerScores scores = ArticleEvaluator.evaluate(khabar, ArticleEvaluator.articles(samples, 15));
    NerScores.Prf main = scores.main();
    assertEquals(2, main.truePositives(), scores.table());
    assertEquals(1, main.falsePositives(), scores.table());
    assertEquals(1, main.falseNegatives(), scores.table());
  }
}
