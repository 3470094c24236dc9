package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerScoresTest {

  private static Span s(int start, int end, String type) {
    return new Span(start, end, type);
  }

  @Test
  void exactSpanAndTypeCountAsCorrect() {
    NerScores scores = new NerScores();
    scores.add(new Span[] {s(0, 2, "PERSON")}, new Span[] {s(0, 2, "PERSON")});
    assertEquals(1.0, scores.of("PERSON").f1());
  }

  @Test
  void partialOverlapCountsAsOneFalsePositiveAndOneFalseNegative() {
    NerScores scores = new NerScores();
    scores.add(new Span[] {s(0, 2, "PERSON")}, new Span[] {s(1, 2, "PERSON")});
    NerScores.Prf p = scores.of("PERSON");
    assertEquals(0, p.truePositives());
    assertEquals(1, p.falsePositives());
    assertEquals(1, p.falseNegatives());
    assertEquals(0.0, p.f1());
  }

  @Test
  void wrongTypeCountsAgainstBothTypes() {
    NerScores scores = new NerScores();
    scores.add(new Span[] {s(0, 1, "LOCATION")}, new Span[] {s(0, 1, "ORGANIZATION")});
    assertEquals(1, scores.of("LOCATION").falseNegatives());
    assertEquals(1, scores.of("ORGANIZATION").falsePositives());
  }

  @Test
  void microAverageExcludesMisc() {
    NerScores scores = new NerScores();
    // PERSON: 2 gold, 1 found, 1 spurious; MISC: 1 gold, none found.
    scores.add(
        new Span[] {s(0, 1, "PERSON"), s(2, 3, "PERSON"), s(5, 6, "MISC")},
        new Span[] {s(0, 1, "PERSON"), s(3, 4, "PERSON")});
    NerScores.Prf main = scores.main();
    assertEquals(0.5, main.precision());
    assertEquals(0.5, main.recall());
    assertEquals(0.5, main.f1());
    assertEquals(1, scores.of("MISC").falseNegatives());
  }

  @Test
  void microAveragePoolsCountsAcrossTypes() {
    NerScores scores = new NerScores();
    scores.add(
        new Span[] {s(0, 1, "PERSON"), s(1, 2, "LOCATION"), s(2, 3, "LOCATION"),
            s(3, 4, "ORGANIZATION")},
        new Span[] {s(0, 1, "PERSON"), s(1, 2, "LOCATION"), s(2, 3, "LOCATION")});
    NerScores.Prf main = scores.micro(List.of("PERSON", "LOCATION", "ORGANIZATION"));
    assertEquals(1.0, main.precision());
    assertEquals(0.75, main.recall());
    assertEquals(2 * 0.75 / 1.75, main.f1(), 1e-12);
  }

  @Test
  void emptyScoresAreZeroNotNaN() {
    assertEquals(0.0, new NerScores().main().f1());
  }

  @Test
  void addAllSumsCounts() {
    NerScores a = new NerScores();
    a.add(new Span[] {s(0, 1, "PERSON")}, new Span[] {s(0, 1, "PERSON")});
    NerScores b = new NerScores();
    b.add(new Span[] {s(0, 1, "PERSON")}, new Span[0]);
    a.addAll(b);
    assertEquals(0.5, a.of("PERSON").recall());
  }
}
