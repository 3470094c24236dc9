package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.text.PresentationForms;

/** Names built on a head noun, on sentences written for this test. */
class HeadNounNamesTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(HeadNounNames.standard()).build();

  private static List<String> names(String text) {
    Article article = KHABAR.process(text);
    for (Entity e : article.entities()) {
      assertEquals(e.text(), e.span().textOf(text), "an entity's text is its span's text");
    }
    return article.entities().stream().map(e -> e.type().name() + ":" + e.text()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أعلنت وزارة الشؤون الخارجية اليوم أن الوفد وصل .|ORGANIZATION:وزارة الشؤون الخارجية",
      "صادق مجلس نواب الشعب على القانون .|ORGANIZATION:مجلس نواب الشعب",
      "قال الاتحاد العام التونسي للشغل إن الإضراب قائم .|ORGANIZATION:الاتحاد العام التونسي للشغل",
      "أصدرت وزارة التجهيز والإسكان بلاغا .|ORGANIZATION:وزارة التجهيز والإسكان",
      "انتخب الاتحاد الدولي لكرة القدم رئيسه .|ORGANIZATION:الاتحاد الدولي لكرة القدم",
      "قررت الحكومة التونسية رفع الأسعار .|ORGANIZATION:الحكومة التونسية",
      "هبطت الطائرة في مطار قرطاج الدولي مساء .|LOCATION:مطار قرطاج الدولي",
      "فازت شبيبة القيروان على منافسها .|ORGANIZATION:شبيبة القيروان",
      "نقلت وكالة قطر للأنباء الخبر .|ORGANIZATION:وكالة قطر للأنباء",
      "قررت الهيئة الوطنية للانتخابات المجتمعة أمس التأجيل ."
          + "|ORGANIZATION:الهيئة الوطنية للانتخابات",
      "أكدت رئاسة الحكومة دعم الوزراء للإصلاحات .|ORGANIZATION:رئاسة الحكومة",
      "وقال الكاتب العام لنقابة أطباء الأسنان الخاصة سمير القرقوري إن الإضراب قائم ."
          + "|ORGANIZATION:نقابة أطباء الأسنان الخاصة",
      "فاز النادي الرياضي الصفاقسي الليلة على منافسه .|ORGANIZATION:النادي الرياضي الصفاقسي",
      "أصدر معهد كارنيغي للسلام الدولي تقريرا .|ORGANIZATION:معهد كارنيغي للسلام الدولي",
  })
  void findsTheWholeName(String sentence, String expected) {
    assertEquals(List.of(expected), names(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أعلنت الوزارة أن الوفد وصل .",
      "قررت الحكومة رفع الأسعار .",
      "قال وزير الخارجية الروسي إن المحادثات مستمرة .",
      "انتشر الجيش والشرطة في الشوارع .",
      "تألق النجم البرازيلي في المباراة .",
      "ثبتت رؤية الهلال فلكيا أمس .",
      "ناقش الوزراء مستقبل المفاوضات مع الوفد .",
      "افتتح الخليج للتعليم فرعا جديدا .",
  })
  void aHeadAloneOrDescribedNamesNothing(String sentence) {
    assertEquals(List.of(), names(sentence));
  }

  @Test
  void aPersonsTitleEndsTheName() {
    assertEquals(List.of("ORGANIZATION:حزب العمال"),
        names("قال رئيس حزب العمال السيد أحمد إن الحزب مستعد ."));
  }

  @Test
  void aNameAfterLilKeepsTheArticlesLam() {
    String text = "قدم الوفد طلبا للاتحاد الأوروبي أمس .";
    List<Entity> found = KHABAR.process(text).entities();
    assertEquals(1, found.size(), found.toString());
    assertEquals("لاتحاد الأوروبي", found.get(0).text());
    assertEquals(text.indexOf("للاتحاد") + 1, found.get(0).span().start());
    assertEquals(EntityType.ORGANIZATION, found.get(0).type());
  }

  @Test
  void twoNamesInARowAreTwo() {
    assertEquals(
        List.of("ORGANIZATION:وزارة الداخلية", "ORGANIZATION:اللجنة الوطنية للمتابعة"),
        names("نسقت وزارة الداخلية اللجنة الوطنية للمتابعة ."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "صادق مجلس نواب الشعب على القانون .",
      "قال الاتحاد العام التونسي للشغل إن الإضراب قائم .",
      "ناقش الوزراء مستقبل الأمن الأوروبي مع الوفد .",
      "قدم الوفد طلبا للاتحاد الأوروبي أمس .",
  })
  void shapedLettersGiveTheNamesThePlainOnesGive(String sentence) throws ArabicShapingException {
    ArabicShaping shaping =
        new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK);
    String shaped = shaping.shape(sentence);
    List<String> plain = KHABAR.process(sentence).entities().stream()
        .map(e -> e.type() + ":" + e.text()).toList();
    List<String> fromShaped = KHABAR.process(shaped).entities().stream()
        .map(e -> e.type() + ":" + PresentationForms.expand(e.text())).toList();
    assertEquals(plain, fromShaped, shaped);
  }
}
