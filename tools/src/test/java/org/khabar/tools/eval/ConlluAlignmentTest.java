package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.text.ArabicNormalizer;

/** The evaluation's gold reading, on a hand-made sentence (not corpus text). */
class ConlluAlignmentTest {

  private static ConlluReader.Word w(String form, String feats, boolean spaceAfter) {
    return new ConlluReader.Word(form, feats, spaceAfter);
  }

  @Test
  void alignsWordsToRawText() {
    List<ConlluReader.Word> words =
        List.of(w("و", "_", false), w("قال", "_", true), w("ل", "_", false), w("لحكومة", "_", true));
    assertArrayEquals(new int[] {0, 1, 5, 6}, CliticEvaluation.align("وقال للحكومة", words));
    assertNull(CliticEvaluation.align("شيء آخر", words));
  }

  @Test
  void countsProcliticAndArticleBoundaries() {
    ConlluReader.Sentence s = new ConlluReader.Sentence("t1", "وقال للحكومة الجديدة.",
        List.of(
            w("و", "_", false),
            w("قال", "_", true),
            w("ل", "_", false),
            w("لحكومة", "Definite=Def", true),
            w("الجديدة", "Definite=Def", false),
            w(".", "_", true)));
    CliticEvaluation.Result r =
        new CliticEvaluation(new WordTokenizer(ArabicNormalizer.matching()), new SentenceSplitter())
            .evaluate(List.of(s));
    assertEquals(4, r.tokens().gold()); // وقال للحكومة الجديدة .
    assertEquals(4, r.tokens().truePositives());
    assertEquals(2, r.proclitics().gold()); // after و and after the first ل
    assertEquals(2, r.proclitics().truePositives());
    assertEquals(2, r.article().gold()); // لل and ال
    assertEquals(2, r.article().truePositives());
    assertEquals(0, r.overSplit());
  }
}
