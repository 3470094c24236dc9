package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.Khabar;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.text.LanguageResources;
import org.khabar.text.PresentationForms;

/** Names built on a head noun, on sentences written for this test. */
class HeadNounNamesTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(HeadNounNames.standard()).build();

  private static List<String> names(String text) {
    return TestTexts.typedNames(KHABAR, text);
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
      "فاز نادي كرة اليد بالدوحة على ضيفه .|ORGANIZATION:نادي كرة اليد بالدوحة",
      "تعاقد اللاعب مع نادي زنبقان البرازيلي لموسمين .|ORGANIZATION:نادي زنبقان",
      "أحال الوزير مشروع القانون لمجلس نواب الشعب للمصادقة عليه .|ORGANIZATION:مجلس نواب الشعب",
      "عقدت الهيئة العليا المستقلة اجتماعها .|ORGANIZATION:الهيئة العليا المستقلة",
      "وصل وفد المنظمة الوطنية المتكون من ثلاثة أعضاء .|ORGANIZATION:المنظمة الوطنية",
      "تنافس مستقبل زنبقان و فريق آخر على اللقب .|ORGANIZATION:مستقبل زنبقان",
      "قضت المحكمة الابتدائية بسوسة بسجنه .|ORGANIZATION:المحكمة الابتدائية بسوسة",
      "استبعد من قائمة منتخب فرنسا للمباراة .|ORGANIZATION:منتخب فرنسا",
      "استبعد من قائمة منتخب فرنسا المشارك في البطولة .|ORGANIZATION:منتخب فرنسا",
      // an adjective that describes the name ends it; one of the name's own pattern does not
      "اجتمع مجلس الأمن المؤلف من خمسة عشر عضوا .|ORGANIZATION:مجلس الأمن",
      "طالب الحزب الديمقراطي المعارض بالتحقيق .|ORGANIZATION:الحزب الديمقراطي",
      "زار الوفد جبل زنبقان الواقع شمال المدينة .|LOCATION:جبل زنبقان",
      "قالت اللجنة الدولية للصليب الأحمر إن المساعدات وصلت ."
          + "|ORGANIZATION:اللجنة الدولية للصليب الأحمر",
      "يحضر ممثل الاتحاد الأوروبي للفترة المقبلة .|ORGANIZATION:الاتحاد الأوروبي",
      "أعلنت الخطوط الجوية التونسية إلغاء الرحلة .|ORGANIZATION:الخطوط الجوية التونسية",
      "أعلنت شركة النفط الروسية المتعثرة إفلاسها .|ORGANIZATION:شركة النفط الروسية",
      "تقدم الجيش السوري الحر نحو المدينة .|ORGANIZATION:الجيش السوري الحر",
      "حضرت الجمعية العامة للأمم المتحدة واليونسكو الاجتماع ."
          + "|ORGANIZATION:الجمعية العامة للأمم المتحدة",
      "أصدرت وزارة التعليم العام والتعليم العالي بيانا ."
          + "|ORGANIZATION:وزارة التعليم العام والتعليم العالي",
      // a verb ends a place's proper nouns, but not after أبو
      "زار الوفد مسجد زنبقان يقع قرب السوق .|LOCATION:مسجد زنبقان",
      "نقل المصاب إلى مستشفى أبو يوسف زنبقان ليلا .|LOCATION:مستشفى أبو يوسف زنبقان",
      "هبطت الطائرة في مطار زنبقان جميع الركاب سالمين .|LOCATION:مطار زنبقان",
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
      "قبل أن تتولى الهيئة الإعلان عن القائمة .",
      "قال إن الانتحاري نجم زنبقان شارك في الهجوم .",
      "أسس رجال أعمال شركة للإنتاج الفني .",
      "قالت اللجنة المنظمة للبطولة إن الموعد ثابت .",
      "رسمت الخطة الخطوط العريضة للإصلاح .",
      "قال إن المستشفى الجديد جاهز .",
      "وقال إنه بعث إليها رسالة .",
      "وقال إن مسجد يصلي فيه المئات أغلق .",
      "قال رئيس الحزب الباكستانيين المقيمين في الخارج .",
  })
  void aHeadAloneOrDescribedNamesNothing(String sentence) {
    assertEquals(List.of(), names(sentence));
  }

  @Test
  void aFederationNamedByItsSportTakesNoPlaceAfterIt() {
    assertEquals(List.of("ORGANIZATION:جامعة كرة القدم"),
        names("عاقبت جامعة كرة القدم بالدوحة لاعبين ."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the model's organization, the word that ends the head-noun name, the name cut
      "أكد الاتحاد العام التونسي للشغل المنعقد مؤتمره أمس ذلك ."
          + "|الاتحاد العام التونسي للشغل المنعقد|الاتحاد العام التونسي للشغل",
      "قال اتحاد الشغل يحذر من الإضراب .|اتحاد الشغل يحذر|اتحاد الشغل",
      "اجتمع مجلس الأمن التابع للأمم المتحدة .|مجلس الأمن التابع|مجلس الأمن",
      "أعلن الحرس الوطني البارحة عن الحصيلة .|الحرس الوطني البارحة|الحرس الوطني",
      "قالت منظمة الأعراف خليل الغرياني إن ...|منظمة الأعراف خليل الغرياني|منظمة الأعراف",
  })
  void cutsAnotherOrganizationThatRunsOnPastWhereArabicEndsTheName(
      String text, String longer, String cut) {
    List<Entity> out = cut(text, longer);
    assertEquals(List.of(cut), out.stream().map(Entity::text).toList());
    assertEquals(text.indexOf(cut), out.get(0).span().start());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a preposition, ل and a noun, a person's name inside a school's, a word the name may take
      "نشرت منظمة الدفاع عن المستهلك بيانا .|منظمة الدفاع عن المستهلك",
      "قرر الاتحاد العام لطلبة تونس الإضراب .|الاتحاد العام لطلبة تونس",
      "درس في المعهد الثانوي ابن منظور سنوات .|المعهد الثانوي ابن منظور",
      "قضت المحكمة الدستورية العليا بذلك .|المحكمة الدستورية العليا",
      "قالت اللجنة الدولية للصليب الأحمر ذلك .|اللجنة الدولية للصليب الأحمر",
  })
  void keepsAnotherOrganizationWhereTheHeadNounNameMayGoOn(String text, String longer) {
    assertEquals(List.of(longer), cut(text, longer).stream().map(Entity::text).toList());
  }

  /** The organization {@code longer}, as a model would give it, cut by the head-noun names. */
  private static List<Entity> cut(String text, String longer) {
    int start = text.indexOf(longer);
    Entity model = new Entity(EntityType.ORGANIZATION,
        CharSpan.of(start, start + longer.length()), longer, longer, 0.9);
    HeadNounNames heads = HeadNounNames.standard();
    EntityRecognizer cutting = tokens -> heads.cut(tokens, heads.recognize(tokens),
        List.of(model));
    return Khabar.builder().addRecognizer(cutting).build().process(text).entities();
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

  @Test
  void aDesksOwnHeadsFindTheirNamesAndTheBundledOnesStay() {
    List<String> lines = new ArrayList<>(
        LanguageResources.bundled().lines("ner/name-heads.txt"));
    lines.addAll(List.of("# a desk's heads", "ORGANIZATION تنسيقية", "TEAM *فريق"));
    Khabar desk = Khabar.builder().addRecognizer(HeadNounNames.of(lines)).build();
    String text = "وأعلنت تنسيقية الأحزاب الديمقراطية ووزارة الداخلية أمس أن فريق الأمل فاز .";
    assertEquals(List.of(), names("وأعلنت تنسيقية الأحزاب الديمقراطية أمس ."));
    assertEquals(List.of("ORGANIZATION:تنسيقية الأحزاب الديمقراطية",
        "ORGANIZATION:وزارة الداخلية", "TEAM:فريق الأمل"),
        desk.process(text).entities().stream().map(e -> e.type().name() + ":" + e.text())
            .toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وزارة الداخلية", "ORGANIZATION", "ORGANIZATION وزارة جمع", "ORGANIZATION وزارة plural x"})
  void aMalformedHeadLineIsRefusedByName(String line) {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> HeadNounNames.of(List.of(line)));
    assertTrue(e.getMessage().contains("\"" + line + "\""),
        e.getMessage());
  }
}
