package org.khabar.tools.eval;

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

  /** A pipeline that finds a place, a person and {@code organization} by dictionary. */
  private static Khabar pipelineKnowingOrganization(String organization) {
    return Khabar.builder()
        .addRecognizer(DictionaryEntityRecognizer.builder()
            .add(EntityType.LOCATION, "أوكرانيا")
            .add(EntityType.PERSON, "سليم الحداد")
            .add(EntityType.ORGANIZATION, organization)
            .build())
        .build();
  }

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
    Khabar khabar = pipelineKnowingOrganization("الوفد");
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

  @Test
  void judgedEntitiesAreRightOnlyWithTheCorpusSpanAndType() {
    Khabar khabar = pipelineKnowingOrganization("كييف");
    List<NameSample> samples = List.of(
        sample("وصل سليم الحداد لأوكرانيا أمس .", true,
            new Span(1, 2, "PERSON"), new Span(3, 4, "LOCATION")),
        sample("وزار الوفد مدينة كييف .", false, new Span(3, 4, "LOCATION")));
    List<ArticleEvaluator.Judged> judged =
        ArticleEvaluator.judge(khabar, ArticleEvaluator.articles(samples, 15));
    // Too long a person, the right place, and the right span with the wrong type.
    assertEquals(List.of("سليم الحداد", "أوكرانيا", "كييف"),
        judged.stream().map(j -> j.entity().text()).toList());
    assertEquals(List.of(false, true, false),
        judged.stream().map(ArticleEvaluator.Judged::correct).toList());
    Reliability r = Reliability.of(judged);
    assertEquals(3, r.count());
    assertEquals(1.0 / 3, r.accuracy(), 1e-12);
    // Dictionary names score 1: the gap is what is wrong, and the Brier score the share wrong.
    assertEquals(2.0 / 3, r.expectedCalibrationError(), 1e-12);
    assertEquals(2.0 / 3, r.brier(), 1e-12);
  }

  @Test
  void reliabilityOfNoEntitiesIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Reliability.of(List.of()));
    assertTrue(e.getMessage().contains("no judged entities"), e.getMessage());
  }
}
