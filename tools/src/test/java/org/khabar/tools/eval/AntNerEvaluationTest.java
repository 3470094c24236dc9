package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.tools.eval.AntNerEvaluation.Document;
import org.khabar.tools.eval.AntNerEvaluation.Gold;

/** The score is the reference scorer's ({@code score_ner.py}): its rules, one per test. */
class AntNerEvaluationTest {

  private static final String TEXT = "قال الوزير في تونس إن قصر قرطاج وكأس العالم وسامي";

  private static Gold gold(int start, int end, boolean optional, EntityType... types) {
    return new Gold(start, end, TEXT.substring(start, end), List.of(types),
        List.of(new int[] {start, end}), optional);
  }

  private static Entity entity(EntityType type, int start, int end) {
    String text = TEXT.substring(start, end);
    return new Entity(type, CharSpan.of(start, end), text, text, 0.5);
  }

  private static AntNerEvaluation.Result score(List<Gold> gold, Entity... predicted) {
    Document d = new Document("a.txt", TEXT, Optional.empty(), gold);
    return AntNerEvaluation.score(List.of(d), Map.of("a.txt", List.of(predicted)));
  }

  @Test
  void anExactSpanOfAnAcceptedTypeIsAHit() {
    int s = TEXT.indexOf("تونس");
    AntNerEvaluation.Result r = score(List.of(gold(s, s + 4, false, EntityType.LOCATION)),
        entity(EntityType.LOCATION, s, s + 4));
    assertEquals(new NerScores.Prf(1, 0, 0), r.micro());
  }

  @Test
  void theWrongTypeIsAMissAndASpuriousName() {
    int s = TEXT.indexOf("تونس");
    AntNerEvaluation.Result r = score(List.of(gold(s, s + 4, false, EntityType.LOCATION)),
        entity(EntityType.ORGANIZATION, s, s + 4));
    assertEquals(new NerScores.Prf(0, 1, 0), r.of(EntityType.ORGANIZATION));
    assertEquals(new NerScores.Prf(0, 0, 1), r.of(EntityType.LOCATION));
  }

  @Test
  void aNameOfTwoTypesTakesEitherAndCountsAMissAsLocation() {
    int s = TEXT.indexOf("قصر قرطاج");
    List<Gold> gold =
        List.of(gold(s, s + 9, false, EntityType.LOCATION, EntityType.ORGANIZATION));
    assertEquals(new NerScores.Prf(1, 0, 0),
        score(gold, entity(EntityType.ORGANIZATION, s, s + 9)).micro());
    assertEquals(new NerScores.Prf(0, 0, 1), score(gold).of(EntityType.LOCATION));
  }

  @Test
  void anOptionalNameCountsNeitherWay() {
    int s = TEXT.indexOf("كأس العالم");
    List<Gold> gold = List.of(gold(s, s + 10, true, EntityType.MISC));
    assertEquals(new NerScores.Prf(0, 0, 0), score(gold).micro());
    assertEquals(new NerScores.Prf(0, 0, 0),
        score(gold, entity(EntityType.LOCATION, s + 4, s + 10)).micro(), "overlaps: ignored");
  }

  @Test
  void miscPredictionsAreNotScored() {
    int s = TEXT.indexOf("سامي");
    assertEquals(new NerScores.Prf(0, 0, 0), score(List.of(), entity(EntityType.MISC, s, s + 4))
        .micro());
  }

  @Test
  void anAlternativeSpanIsAHit() {
    int s = TEXT.indexOf("الوزير");
    Gold g = new Gold(s, s + 6, "الوزير", List.of(EntityType.PERSON),
        List.of(new int[] {s, s + 6}, new int[] {s + 2, s + 6}), false);
    assertEquals(new NerScores.Prf(1, 0, 0),
        score(List.of(g), entity(EntityType.PERSON, s + 2, s + 6)).micro());
  }
}
