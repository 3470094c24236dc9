package org.khabar.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.quote.QuoteFinderTest.describe;
import static org.khabar.quote.QuoteFinderTest.gazetteer;
import static org.khabar.quote.QuoteFinderTest.process;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;
import org.khabar.article.Quote;
import org.khabar.ner.EntityRecognizer;

/**
 * The quote rules for the styles of real news copy beyond {@code CUE SPEAKER أن}: quotations with
 * no colon, verbs that report by their object, a speaker named by a title or a description, a
 * name and a colon in a headline. Sentences written for the test.
 */
class NewsQuoteStylesTest {

  private static final String MINISTER = "سامي العبدلي";

  private static EntityRecognizer minister() {
    return gazetteer(Map.of(MINISTER, EntityType.PERSON), Map.of());
  }

  /** "KIND|cue|speaker canonical|quoted text" for each quote. */
  private static List<String> canonical(Article a) {
    return a.quotes().stream()
        .map(q -> q.kind() + "|" + q.cue() + "|"
            + q.speaker().map(Mention::canonical).orElse("-") + "|" + a.textOf(q.span()))
        .toList();
  }

  @Test
  void aQuotationAfterCueAndSpeakerNeedsNoColon() {
    assertEquals(List.of("DIRECT|وقال|" + MINISTER + "|لن نتراجع عن هذا القرار مهما كانت الضغوط"),
        describe(process("وقال " + MINISTER
            + " في ندوة صحفية \"لن نتراجع عن هذا القرار مهما كانت الضغوط\".", minister())));
  }

  @Test
  void aQuotationTheSourceNeverClosesRunsToTheSentenceEnd() {
    assertEquals(List.of("DIRECT|وقال|" + MINISTER + "|كم مرة سننتظر قبل أن نتحرك"),
        describe(process("وقال " + MINISTER + " الذي التقى العائلات \"كم مرة سننتظر قبل أن نتحرك؟"
            + " وغادر القاعة بعد ذلك.", minister())));
  }

  @Test
  void aNameInMarksInsideTheSubjectIsPartOfIt() {
    List<Quote> quotes = process("وذكرت صحيفة \"الصباح\" المحلية أن الحكومة ستعلن الميزانية غدا.")
        .quotes();
    assertEquals(1, quotes.size());
    assertEquals("صحيفة \"الصباح\" المحلية", quotes.get(0).speaker().orElseThrow().text());
  }

  @Test
  void aParticipleOpensAQuotationForTheSameSpeaker() {
    assertEquals("DIRECT|مضيفا|" + MINISTER + "|سنواصل العمل مع كل الأطراف دون استثناء",
        describe(process("وأكد " + MINISTER + " أن الوضع مستقر، مضيفا \"سنواصل العمل مع كل"
            + " الأطراف دون استثناء\".", minister())).get(1));
  }

  @Test
  void aVerbReportsByItsObject() {
    assertEquals(List.of("INDIRECT|وانتقد|" + MINISTER + "|تردي الخدمات في المستشفيات العمومية"),
        describe(process("وانتقد " + MINISTER + " تردي الخدمات في المستشفيات العمومية.",
            minister())));
    assertEquals(List.of("INDIRECT|ونفت|الوزارة|هذه الأخبار"),
        describe(process("ونفت الوزارة هذه الأخبار.")));
  }

  @Test
  void anObjectVerbWithNoSubjectContinuesTheSpeaker() {
    assertEquals("INDIRECT|ونبه|" + MINISTER + "|من مخاطر التأخير في تنفيذه",
        describe(process("قال " + MINISTER + " إن الإصلاح ضروري. ونبه من مخاطر التأخير في تنفيذه.",
            minister())).get(1));
  }

  @Test
  void aVerbNotMarkedForItsObjectGivesNoQuote() {
    assertEquals(List.of(), describe(process("وتابع الجمهور المباراة باهتمام كبير.")));
    assertEquals(List.of(), describe(process("وقال الجمهور كلمته في المباراة.")));
  }

  @Test
  void aTitleStandsForThePersonItNamedBefore() {
    assertEquals("INDIRECT|وشدد|" + MINISTER + "|على ضرورة مراقبة الأسواق",
        canonical(process("قال وزير التجارة " + MINISTER + " إن الأسعار ستنخفض. وشدد الوزير على"
            + " ضرورة مراقبة الأسواق.", minister())).get(1));
  }

