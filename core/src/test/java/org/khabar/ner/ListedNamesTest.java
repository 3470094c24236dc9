package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.Khabar;
import org.khabar.article.EntityType;

/** The places in a list after كل من, on sentences written for this test. */
class ListedNamesTest {

  /** A few names a recognizer would find; the lists name the rest. */
  private static final EntityRecognizer KNOWN = DictionaryEntityRecognizer.builder()
      .add(EntityType.LOCATION, "توزر")
      .add(EntityType.LOCATION, "أوتاوا")
      .add(EntityType.ORGANIZATION, "حركة النهضة")
      .add(EntityType.PERSON, "أحمد زنبقان")
      .build();

  private static final Khabar KHABAR = Khabar.builder()
      .addRecognizer(text -> ListedNames.standard().complete(text, KNOWN.recognize(text)))
      .build();

  private static List<String> names(String text) {
    return TestTexts.typedNames(KHABAR, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "تهاطلت الأمطار بكل من توزر وزنبقان وسيدي قرقنة ."
          + "|LOCATION:توزر,LOCATION:زنبقان,LOCATION:سيدي قرقنة",
      // a nationality after a conjunct's first word ends the list
      "فاز في كل من أوتاوا وزنبقان الكندية بأغلبية .|LOCATION:أوتاوا,LOCATION:زنبقان",
      // a time ends it
      "تنطلق الحملة بكل من توزر وقرقنة ويوم الأحد بغيرها .|LOCATION:توزر,LOCATION:قرقنة",
      // the article stays in the name, the conjunction does not
      "أغلقت الطرق في كل من توزر والمنزنبق .|LOCATION:توزر,LOCATION:المنزنبق",
      // otherwise the list names nothing more: people are listed with their titles, and left alone
      "استقبل الوزير كل من أحمد زنبقان وسمير قرقنة .|PERSON:أحمد زنبقان",
      // the named conjuncts are not all places; organizations are listed with their heads
      "زار الوفد كل من توزر وحركة النهضة وزنبقان .|LOCATION:توزر,ORGANIZATION:حركة النهضة",
      "اجتمع ممثلو كل من حركة النهضة وزنبقان .|ORGANIZATION:حركة النهضة",
      // a quantity is no name
      "أغلقت الطرق في كل من توزر وعدد من المدن .|LOCATION:توزر",
      // no conjunct is a name: a clause, not a list
      "يعرفها كل من زار توزر وزنبقان .|LOCATION:توزر",
      // no list: the place is named alone
      "وصل إلى توزر وزنبقان أمس .|LOCATION:توزر",
  })
  void anUnnamedConjunctIsAPlaceWhenTheNamedOnesAreAndOnlyThen(String sentence, String expected) {
    assertEquals(List.of(expected.split(",")), names(sentence));
  }

  @Test
  void aConjunctThatRunsOnIsNoListOfNames() {
    assertEquals(List.of("LOCATION:توزر"),
        names("بكل من توزر وسوق زنبقان الكبير جدا حسب البلاغ ."));
  }

  @Test
  void nullArgumentsAreNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ListedNames.standard().complete(null, List.of()));
    assertEquals("text", e.getMessage());
  }
}
