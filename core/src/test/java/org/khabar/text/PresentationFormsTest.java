package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link PresentationForms}: what the shapes of PDF-extracted Arabic expand to. */
class PresentationFormsTest {

  /** {@code text} as a PDF extractor leaves it: letters in contextual shapes, lam-alef joined. */
  static String shaped(String text) throws ArabicShapingException {
    return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK)
        .shape(text);
  }

  @Test
  void eachFormExpandsToTheLettersItShows() {
    assertEquals("ب", PresentationForms.expansion('\uFE91')); // beh, initial form
    assertEquals("لا", PresentationForms.expansion('\uFEFB')); // lam-alef, isolated
    assertEquals("لأ", PresentationForms.expansion('\uFEF7')); // lam-alef with hamza above
    assertEquals("\u064E", PresentationForms.expansion('\uFE76')); // fatha, isolated: no space
    assertNull(PresentationForms.expansion('ب'));
    assertNull(PresentationForms.expansion('a'));
    assertNull(PresentationForms.expansion('\uFEFF')); // byte order mark, not a form
  }

  @Test
  void shapedTextExpandsBackToItsLetters() throws ArabicShapingException {
    for (String text : new String[] {
        "والاتحاد الأوروبي", "لأوكرانيا وبالضمانات", "قال سمير حداد في الكرملين إن الوضع صعب ."}) {
      String shaped = shaped(text);
      assertEquals(text, PresentationForms.expand(shaped), shaped);
      assertEquals(
          ArabicNormalizer.of(Set.of(ArabicNormalizer.Step.COMPATIBILITY_FORMS))
              .normalize(shaped).normalized(),
          PresentationForms.expand(shaped), shaped);
    }
  }

  @Test
  void textWithoutFormsIsReturnedAsItIs() {
    String plain = "قال سمير حداد";
    assertSame(plain, PresentationForms.expand(plain));
    assertEquals("", PresentationForms.expand(new StringBuilder()));
    assertThrows(NullPointerException.class, () -> PresentationForms.expand(null));
  }
}