  @Test
  void aDefiniteHeadNounStandsForTheOrganizationNamedBefore() {
    String company = "شركة النقل الوطنية";
    Khabar khabar = Khabar.builder()
        .addRecognizer(gazetteer(Map.of(company, EntityType.ORGANIZATION), Map.of())).build();
    Article a = khabar.process("عنوان\nأعلنت " + company + " عن رحلات جديدة نحو الجنوب. وذكرت"
        + " الشركة أنها ستضيف عشر رحلات.");
    assertEquals("INDIRECT|وذكرت|" + company + "|ستضيف عشر رحلات", canonical(a).get(1));
  }

  @Test
  void aHeadlineNameAndColonQuoteThatPerson() {
    Article a = Khabar.builder().addRecognizer(minister()).build()
        .process(MINISTER + " : الإصلاح لن ينتظر أحدا\n\nتحدث الوزير اليوم في البرلمان.");
    assertEquals("INDIRECT||" + MINISTER + "|الإصلاح لن ينتظر أحدا", describe(a).get(0));
  }

  @Test
  void aHeadlineNameFoundOnlyInPartIsTheSpeakerAsWritten() {
    Article a = Khabar.builder()
        .addRecognizer(gazetteer(Map.of("العبدلي", EntityType.PERSON), Map.of())).build()
        .process(MINISTER + " : الإصلاح لن ينتظر أحدا\n\nتحدث الوزير اليوم في البرلمان.");
    assertEquals("INDIRECT||" + MINISTER + "|الإصلاح لن ينتظر أحدا", describe(a).get(0));
  }

  @Test
  void aStatementItselfSpeaksForTheOneQuotedBefore() {
    assertEquals("INDIRECT|وأوضح|وزارة النقل|التذاكر متوفرة في كل المحطات",
        canonical(process("أعلنت وزارة النقل أن الخطوط ستفتح غدا. وأوضح البيان ذاته أن التذاكر"
            + " متوفرة في كل المحطات.")).get(1));
  }

  @Test
  void aSpeakerWrittenBeforeItsVerbAndARelativeClauseIsTheSpeaker() {
    assertEquals(List.of("INDIRECT|أكد|" + MINISTER + "|العلاقات بين البلدين ممتازة"),
        describe(process("والتقى الرئيس بالسفير " + MINISTER + " الذي أكد أن العلاقات بين البلدين"
            + " ممتازة.", minister())));
    assertEquals(List.of("INDIRECT|دعت|الهيئة|الحكومة إلى احترام القانون"),
        describe(process("وفي الأثناء، الهيئة التي مقرها العاصمة دعت الحكومة إلى احترام"
            + " القانون.")));
  }

  @Test
  void aColonWithoutMarksIntroducesTheSentence() {
    assertEquals(List.of("INDIRECT|وقال|الوزير|الوضع تحت السيطرة تماما"),
        describe(process("وقال الوزير: الوضع تحت السيطرة تماما.")));
  }

  @Test
  void theComplementizerMayComeAfterALongCircumstance() {
    String circumstance = "في تصريح إذاعي على هامش افتتاح الدورة الجديدة للمعرض الدولي للكتاب"
        + " بالعاصمة صباح اليوم الخميس بحضور عدد كبير من الناشرين والكتاب والضيوف";
    assertEquals("INDIRECT|وقال|" + MINISTER + "|الدعم سيتواصل",
        describe(process("وقال " + MINISTER + " " + circumstance + "، إن الدعم سيتواصل.",
            minister())).get(0));
  }

  @Test
  void aCueInsideAReportedClauseIsNotACue() {
    assertEquals(List.of("INDIRECT|قال|" + MINISTER + "|الحكومة تعتبر الملف أولوية وطنية"),
        describe(process("قال " + MINISTER + " إن الحكومة تعتبر الملف أولوية وطنية.",
            minister())));
  }

  @Test
  void wordsThatOnlyLookLikeCuesAreNot() {
    assertEquals(List.of(), describe(process("الفرق بين الفريقين أن الأول أقوى في الدفاع.")));
    assertEquals(List.of(), describe(process("لم تكن الأزمة اقتصادية فحسب بل سياسية أيضا.")));
    assertEquals("INDIRECT|وبين|الوزير|الخطة جاهزة",
        describe(process("وبين الوزير أن الخطة جاهزة.")).get(0));
  }

  @Test
  void anAttributionInsideASentenceQuotesTheLongerSide() {
    assertEquals(List.of("INDIRECT|وفق|نتائج أولية نشرتها الهيئة"
            + "|على ستين بالمائة من الأصوات في الدوائر الشمالية"),
        describe(process("وحصل المرشح، وفق نتائج أولية نشرتها الهيئة، على ستين بالمائة من"
            + " الأصوات في الدوائر الشمالية.")));
  }

