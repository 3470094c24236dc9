package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;

/** One test per refinement rule of the {@link Structurer}: lists, related links, boilerplate. */
class StructureRulesTest {

  private final Structurer structurer = new Structurer();

  private static final String PARA1 = "قال الوزير إن الاجتماع سيعقد في المدينة يوم الخميس المقبل.";
  private static final String PARA2 = "وأضاف أن الدول المشاركة ستبحث الضمانات الأمنية خلال القمة.";
  private static final String TITLE = "عنوان الخبر الرئيسي";

  private List<BlockKind> kinds(String text) {
    return structurer.structure(text).stream().map(b -> b.kind()).collect(Collectors.toList());
  }

  private static CharSpan all(String s) {
    return CharSpan.of(0, s.length());
  }

  // --- colon lists

  @Test
  void shortLinesAfterAColonAreListItems() {
    String text = TITLE + "\n" + PARA1 + "\nوتشمل الخطة:\nبناء مدارس جديدة في الريف.\n"
        + "تحسين الطرق بين المدن.\nدعم المزارعين الصغار.\n" + PARA2;
    assertEquals(
        List.of(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
            BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH),
        kinds(text));
  }

  @Test
  void colonListStopsAtALineThatEndsDifferently() {
    String text = PARA1 + "\nوتشمل الخطة:\nبناء مدارس جديدة في الريف.\n"
        + "تحسين الطرق بين المدن.\nموقف المعارضة\n" + PARA2;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
            BlockKind.LIST_ITEM, BlockKind.SUBHEADING, BlockKind.PARAGRAPH),
        kinds(text));
  }

  @Test
  void colonListNeedsAtLeastTwoItems() {
    String text = PARA1 + "\nوتشمل الخطة:\nبناء مدارس جديدة في الريف.\n" + PARA2 + " " + PARA1;
    assertEquals(BlockKind.PARAGRAPH, kinds(text).get(2));
  }

  @Test
  void longLinesAfterAColonAreNotListItems() {
    String text = PARA1 + "\nوتشمل الخطة:\n" + PARA1 + " " + PARA2 + "\n" + PARA2 + " " + PARA1;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        kinds(text));
  }

  // --- related links

  @Test
  void readAlsoCueAloneAndTheTitleAfterItAreRelatedLinks() {
    String text = PARA1 + "\nاقرأ أيضًا:\nالحكومة تعلن خطة جديدة للنقل العام في العاصمة\n"
        + "موقف المعارضة\n" + PARA2;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.RELATED_LINK, BlockKind.RELATED_LINK,
            BlockKind.SUBHEADING, BlockKind.PARAGRAPH),
        kinds(text));
  }

  @Test
  void readAlsoCueMatchesAnyHamzaAndHarakaSpelling() {
    // "إقرأ أيضاً" with hamza below and fathatan; "اقرا ايضا" bare
    for (String cue : List.of("إقرأ أيضاً", "اقرا ايضا", "اقرأ أيضا", "اقـرأ أيضًا :")) {
      String text = PARA1 + "\n" + cue + "\nالحكومة تعلن خطة جديدة للنقل\n" + PARA2;
      assertEquals(BlockKind.RELATED_LINK, kinds(text).get(1), cue);
      assertEquals(BlockKind.RELATED_LINK, kinds(text).get(2), cue);
    }
  }

  @Test
  void readAlsoCueWithTheTitleOnTheSameLineIsOneRelatedLink() {
    String text = PARA1 + "\nاقرأ أيضا: الحكومة تعلن خطة جديدة للنقل\n" + PARA2;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.RELATED_LINK, BlockKind.PARAGRAPH), kinds(text));
  }

  @Test
  void bulletedTitlesAfterAReadAlsoCueAreRelatedLinks() {
    String text = PARA1 + "\nمواضيع ذات صلة\n- الحكومة تعلن خطة جديدة للنقل\n"
        + "- المعارضة ترفض الخطة وتدعو إلى الحوار\n" + PARA2;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.RELATED_LINK, BlockKind.RELATED_LINK,
            BlockKind.RELATED_LINK, BlockKind.PARAGRAPH),
        kinds(text));
  }

  @Test
  void proseAfterAReadAlsoCueIsNotATitle() {
    String text = PARA1 + "\nاقرأ أيضا\n" + PARA2;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.RELATED_LINK, BlockKind.PARAGRAPH), kinds(text));
  }

  @Test
  void longProseStartingWithTheCueWordsIsNotARelatedLink() {
    String text = TITLE + "\nاقرأ أيضا " + "كلمة ".repeat(40) + "نهاية.";
    assertEquals(BlockKind.PARAGRAPH, kinds(text).get(1));
  }

  @Test
  void bulletedHeadlinesBetweenParagraphsAreRelatedLinks() {
    String text = PARA1 + "\n- الحكومة تعلن خطة جديدة.. تفاصيل النقل العام\n"
        + "- قمة المدينة.. اختبار حقيقي للتحالف الجديد\n" + PARA2;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.RELATED_LINK, BlockKind.RELATED_LINK,
            BlockKind.PARAGRAPH),
        kinds(text));
  }

  @Test
  void shortBulletsBetweenParagraphsStayListItems() {
    String text = PARA1 + "\n- البند الأول\n- البند الثاني\n" + PARA2;
    assertEquals(BlockKind.LIST_ITEM, kinds(text).get(1));
  }

  @Test
  void bulletedHeadlinesAfterAColonStayListItems() {
    String text = PARA1 + "\nوأبرز النقاط:\n- الحكومة تعلن خطة جديدة للنقل العام\n"
        + "- المعارضة ترفض الخطة وتدعو إلى الحوار\n" + PARA2;
    assertEquals(BlockKind.LIST_ITEM, kinds(text).get(2));
    assertEquals(BlockKind.LIST_ITEM, kinds(text).get(3));
  }

  @Test
  void bulletedSentencesBetweenParagraphsStayListItems() {
    String text = PARA1 + "\n- الحكومة تعلن خطة جديدة للنقل العام.\n"
        + "- المعارضة ترفض الخطة وتدعو إلى الحوار.\n" + PARA2;
    assertEquals(BlockKind.LIST_ITEM, kinds(text).get(1));
  }

  // --- boilerplate

  @Test
  void trackingBlobIsBase64LikeByCharacterStatistics() {
    assertTrue(TrackingBlobs.isBlob("aGVsbG8gd29ybGQ=", all("aGVsbG8gd29ybGQ=")));
    assertTrue(TrackingBlobs.isBlob("dGhpcyBpcyBhIHRyYWNraW5nIHN0cmluZw", all("dGhpcyBpcyBhIHRyYWNraW5nIHN0cmluZw")));
    assertFalse(TrackingBlobs.isBlob("Internationalization", all("Internationalization")));
    assertFalse(TrackingBlobs.isBlob("2025-09-04T10:00", all("2025-09-04T10:00")));
    assertFalse(TrackingBlobs.isBlob("https://example.com/a=", all("https://example.com/a=")));
    assertFalse(TrackingBlobs.isBlob("abc=", all("abc=")));
  }

  @Test
  void lineWithATrackingBlobAndASiteNameIsOneBoilerplateBlock() {
    String text = TITLE + "\n" + PARA1 + "\nZm9vYmFyLXRyYWNrZXIxMjM= موقع الأخبار اليومية";
    assertEquals(
        List.of(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.BOILERPLATE), kinds(text));
  }

  @Test
  void proseWithABlobInsideIsNotBoilerplate() {
    String text = PARA1 + " الرمز Zm9vYmFyLXRyYWNrZXIxMjM= " + PARA2;
    assertEquals(List.of(BlockKind.PARAGRAPH), kinds(text));
  }

  @Test
  void copyrightLineIsBoilerplate() {
    String text = TITLE + "\n" + PARA1 + "\n© 2025 شركة الأخبار المتحدة للنشر.\n";
    assertEquals(BlockKind.BOILERPLATE, kinds(text).get(2));
  }

  @Test
  void allRightsReservedLineIsBoilerplateInAnySpelling() {
    for (String line : List.of("جميع الحقوق محفوظة لموقع الأخبار 2025.", "جميع الحقوق محفوظه",
        "All rights reserved.")) {
      String text = TITLE + "\n" + PARA1 + "\n" + line + "\n" + PARA2;
      assertEquals(BlockKind.BOILERPLATE, kinds(text).get(2), line);
    }
  }

  @Test
  void proseMentioningRightsIsNotBoilerplate() {
    String text = TITLE + "\nوقال المحامي إن جميع الحقوق محفوظة للمؤلف بموجب القانون الجديد الذي"
        + " أقره البرلمان في جلسته الأخيرة بعد نقاش طويل استمر ساعات بين النواب والحكومة.\n" + PARA2;
    assertEquals(BlockKind.PARAGRAPH, kinds(text).get(1));
  }

  @Test
  void shareAndFollowLinesAreBoilerplate() {
    for (String line : List.of("تابعونا على فيسبوك وتويتر", "شارك الخبر", "فيسبوك تويتر واتساب",
        "Follow us")) {
      String text = TITLE + "\n" + PARA1 + "\n" + line + "\n" + PARA2;
      assertEquals(BlockKind.BOILERPLATE, kinds(text).get(2), line);
    }
  }

  @Test
  void proseOpeningWithAShareVerbIsNotBoilerplate() {
    String text = TITLE + "\nشارك الآلاف من المواطنين في المسيرة التي نظمت وسط العاصمة اليوم"
        + " احتجاجا على غلاء الأسعار.\n" + PARA2;
    assertEquals(BlockKind.PARAGRAPH, kinds(text).get(1));
  }

  @Test
  void shortLinesAfterTheLastParagraphAreTrailingBoilerplate() {
    String text = TITLE + "\n" + PARA1 + "\n" + PARA2 + "\nموقع الأخبار\nالمصدر وكالات\n\n";
    assertEquals(
        List.of(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
            BlockKind.BOILERPLATE, BlockKind.BOILERPLATE),
        kinds(text));
  }

  @Test
  void shortLastLineAfterAHeadlineOnlyIsNotTrailingBoilerplate() {
    assertEquals(List.of(BlockKind.HEADLINE, BlockKind.PARAGRAPH), kinds(TITLE + "\nموقع الأخبار"));
  }

  @Test
  void shortLastLineEndingLikeProseIsNotTrailingBoilerplate() {
    String text = TITLE + "\n" + PARA1 + "\nانتهى الاجتماع.";
    assertEquals(BlockKind.PARAGRAPH, kinds(text).get(2));
  }

  @Test
  void cuePhrasesMatchWordsAfterNormalization() {
    CuePhrases cues = CuePhrases.of(List.of("اقرأ أيضا", "ذات صلة"));
    assertEquals(2, cues.matchAtStart(CuePhrases.words("إقرأ أيضاً: عنوان", 10)));
    assertEquals(0, cues.matchAtStart(CuePhrases.words("عنوان اقرأ أيضا", 10)));
    assertTrue(cues.occursIn(CuePhrases.words("أخبار ذات صلة", 10)));
  }
}
