package org.khabar.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Quantity;

class QuantityTaggerTest {

  private static final QuantityTagger TAGGER = new QuantityTagger();

  private static List<Quantity> tag(String text) {
    return TAGGER.extract(text, CharSpan.of(0, text.length()));
  }

  private static String show(String text, List<Quantity> all) {
    return all.stream()
        .map(q -> q.span().textOf(text) + "=" + q.value().toPlainString() + "/" + q.unit())
        .collect(Collectors.joining(", "));
  }

  /** Asserts the quantity whose original text is exactly {@code expected}. */
  private static void assertQuantity(String text, String expected, String value, String unit) {
    List<Quantity> all = tag(text);
    for (Quantity q : all) {
      if (q.span().textOf(text).equals(expected)) {
        assertEquals(0, new BigDecimal(value).compareTo(q.value()),
            expected + ": " + q.value().toPlainString());
        assertEquals(unit, q.unit(), expected);
        return;
      }
    }
    fail("no quantity [" + expected + "] in " + show(text, all));
  }

  @Test
  void readsDecimalsInBothDigitSystems() {
    String text = "نما الاقتصاد 3.5 بالمئة، ثم ٣٫٥ نقطة";
    assertQuantity(text, "3.5 بالمئة", "3.5", "%");
    assertQuantity(text, "٣٫٥ نقطة", "3.5", "نقطة");
  }

  @Test
  void readsThousandsSeparators() {
    String text = "شارك 1,000 متطوع و1٬000 طالب و1.000.000 زائر في المهرجان.";
    assertQuantity(text, "1,000 متطوع", "1000", "متطوع");
    assertQuantity(text, "1٬000 طالب", "1000", "طالب");
    assertQuantity(text, "1.000.000 زائر", "1000000", "زائر");
  }

  @Test
  void readsPercentSigns() {
    String text = "ارتفعت البطالة إلى 20% بعد أن كانت ٢٠٪ العام الماضي.";
    assertQuantity(text, "20%", "20", "%");
    assertQuantity(text, "٢٠٪", "20", "%");
  }

  @Test
  void readsPercentWords() {
    String text = "تراجع التضخم 20 في المائة والدين 15 بالمئة والعجز 4 بالمائة والنمو 2 في المئة.";
    assertQuantity(text, "20 في المائة", "20", "%");
    assertQuantity(text, "15 بالمئة", "15", "%");
    assertQuantity(text, "4 بالمائة", "4", "%");
    assertQuantity(text, "2 في المئة", "2", "%");
  }

  @Test
  void readsNumberWords() {
    String text = "أصيب ثلاثة جنود وقتل ثلاث نساء.";
    assertQuantity(text, "ثلاثة جنود", "3", "جنود");
    assertQuantity(text, "ثلاث نساء", "3", "نساء");
  }

  @Test
  void readsCompoundNumberWords() {
    String text = "قتل ثلاثة وعشرون شخصا ونجا خمسة عشر راكبا، وشارك مئة وخمسون طالبا "
        + "وثلاث مئة عامل ومليون وثلاثمئة ألف ناخب.";
    assertQuantity(text, "ثلاثة وعشرون شخصا", "23", "شخصا");
    assertQuantity(text, "خمسة عشر راكبا", "15", "راكبا");
    assertQuantity(text, "مئة وخمسون طالبا", "150", "طالبا");
    assertQuantity(text, "ثلاث مئة عامل", "300", "عامل");
    assertQuantity(text, "مليون وثلاثمئة ألف ناخب", "1300000", "ناخب");
  }

  @Test
  void readsTwoUnitsJoinedByWaAsTwoNumbers() {
    String text = "سجن بين ثلاث وخمس سنوات.";
    assertQuantity(text, "ثلاث", "3", "");
    assertQuantity(text, "خمس سنوات", "5", "سنوات");
  }

  @Test
  void readsHundredInBothSpellings() {
    String text = "وصل مئة متطوع ومائة طبيب.";
    assertQuantity(text, "مئة متطوع", "100", "متطوع");
    assertQuantity(text, "مائة طبيب", "100", "طبيب");
  }