  @Test
  void aShortPhraseInMarksLeavesTheReportedClauseWhole() {
    assertEquals(List.of("INDIRECT|وأضاف|الوزير|البلاد تحتاج إلى \"نفس جديد\" حسب تعبيره"),
        describe(process("وأضاف الوزير أن البلاد تحتاج إلى \"نفس جديد\" حسب تعبيره.")));
  }

  private static final String MAYOR = "نادية الورغي";

  private static EntityRecognizer ministerAndMayor() {
    return gazetteer(Map.of(MINISTER, EntityType.PERSON, MAYOR, EntityType.PERSON), Map.of());
  }

  @Test
  void anUnclosedQuotationEndsWhereAParticipleOpensAnother() {
    assertEquals(List.of(
            "DIRECT|وقال|" + MINISTER + "|الوضع مستقر ولا داعي للقلق من الأخبار المتداولة",
            "DIRECT|مضيفا|" + MINISTER + "|سنواصل العمل مع كل الأطراف دون استثناء"),
        canonical(process("وقال " + MINISTER + " في تصريح لإذاعة محلية \"الوضع مستقر ولا داعي"
            + " للقلق من الأخبار المتداولة مضيفا \"سنواصل العمل مع كل الأطراف دون استثناء\"؟.",
            minister())));
  }

  @Test
  void bySayingIsTheSentencesSubjectSpeaking() {
    // the previous speaker is the minister; the sentence of بقولها is the mayor's
    assertEquals(List.of(
            "INDIRECT|قال|" + MINISTER + "|الميزانية جاهزة",
            "INDIRECT|بقولها|" + MAYOR + "|البلدية ستواصل أشغال التهيئة"),
        canonical(process("قال " + MINISTER + " إن الميزانية جاهزة. وختمت " + MAYOR
            + " كلمتها بقولها إن البلدية ستواصل أشغال التهيئة.", ministerAndMayor())));
  }

  @Test
  void accordingToTheirOwnWordsIsTheSubjectSpeaking() {
    Quote q = process("قال " + MINISTER + " إن الميزانية جاهزة. وعبرت " + MAYOR
        + " عن تفاؤلها بنجاح الموسم حسب قولها.", ministerAndMayor()).quotes().get(1);
    assertEquals("حسب", q.cue());
    assertEquals("قولها", q.speaker().orElseThrow().text(), "the words as written");
    assertEquals(MAYOR, q.speaker().orElseThrow().canonical(), "the one speaking");
  }

  @Test
  void theSameSourceIsTheOneQuotedBefore() {
    Quote q = process("قال " + MINISTER + " إن الأسعار مستقرة. وحسب نفس المصدر، فإن التوريد"
        + " سيتواصل حتى نهاية السنة.", minister()).quotes().get(1);
    assertEquals("نفس المصدر", q.speaker().orElseThrow().text());
    assertEquals(MINISTER, q.speaker().orElseThrow().canonical());
  }

  @Test
  void thisDocumentIsTheOrganizationNamedBefore() {
    String body = "نشرت هيئة الانتخابات رزنامة جديدة للاقتراع. وحسب هذه الرزنامة، تنطلق"
        + " الحملة الانتخابية يوم الأحد.";
    Quote q = process(body, gazetteer(Map.of("هيئة الانتخابات", EntityType.ORGANIZATION),
        Map.of())).quotes().get(0);
    assertEquals("هذه الرزنامة", q.speaker().orElseThrow().text());
    assertEquals("هيئة الانتخابات", q.speaker().orElseThrow().canonical());
  }

  @Test
  void aTitleStandsForThePersonItPrecedesNotAnOrganizationAfterHim() {
    String agency = "وكالة قطر للأنباء";
    Article a = process("أكد رئيس الحكومة " + MINISTER + " ل" + agency + " أن الميزانية جاهزة."
        + " وشدد رئيس الحكومة على أن الإصلاحات ستتواصل.",
        gazetteer(Map.of(MINISTER, EntityType.PERSON, agency, EntityType.ORGANIZATION), Map.of()));
    assertEquals(List.of("INDIRECT|أكد|" + MINISTER + "|الميزانية جاهزة",
            "INDIRECT|وشدد|" + MINISTER + "|الإصلاحات ستتواصل"),
        canonical(a));
  }

  @Test
  void aTitleStandsForThePersonAfterAPlaceInIt() {
    Article a = process("قالت المديرة الجهوية للصحة بقابس " + MAYOR + " إن المستشفى جاهز."
        + " وأضافت المديرة أن الأطباء سيلتحقون به.",
        gazetteer(Map.of(MAYOR, EntityType.PERSON, "قابس", EntityType.LOCATION), Map.of()));
    assertEquals(MAYOR, a.quotes().get(1).speaker().orElseThrow().canonical());
  }
}
