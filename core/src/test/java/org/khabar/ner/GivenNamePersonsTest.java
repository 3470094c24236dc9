package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;

/**
 * People found by a given name after a title or beside another given name, on sentences and
 * names written for this test (the given names are common Arabic ones; the surnames are made up).
 */
class GivenNamePersonsTest {

  private static final List<String> GIVEN_NAMES =
      List.of("سمير", "هشام", "نزار", "سلمى", "طاهر", "علية", "كريم");

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(GivenNamePersons.of(GIVEN_NAMES)).build();

  private static List<String> names(Khabar khabar, String text) {
    Article article = khabar.process(text);
    List<String> out = new ArrayList<>();
    for (Entity e : article.entities()) {
      assertEquals(e.text(), e.span().textOf(text), "an entity's text is its span's text");
      out.add(e.type().name() + ":" + e.text());
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // after a title and its modifiers, a given name and a surname with the article
      "وقال وزير التجارة سمير القرقوري إن الأسعار مستقرة .|PERSON:سمير القرقوري",
      // a given name with the article after a title, a rare word, a definite surname
      "استقبل رئيس الجمهورية الطاهر قايد الزغلامي الوفد .|PERSON:الطاهر قايد الزغلامي",
      // two given names in a row, no title
      "وكتب هشام نزار في مقاله أن الوضع صعب .|PERSON:هشام نزار",
      // a connector and the word after it
      "وأكد المدير سمير بن نزار أن العمل متواصل .|PERSON:سمير بن نزار",
      // a given name that is also a common word (السلمي) needs a title
      "ونشرت الكاتبة سلمى القرقوري مقالا .|PERSON:سلمى القرقوري",
  })
  void findsThePerson(String sentence, String expected) {
    assertEquals(List.of(expected), names(KHABAR, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a given name alone, with no title before it and no given name after it
      "التقى سمير القرقوري بالوفد .",
      // a given name that is also a common word, with no title: السلمى, peaceful
      "وتحدثت سلمى نزار عن الوضع .",
      // a title, then a given name and a verb: one word is no name
      "وقال الوزير سمير يعلق على الخبر .",
      // a preposition with a pronoun spelled like a given name once normalized (علية)
      "وقع الاختيار عليه كريم في الاجتماع .",
      // a particle spelled like a given name (على and علي)
      "حصل على سمير الجوائز .",
  })
  void findsNoPerson(String sentence) {
    assertEquals(List.of(), names(KHABAR, sentence));
  }

  @Test
  void aWordWithAPronounEndsTheName() {
    assertEquals(List.of("PERSON:هشام نزار"),
        names(KHABAR, "وختم هشام نزار افتتاحيته بالحديث عن الثقافة ."));
  }

  @Test
  void callerMistakesAreNamed() {
    NullPointerException list =
        assertThrows(NullPointerException.class, () -> GivenNamePersons.of(null));
    assertEquals("givenNames", list.getMessage());
    NullPointerException one = assertThrows(NullPointerException.class,
        () -> GivenNamePersons.of(Arrays.asList("سمير", null)));
    assertEquals("given name", one.getMessage());
  }

  @Test
  void everyNameIsAPersonWithTheFixedScore() {
    for (Entity e : KHABAR.process("وقال وزير التجارة سمير القرقوري إن سلمى مراد ستحضر .")
        .entities()) {
      assertEquals(EntityType.PERSON, e.type());
      assertEquals(GivenNamePersons.SCORE, e.score());
    }
  }

  @Test
  void laterMentionsByTheWholeNameOrTheSurnameAreThePerson() {
    assertEquals(List.of("PERSON:الطاهر قايد الزغلامي", "PERSON:قايد الزغلامي",
            "PERSON:الطاهر قايد الزغلامي"),
        names(KHABAR, "استقبل رئيس الجمهورية الطاهر قايد الزغلامي الوفد . وقال قايد الزغلامي إن"
            + " الزيارة ناجحة . وغادر الطاهر قايد الزغلامي القصر ."));
    assertEquals(List.of("PERSON:سمير القرقوري", "PERSON:القرقوري"),
        names(KHABAR, "وقال وزير التجارة سمير القرقوري إن الأسعار مستقرة . وأضاف القرقوري أن"
            + " التوريد متواصل ."));
  }

  @Test
  void aSurnameThatIsAGivenNameAloneIsNotTakenLater() {
    assertEquals(List.of("PERSON:هشام نزار"),
        names(KHABAR, "وكتب هشام نزار في مقاله أن الوضع صعب . والتقى نزار بالوفد ."));
  }
}
