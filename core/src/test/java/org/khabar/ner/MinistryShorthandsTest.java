package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.Khabar;
import org.khabar.article.Entity;

/** Ministries named by their shorthand in headlines written for this test. */
class MinistryShorthandsTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(MinistryShorthands.standard()).build();

  private static List<String> names(String text) {
    return TestTexts.typedNames(KHABAR, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "الداخلية تنفي خبر إغلاق المعبر|نفت وزارة الداخلية اليوم الخبر .|ORGANIZATION:الداخلية",
      "حادث مرور في الطريق السريعة : الصحة تحذر|حذرت الوزارة من السرعة .|ORGANIZATION:الصحة",
  })
  void aShorthandStartingAHeadlineClauseBeforeAFeminineVerbIsTheMinistry(
      String headline, String body, String expected) {
    String text = headline + "\n\n" + body;
    assertEquals(List.of(expected), names(text));
    Entity e = KHABAR.process(text).entities().get(0);
    assertEquals(e.text(), e.span().textOf(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // in the body; before a noun; not starting a clause
      "خبر عاجل|وقال إن التربية تلعب دورا كبيرا في المجتمع .",
      "الصحة العالمية تحذر من الوباء|حذرت المنظمة اليوم .",
      "قرار جديد حول الداخلية تنفي الوزارة|نفت الوزارة الخبر .",
  })
  void elsewhereTheWordIsACommonNoun(String headline, String body) {
    assertEquals(List.of(), names(headline + "\n\n" + body));
  }
}
