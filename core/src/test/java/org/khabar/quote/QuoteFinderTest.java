package org.khabar.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;
import org.khabar.article.Quote;
import org.khabar.ner.EntityRecognizer;
import org.khabar.text.LanguageResources;

/** One test per quote rule, on sentences written for the test in news style. */
class QuoteFinderTest {

  private static final String TITLE = "عنوان الخبر الرئيسي";

  /** A recognizer that tags every occurrence of the given strings, canonical as given. */
  static EntityRecognizer gazetteer(Map<String, EntityType> names, Map<String, String> canon) {
    return tokenized -> {
      List<Entity> out = new ArrayList<>();
      String text = tokenized.text();
      for (Map.Entry<String, EntityType> e : names.entrySet()) {
        for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + 1)) {
          CharSpan span = CharSpan.of(at, at + e.getKey().length());
          out.add(new Entity(e.getValue(), span, e.getKey(),
              canon.getOrDefault(e.getKey(), e.getKey()), 1.0));
        }
      }
      out.sort((a, b) -> a.span().compareTo(b.span()));
      return out;
    };
  }

  static Article process(String body) {
    return Khabar.defaults().process(TITLE + "\n" + body);
  }

  static Article process(String body, EntityRecognizer recognizer) {
    return Khabar.builder().addRecognizer(recognizer).build().process(TITLE + "\n" + body);
  }

  /** "KIND|cue|speaker|quoted text" for each quote. */
  static List<String> describe(Article a) {
    return a.quotes().stream()
        .map(q -> q.kind() + "|" + q.cue() + "|" + q.speaker().map(Mention::text).orElse("-")
            + "|" + a.textOf(q.span()))
        .collect(Collectors.toList());
  }

  @Test
  void verbSubjectAndInnaGiveAnIndirectQuote() {
    assertEquals(List.of("INDIRECT|قال|وزير الخارجية|المحادثات ستستأنف الأسبوع المقبل"),
        describe(process("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.")));
  }

  @Test
  void feminineAndPresentInflectionsAreCues() {
    assertEquals("INDIRECT|أكدت|الوزارة|الخطة جاهزة",
        describe(process("أكدت الوزارة أن الخطة جاهزة.")).get(0));
    assertEquals("INDIRECT|يرى|محللون|الأزمة ستطول",
        describe(process("يرى محللون أن الأزمة ستطول.")).get(0));
    assertEquals("INDIRECT|تقول|الحكومة|الأسعار ستنخفض",
        describe(process("تقول الحكومة إن الأسعار ستنخفض.")).get(0));
  }

  @Test
  void attachedWawAndFaAreStrippedWithoutAClitcAnalysis() {
    assertEquals("INDIRECT|وأوضح|المتحدث|القرار نهائي",
        describe(process("وأوضح المتحدث أن القرار نهائي.")).get(0));
    assertEquals("INDIRECT|فأكد|الوزير|الباب مفتوح",
        describe(process("فأكد الوزير أن الباب مفتوح.")).get(0));
  }

  @Test
  void cueMatchesAnyHarakaSpelling() {
    // SHADDA on the reh of "صرّح"
    assertEquals("INDIRECT|صر\u0651ح|النائب|الجلسة تأجلت",
        describe(process("صر\u0651ح النائب بأن الجلسة تأجلت.")).get(0));
  }

  @Test
  void prepositionBeforeTheComplementizerIsSkipped() {
    assertEquals("INDIRECT|وأشار|التقرير|البطالة ارتفعت",
        describe(process("وأشار التقرير إلى أن البطالة ارتفعت.")).get(0));
    assertEquals("INDIRECT|شدد|الرئيس|الحوار ضروري",
        describe(process("شدد الرئيس على أن الحوار ضروري.")).get(0));
  }

  @Test
  void subjectStopsAtATimeOrPlaceWord() {
    assertEquals("INDIRECT|وأكد|الكرملين|الاقتراح مرفوض",
        describe(process("وأكد الكرملين الأسبوع الماضي أن الاقتراح مرفوض.")).get(0));
    assertEquals("INDIRECT|وقال|مكتب الرئيس|الزيارة ناجحة",
        describe(process("وقال مكتب الرئيس بعد اللقاء، إن الزيارة ناجحة.")).get(0));
  }

  @Test
  void clauseEndsAtTheSentenceEnd() {
    assertEquals("INDIRECT|قال|الوزير|الاتفاق قريب",
        describe(process("قال الوزير إن الاتفاق قريب. وتستمر المفاوضات في العاصمة.")).get(0));
  }

  @Test
  void clauseEndsBeforeAParticipleThatContinuesTheSpeaker() {
    assertEquals(
        List.of("INDIRECT|وقالت|الرئاسة|اللقاء سيعقد غدا",
            "INDIRECT|مؤكدة|الرئاسة|الدعوة وجهت لجميع الأطراف"),
        describe(process("وقالت الرئاسة إن اللقاء سيعقد غدا، مؤكدة أن الدعوة وجهت لجميع الأطراف.")));
  }

  @Test
  void bareWaAddedContinuesThePreviousSpeaker() {
    List<String> quotes = describe(process(
        "قال المتحدث باسم الجيش إن القوات انسحبت.\nوأضاف أن العملية انتهت دون خسائر."));
    assertEquals("INDIRECT|وأضاف|المتحدث باسم الجيش|العملية انتهت دون خسائر", quotes.get(1));
  }

  @Test
  void barePastVerbWithoutWawHasNoSpeaker() {
    List<String> quotes = describe(process(
        "قال الوزير إن الاتفاق قريب. لكنها أكدت أنها لن تتنازل."));
    assertEquals("INDIRECT|أكدت|-|لن تتنازل", quotes.get(1));
  }

  @Test
  void impersonalPresentVerbGivesNoQuote() {
    assertEquals(List.of(), describe(process("ويذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.")));
  }

  @Test
  void speakerLinksToAPersonEntityWithItsCanonicalForm() {
    Article a = process("وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا مستعدة.",
        gazetteer(Map.of("إيمانويل ماكرون", EntityType.PERSON), Map.of("إيمانويل ماكرون", "ماكرون")));
    Mention speaker = a.quotes().get(0).speaker().orElseThrow();
    assertEquals("إيمانويل ماكرون", speaker.text());
    assertEquals("ماكرون", speaker.canonical());
    assertEquals("إيمانويل ماكرون", a.textOf(speaker.span()));
  }

  @Test
  void organizationHeadKeepsTheWholePhraseEvenBeforeAName() {
    Article a = process("وقال مكتب سالم إن الاجتماع انتهى.",
        gazetteer(Map.of("سالم", EntityType.PERSON), Map.of()));
    assertEquals("مكتب سالم", a.quotes().get(0).speaker().orElseThrow().text());
  }

  @Test
  void appositivePersonAfterATitleIsTheSpeaker() {
    Article a = process("وأضاف رئيس الوفد، خالد يوسف، اليوم، إن المباحثات بناءة.",
        gazetteer(Map.of("خالد يوسف", EntityType.PERSON), Map.of()));
    assertEquals("خالد يوسف", a.quotes().get(0).speaker().orElseThrow().text());
  }

  @Test
  void aVocalizedAppositivePersonIsTheSpeaker() {
    // The name ends in a kasra, which belongs to the word: the entity's span includes it.
    Article a = process("وأضاف رئيس الوفد، خالِد يوسُفِ، اليوم، إن المباحثات بناءة.",
        gazetteer(Map.of("خالِد يوسُفِ", EntityType.PERSON), Map.of()));
    assertEquals("خالِد يوسُفِ", a.quotes().get(0).speaker().orElseThrow().text());
  }

  @Test
  void entityJustBeforeAVerbIsTheSpeaker() {
    Article a = process("الوزير سالم قال إن الاتفاق قريب.",
        gazetteer(Map.of("سالم", EntityType.PERSON), Map.of()));
    assertEquals("سالم", a.quotes().get(0).speaker().orElseThrow().text());
  }

  @Test
  void theLatterTakesTheCanonicalFormOfTheLastPersonBefore() {
    Article a = process("التقى سالم بالوزير أمس، بينما يؤكد الأخير أن الحوار مستمر.",
        gazetteer(Map.of("سالم", EntityType.PERSON), Map.of("سالم", "خالد سالم")));
    Mention speaker = a.quotes().get(0).speaker().orElseThrow();
    assertEquals("الأخير", speaker.text());
    assertEquals("خالد سالم", speaker.canonical());
  }

  @Test
  void unnamedSourceIsTheSpeaker() {
    assertEquals("INDIRECT|أكد|مصدر دبلوماسي عربي|الاجتماع سيعقد",
        describe(process("أكد مصدر دبلوماسي عربي أن الاجتماع سيعقد.")).get(0));
  }

  @Test
  void leadingAttributionQuotesTheClauseAfterTheSource() {
    assertEquals("INDIRECT|وبحسب|مصادر محلية|الطريق أغلق",
        describe(process("وبحسب مصادر محلية، فإن الطريق أغلق.")).get(0));
  }

  @Test
  void trailingAttributionQuotesTheSentenceBeforeIt() {
    assertEquals("INDIRECT|وفق|بيان الوزارة|ارتفعت الصادرات بنسبة كبيرة",
        describe(process("ارتفعت الصادرات بنسبة كبيرة، وفق بيان الوزارة.")).get(0));
  }

  @Test
  void attributionSkipsMaAndAVerb() {
    assertEquals("INDIRECT|بحسب|الوكالة|انتهى الاجتماع بلا اتفاق",
        describe(process("انتهى الاجتماع بلا اتفاق، بحسب ما ذكرته الوكالة.")).get(0));
  }

  @Test
  void attributionWithLamDropsTheLamFromTheSource() {
    assertEquals("INDIRECT|وفقا|وكالة الأنباء|انتهى الاجتماع بلا اتفاق",
        describe(process("انتهى الاجتماع بلا اتفاق، وفقا لوكالة الأنباء.")).get(0));
  }

  @Test
  void directQuoteAfterCueSpeakerAndColon() {
    assertEquals(
        List.of("DIRECT|وأضاف|الوزير|نحن مستعدون للحوار مع الجميع"),
        describe(process("وأضاف الوزير: «نحن مستعدون للحوار مع الجميع».")));
  }

  @Test
  void directQuoteSpanExcludesTheMarks() {
    Article a = process("وأضاف الوزير: “نحن مستعدون للحوار مع الجميع”.");
    Quote q = a.quotes().get(0);
    assertEquals('ن', a.text().charAt(q.span().start()));
    assertEquals("\u201D", a.text().substring(q.span().end(), q.span().end() + 1));
  }

  @Test
  void straightQuotesPairWithinAParagraph() {
    assertEquals(
        List.of("DIRECT|قال|الوزير|نحن مستعدون للحوار مع الجميع"),
        describe(process("قال الوزير: \"نحن مستعدون للحوار مع الجميع\".")));
  }

  @Test
  void directQuoteInsideAReportedClauseReplacesTheIndirectQuote() {
    assertEquals(
        List.of("DIRECT|أكد|مصدر مطلع|من غير المتوقع أن يحضر الاجتماع"),
        describe(process("أكد مصدر مطلع أن الرئيس “من غير المتوقع أن يحضر الاجتماع”.")));
  }

  @Test
  void directQuoteFollowedByACueTakesTheSpeakerAfterIt() {
    assertEquals(
        List.of("DIRECT|قال|المتحدث|لن نقبل بأي حل مفروض علينا"),
        describe(process("«لن نقبل بأي حل مفروض علينا»، قال المتحدث.")));
  }

  @Test
  void scareQuotesAroundATermAreNotQuotes() {
    assertEquals(List.of(), describe(process("انطلقت عملية «الفجر الجديد» في المنطقة أمس.")));
    assertEquals(List.of(), describe(process("وتسعى الدول إلى “آليات عملية فعالة” لدعم الاقتصاد.")));
  }

  @Test
  void scareQuotesInsideAReportedClauseStayIndirect() {
    assertEquals(
        List.of("INDIRECT|أكد|الوزير|«الاتفاق النهائي» هو الحل"),
        describe(process("أكد الوزير أن «الاتفاق النهائي» هو الحل.")));
  }

  @Test
  void longQuoteWithoutCueIsADirectQuoteWithoutSpeaker() {
    assertEquals(
        List.of("DIRECT|||-|لن نتراجع عن مطالبنا مهما طال الزمن".replace("|||", "||")),
        describe(process("ورفع المحتجون لافتات كتب عليها «لن نتراجع عن مطالبنا مهما طال الزمن».")));
  }

  @Test
  void cueInsideQuotationMarksIsQuotedSpeech() {
    List<String> quotes = describe(process(
        "وقال المتحدث: «أكد الوزير أن الحل قريب جدا في رأينا»."));
    assertEquals(1, quotes.size());
    assertTrue(quotes.get(0).startsWith("DIRECT|وقال|المتحدث|"), quotes.get(0));
  }

  @Test
  void quotesOfRelatedLinksAndBoilerplateAreNotFound() {
    String text = TITLE + "\nقال الوزير إن الاتفاق قريب من التوقيع بعد مفاوضات طويلة.\n"
        + "اقرأ أيضا: قال الرئيس إن الحرب انتهت\nوتستمر المفاوضات في العاصمة وسط تفاؤل حذر.";
    Article a = Khabar.defaults().process(text);
    assertEquals(1, a.quotes().size());
    assertTrue(a.isBody(a.quotes().get(0).span()));
  }

  @Test
  void quotesAreSortedAndDisjoint() {
    Article a = process("قال الوزير إن الاتفاق قريب، بحسب الوكالة. «نحن هنا لنبقى في هذه الأرض»، قال المتحدث."
        + " وأضاف أن \"الوضع صعب جدا لكنه تحت السيطرة\".");
    List<Quote> q = a.quotes();
    for (int i = 1; i < q.size(); i++) {
      assertTrue(q.get(i - 1).span().end() <= q.get(i).span().start(), q.toString());
    }
    assertFalse(q.isEmpty());
  }

  @Test
  void reportingWordsGenerateInflectionsByRule() {
    QuoteWords reporting = QuoteWords.of(
        LanguageResources.bundled(), List.of("نعى ينعى ناعي", "شجب يشجب -"), List.of());
    for (String form : List.of("نعى", "نعت", "نعوا", "ينعى", "تنعى", "ينعون", "ناعيا", "شجبت",
        "يشجبون", "دعت", "يرون")) {
      assertEquals(true, reporting.kindOf(WordLists.normalize(form)).isPresent(), form);
    }
    assertEquals(Optional.empty(), QuoteWords.standard().kindOf(WordLists.normalize("نعت")));
    assertEquals(Optional.empty(), reporting.kindOf(WordLists.normalize("دعاء")));
  }

  @Test
  void straightQuoteMarksAreOrientedByTheirSpacing() {
    // the first pair lost its opening mark: its closing mark must not open a quote
    String s = "قال إنه كلام\" ثم جاء \"كلام آخر\" هنا";
    List<CharSpan> pairs = QuoteMarks.pairs(s, CharSpan.of(0, s.length()));
    assertEquals(List.of("\"كلام آخر\""),
        pairs.stream().map(p -> p.textOf(s)).collect(Collectors.toList()));
    String t = "بدأ \"نص بلا إغلاق ثم \"نص مغلق\" هنا";
    assertEquals(List.of("\"نص مغلق\""),
        QuoteMarks.pairs(t, CharSpan.of(0, t.length())).stream().map(p -> p.textOf(t))
            .collect(Collectors.toList()));
  }

  @Test
  void quoteMarksPairByStyleAndDropNestedPairs() {
    String s = "«أ “ب” ج» \"د\" ”هـ“ «غير مغلق";
    List<CharSpan> pairs = QuoteMarks.pairs(s, CharSpan.of(0, s.length()));
    assertEquals(List.of("«أ “ب” ج»", "\"د\"", "”هـ“"),
        pairs.stream().map(p -> p.textOf(s)).collect(Collectors.toList()));
  }
}
