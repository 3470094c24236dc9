package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The constants and predicates of {@link ArabicLetters}. */
class ArabicLettersTest {

  @Test
  void constantsAreNamedAfterTheirUnicodeNames() throws IllegalAccessException {
    int checked = 0;
    for (Field f : ArabicLetters.class.getDeclaredFields()) {
      if (f.getType() != char.class || !Modifier.isPublic(f.getModifiers())) {
        continue;
      }
      char c = f.getChar(null);
      String name = UCharacter.getName(c).replace('-', ' ');
      String constant = f.getName().replace('_', ' ');
      boolean matches = false;
      for (String prefix : new String[] {"", "ARABIC LETTER ", "ARABIC "}) {
        if (name.startsWith(prefix)) {
          String rest = name.substring(prefix.length());
          matches |= rest.equals(constant) || rest.replace("WITH ", "").equals(constant);
        }
      }
      assertTrue(matches, f.getName() + " is " + UCharacter.getName(c));
      checked++;
    }
    assertTrue(checked > 80, "checked " + checked);
  }

  @Test
  void harakaCoversHarakatAndQuranicMarks() {
    for (char c = '\u064B'; c <= '\u065F'; c++) {
      assertTrue(ArabicLetters.isHaraka(c), Integer.toHexString(c));
    }
    assertTrue(ArabicLetters.isHaraka(ArabicLetters.SUPERSCRIPT_ALEF));
    assertTrue(ArabicLetters.isHaraka('\u0610'));
    assertTrue(ArabicLetters.isHaraka('\u06D6'));
    assertTrue(ArabicLetters.isHaraka('\u06ED'));
    assertTrue(ArabicLetters.isHaraka('\u08F0'));
  }

  @Test
  void harakaExcludesLettersAndSpacingSigns() {
    for (char c : "\u0627\u0640\u06DD\u06DE\u06E5\u06E6\u06E9\u0301\u07EB\uFE76".toCharArray()) {
      assertFalse(ArabicLetters.isHaraka(c), Integer.toHexString(c));
    }
  }

  @Test
  void arabicLettersAreLettersOfTheArabicScript() {
    for (char c = '\u0621'; c <= '\u064A'; c++) {
      assertEquals(c != ArabicLetters.TATWEEL, ArabicLetters.isArabicLetter(c), Integer.toHexString(c));
    }
    assertTrue(ArabicLetters.isArabicLetter(ArabicLetters.PEH));
    assertTrue(ArabicLetters.isArabicLetter(0xFEFB)); // lam-alef ligature
    assertFalse(ArabicLetters.isArabicLetter(ArabicLetters.FATHA));
    assertFalse(ArabicLetters.isArabicLetter('\u0661'));
    assertFalse(ArabicLetters.isArabicLetter('a'));
    assertFalse(ArabicLetters.isArabicLetter(-1));
    assertFalse(ArabicLetters.isArabicLetter(0x110000));
  }

  @Test
  void digitsOfBothArabicSystemsHaveValues() {
    for (int d = 0; d <= 9; d++) {
      assertEquals(d, ArabicLetters.digitValue((char) ('0' + d)));
      assertEquals(d, ArabicLetters.digitValue((char) ('\u0660' + d)));
      assertEquals(d, ArabicLetters.digitValue((char) ('\u06F0' + d)));
      assertTrue(ArabicLetters.isArabicDigit((char) ('\u0660' + d)));
      assertTrue(ArabicLetters.isArabicDigit((char) ('\u06F0' + d)));
      assertFalse(ArabicLetters.isArabicDigit((char) ('0' + d)));
    }
    assertEquals(-1, ArabicLetters.digitValue('\u09E7')); // bengali one
    assertEquals(-1, ArabicLetters.digitValue(ArabicLetters.ARABIC_DECIMAL_SEPARATOR));
  }

  @Test
  void arabicScriptFollowsScriptExtensions() {
    assertTrue(ArabicLetters.isArabicScript(ArabicLetters.ALEF));
    assertTrue(ArabicLetters.isArabicScript(ArabicLetters.FATHA));
    assertTrue(ArabicLetters.isArabicScript(ArabicLetters.TATWEEL));
    assertTrue(ArabicLetters.isArabicScript(ArabicLetters.ARABIC_COMMA));
    assertTrue(ArabicLetters.isArabicScript('\u06F5'));
    assertFalse(ArabicLetters.isArabicScript('a'));
    assertFalse(ArabicLetters.isArabicScript('.'));
    assertFalse(ArabicLetters.isArabicScript(-5));
  }
}