  @Test
  void readsScaleWordAfterDigits() {
    String text = "بلغ العجز 32.6 مليار دولار، ونزح 3 ملايين شخص.";
    assertQuantity(text, "32.6 مليار دولار", "32600000000", "دولار");
    assertQuantity(text, "3 ملايين شخص", "3000000", "شخص");
  }

  @Test
  void aDigitRunTooLongToReadTakesItsScaleWordWithIt() {
    String digits = "9".repeat(NumberParser.MAX_CHARS + 1);
    String text = "بلغ الدين " + digits + " مليار دولار.";
    assertEquals(List.of(), tag(text));
  }

  @Test
  void readsScaleWordsAlone() {
    String text = "تبرع بمليار دولار وألف كتاب ونصف مليون دينار.";
    assertQuantity(text, "مليار دولار", "1000000000", "دولار");
    assertQuantity(text, "ألف كتاب", "1000", "كتاب");
    assertQuantity(text, "نصف مليون دينار", "500000", "دينار");
  }

  @Test
  void readsDualNounAsTwo() {
    String text = "أصيب شخصين في انفجار هز دولتين.";
    assertQuantity(text, "شخصين", "2", "شخص");
    assertQuantity(text, "دولتين", "2", "دولة");
  }

  @Test
  void readsCountedNounAsWritten() {
    String text = "شاركت 35 دولة في القمة التي استمرت 3 سنوات.";
    assertQuantity(text, "35 دولة", "35", "دولة");
    assertQuantity(text, "3 سنوات", "3", "سنوات");
  }

  @Test
  void takesNoFunctionWordOrDefiniteWordAsUnit() {
    String text = "قال 3 من المسؤولين إن 4 الأوائل فازوا.";
    assertQuantity(text, "3", "3", "");
    assertQuantity(text, "4", "4", "");
  }

  @Test
  void leavesVaguePluralsAlone() {
    String text = "خرج آلاف المتظاهرين وسقط عشرات القتلى ومئات الجرحى.";
    assertTrue(tag(text).isEmpty(), () -> show(text, tag(text)));
  }

  @Test
  void leavesOrdinalsAndDefiniteNumbersAlone() {
    String text = "فاز في الدور الأول والثاني يوم الثلاثاء، وتأهل الثلاثة إلى النهائي.";
    assertTrue(tag(text).isEmpty(), () -> show(text, tag(text)));
  }

  @Test
  void leavesDigitRunsOfDatesAndClockTimesAlone() {
    String text = "صدر القرار في 11/12/2025 الساعة 10:30 عن الفترة 2020-2025.";
    assertTrue(tag(text).isEmpty(), () -> show(text, tag(text)));
  }

  @Test
  void leavesNumbersGluedToLettersAlone() {
    String text = "طائرة F16 وصاروخ إس400.";
    assertTrue(tag(text).isEmpty(), () -> show(text, tag(text)));
  }

  @Test
  void spanKeepsHarakatAndTatweelInsideAndLeavesRtlMarksOutside() {
    // U+200F RLM around; U+064E fatha and U+0640 tatweel inside the counted noun.
    String inside = "35 دَولـ\u0640ـة";
    String text = "شاركت \u200F" + inside + "\u200F في القمة.";
    assertQuantity(text, inside, "35", "دولة");
  }

  @Test
  void leavesGluedConjunctionOutOfSpan() {
    assertQuantity("حضر وزير وثلاثة خبراء.", "ثلاثة خبراء", "3", "خبراء");
  }

  @Test
  void dropsQuantitiesInsideOtherSpans() {
    String text = "في 11 ديسمبر قتل 5 أشخاص.";
    List<Quantity> all = tag(text);
    int start = text.indexOf("11");
    List<Quantity> kept =
        QuantityTagger.outside(all, List.of(CharSpan.of(start, start + "11 ديسمبر".length())));
    assertEquals(1, kept.size(), () -> show(text, kept));
    assertEquals("5 أشخاص", kept.get(0).span().textOf(text));
  }

  @Test
  void rejectsRegionOutsideTheText() {
    assertThrows(IndexOutOfBoundsException.class,
        () -> TAGGER.extract("35 دولة", CharSpan.of(2, 40)));
  }
}
