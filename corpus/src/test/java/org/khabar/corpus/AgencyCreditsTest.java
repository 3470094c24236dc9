package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.Khabar;
import org.khabar.article.Article;

/** The agency an article credits, on texts written for this test. */
class AgencyCreditsTest {

  private static final Khabar KHABAR = Khabar.defaults();
  private static final String BODY = "أعلنت الوزارة اليوم عن خطة جديدة لدعم الفلاحين في الجهات. ";

  /** The credit's agency and its text, or "-" for none. */
  private static String credit(String text) {
    Article article = KHABAR.process(text);
    Optional<AgencyCredit> found = AgencyCredits.find(article);
    return found.map(c -> c.agency() + "|" + article.textOf(c.span())).orElse("-");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "تونس (وات) - أعلنت الوزارة اليوم.;وات|وات",
      "القاهرة ( رويترز ) - قال مسؤول اليوم.;رويترز|رويترز",
      "باريس (أ. ف. ب) - قال مسؤول اليوم.;أ ف ب|أ. ف. ب",
      "تونس - وات\\nأعلنت الوزارة اليوم.;وات|وات",
      "أعلنت الوزارة (الصورة) اليوم عن خطة.;-",
      "قال الوزير اليوم إن الخطة جاهزة.;-"})
  void aCreditNearTheStartIsFoundWithItsNameAsWritten(String text, String expected) {
    assertEquals(expected, credit(text.replace("\\n", "\n")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"0;وات|وات", "8;-", "16;وات|وات"})
  void aCreditIsReadNearEitherEndButNotInTheMiddle(int before, String expected) {
    // Sixteen sentences of about 60 chars; the credit after {@code before} of them.
    String text = BODY.repeat(before) + "(وات) " + BODY.repeat(16 - before);
    assertEquals(expected, credit(text));
  }

  @Test
  void theStartWinsOverTheEnd() {
    assertEquals("وات|وات", credit("(وات) " + BODY + "(رويترز)"));
  }

  @Test
  void nullIsRefusedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AgencyCredits.find(null));
    assertEquals("article", e.getMessage());
  }
}
