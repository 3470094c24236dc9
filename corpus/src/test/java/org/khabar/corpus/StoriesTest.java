package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;

/**
 * The clustering scores {@code StoriesQualityTest} reads stories by, the settings' checks, and
 * event days on articles written for this test.
 */
class StoriesTest {

  /** BCubed precision, recall and F1, and pairwise precision, recall and F1. */
  static double[] scores(Map<String, String> gold, Map<String, Integer> predicted) {
    double p = 0;
    double r = 0;
    long tp = 0;
    long predPairs = 0;
    long goldPairs = 0;
    List<String> ids = new ArrayList<>(gold.keySet());
    for (String a : ids) {
      int samePred = 0;
      int sameGold = 0;
      int both = 0;
      for (String b : ids) {
        boolean g = gold.get(a).equals(gold.get(b));
        boolean s = predicted.get(a).equals(predicted.get(b));
        sameGold += g ? 1 : 0;
        samePred += s ? 1 : 0;
        both += g && s ? 1 : 0;
        if (a.compareTo(b) < 0) {
          tp += g && s ? 1 : 0;
          predPairs += s ? 1 : 0;
          goldPairs += g ? 1 : 0;
        }
      }
      p += (double) both / samePred;
      r += (double) both / sameGold;
    }
    p /= ids.size();
    r /= ids.size();
    double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
    double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
    return new double[] {p, r, 2 * p * r / (p + r), pp, pr,
        pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr)};
  }

  @Test
  void scoresAreOneForTheGoldAndLowForOneStory() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    assertEquals(1.0, scores(gold, Map.of("a", 1, "b", 1, "c", 2))[2], 1e-9);
    assertEquals(1.0, scores(gold, Map.of("a", 1, "b", 1, "c", 2))[5], 1e-9);
    double[] one = scores(gold, Map.of("a", 1, "b", 1, "c", 1));
    assertEquals(1.0, one[1], 1e-9);
    assertTrue(one[0] < 0.6 && one[3] < 0.4, java.util.Arrays.toString(one));
    assertThrows(IllegalArgumentException.class, () -> Stories.of(3, 0));
    assertThrows(IllegalArgumentException.class, () -> Stories.of(-1, 0.3));
  }

  @Test
  void aStorysEventDayIsTheDayItsArticlesDateMostOften() {
    Khabar khabar = Khabar.defaults();
    String report = "قطعت السعودية والإمارات والبحرين ومصر علاقاتها الدبلوماسية مع قطر واتهمتها"
        + " بدعم الإرهاب وأغلقت حدودها البرية والبحرية والجوية معها";
    List<Article> articles = List.of(
        khabar.process(ArticleSource.of("a", report + " أمس.\n", LocalDate.of(2017, 6, 6))),
        khabar.process(ArticleSource.of("b", report + " يوم 5 يونيو 2017.\n",
            LocalDate.of(2017, 6, 8))),
        khabar.process(ArticleSource.of("c", "افتتح المهرجان الدولي للسينما دورته الجديدة بحضور"
            + " نجوم عرب وأجانب.\n", LocalDate.of(2017, 6, 8))));
    List<Stories.Story> stories = Stories.defaults().cluster(articles);
    assertEquals(List.of(List.of("a", "b"), List.of("c")),
        stories.stream().map(Stories.Story::articles).toList());
    assertEquals(Optional.of(LocalDate.of(2017, 6, 5)), stories.get(0).eventDay(),
        "أمس on the 6th and the 5th of June named on the 8th");
    assertEquals(Optional.of(LocalDate.of(2017, 6, 8)), stories.get(1).eventDay(),
        "no date in the body: the publication day");
    assertEquals(Optional.empty(), Stories.defaults()
        .cluster(List.of(khabar.process(ArticleSource.of("d", report + " أمس.\n"))))
        .get(0).eventDay(), "undated: no day");
  }
}
