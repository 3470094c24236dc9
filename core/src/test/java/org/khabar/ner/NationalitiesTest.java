package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Nationalities}: adjectives derived from CLDR's Arabic country and continent names. */
class NationalitiesTest {

  @Test
  void adjectivesOfCountriesAndContinentsInAnySpelling() {
    for (String word : new String[] {"فرنسي", "الفرنسي", "الأوكراني", "الإسباني", "الأسباني",
        "ياباني", "الأوروبي", "المصري", "العراقي", "الفرنسيّ"}) {
      assertTrue(Nationalities.contains(word), word);
    }
  }

  @Test
  void otherWordsEndingInYehAreNot() {
    for (String word : new String[] {"المالي", "الحالي", "الثاني", "الرئيسي", "مالي", "علي",
        "الفرنسية", "فرنسا", ""}) {
      assertFalse(Nationalities.contains(word), word);
    }
  }

  @Test
  void eitherGenderTakesTheFeminineToo() {
    for (String word : new String[] {"التونسية", "الفرنسية", "الأوروبية", "المصري"}) {
      assertTrue(Nationalities.containsEitherGender(word), word);
    }
    for (String word : new String[] {"المالية", "الحالية", "الثانية", "فرنسا", ""}) {
      assertFalse(Nationalities.containsEitherGender(word), word);
    }
  }
}
