package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;

/** Countries by their CLDR names, on sentences written for this test. */
class CountryNamesTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(CountryNames.standard()).build();

  private static List<String> names(String text) {
    Article article = KHABAR.process(text);
    for (Entity e : article.entities()) {
      assertEquals(e.text(), e.span().textOf(text), "an entity's text is its span's text");
      assertEquals(CountryNames.SCORE, e.score());
    }
    return article.entities().stream().map(e -> e.type().name() + ":" + e.text()).toList();
  }

  @Test
  void findsCountriesOfOneWordAndOfSeveralWithAProcliticOutside() {
    assertEquals(List.of("LOCATION:كندا", "LOCATION:جنوب أفريقيا", "LOCATION:الولايات المتحدة"),
        names("زار الوزير كندا وجنوب أفريقيا قبل أن يعود إلى الولايات المتحدة ."));
  }

  @Test
  void aCountryNamedLikeACommonWordIsLeftToTheModel() {
    assertEquals(List.of(), names("قال إن الوضع مالي بالأساس وإن بنين له يعملون في الخارج ."));
  }
}
