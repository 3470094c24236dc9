package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression;

/**
 * Relative expressions against publication dates at the edges of what {@link LocalDate} holds:
 * what cannot be computed stays unresolved (with {@code X} placeholders), and nothing throws.
 */
class ExtremePublicationDatesTest {

  private static final TemporalTagger TAGGER = new TemporalTagger();

  /** Sentences of every relative rule family, written for this test. */
  private static final List<String> SENTENCES = List.of(
      "وصل الوفد أمس.",
      "سيغادر الوفد غدا.",
      "يعود الوفد بعد غد ويغادر أول أمس.",
      "قال الوزير اليوم الخميس إن المحادثات ستستمر.",
      "أعلن الوزير الخميس أن القمة ستعقد الخميس المقبل.",
      "كان الوزير قد التقى نظيره الخميس الماضي ويوم الأحد.",
      "تراجعت الأسعار الأسبوع الماضي وسترتفع الأسبوع المقبل في الأسبوع الجاري.",
      "ارتفع التضخم الشهر الماضي وسينخفض الشهر المقبل.",
      "نما الاقتصاد العام الماضي وهذا العام وسيتباطأ العام المقبل.",
      "انعقدت القمة في أغسطس الماضي وستنعقد في أغسطس المقبل.",
      "سيبدأ المهرجان في 15 أغسطس ويستمر حتى منتصف سبتمبر.",
      "ستنعقد الدورة في 4 سبتمبر من العام المقبل.",
      "تنطلق الحملة في رمضان المقبل وفي 15 رمضان.",
      "وقع الحادث مساء أمس وصباح الغد.",
      "يصل الوزير الساعة العاشرة صباح الخميس.",
      "ستنتهي الأشغال بعد ثلاث سنوات وقبل 3 أيام ومنذ عامين.",
      "في شهر ديسمبر من كل عام يعقد المؤتمر يوميا.");

  private static final List<LocalDate> EXTREMES = List.of(
      LocalDate.MIN,
      LocalDate.MIN.plusDays(1),
      LocalDate.MIN.plusDays(10),
      LocalDate.MIN.plusMonths(2),
      LocalDate.MAX,
      LocalDate.MAX.minusDays(1),
      LocalDate.MAX.minusDays(10),
      LocalDate.MAX.minusMonths(2),
      LocalDate.of(0, 1, 1),
      LocalDate.of(-1, 12, 31),
      LocalDate.of(1, 1, 1),
      LocalDate.of(9999, 12, 31),
      LocalDate.of(10000, 1, 1));

  private static List<TimeExpression> tag(String text, LocalDate published) {
    return TAGGER.extract(text, CharSpan.of(0, text.length()), Optional.of(published));
  }

  @Test
  void nothingThrowsAtTheEdgesOfTheCalendar() {
    for (LocalDate published : EXTREMES) {
      for (String sentence : SENTENCES) {
        List<TimeExpression> found = tag(sentence, published);
        assertFalse(found.isEmpty(), sentence + " published " + published);
      }
    }
  }

  @Test
  void tomorrowAfterTheLastDayStaysUnresolved() {
    List<TimeExpression> found = tag("سيغادر الوفد غدا.", LocalDate.MAX);
    assertEquals(1, found.size());
    assertEquals("XXXX-XX-XX", found.get(0).value());
  }

  @Test
  void yesterdayBeforeTheFirstDayStaysUnresolved() {
    List<TimeExpression> found = tag("وصل الوفد أمس.", LocalDate.MIN);
    assertEquals(1, found.size());
    assertEquals("XXXX-XX-XX", found.get(0).value());
  }

  @Test
  void whatCanBeComputedNearTheEdgeStillIs() {
    List<TimeExpression> found = tag("وصل الوفد أمس.", LocalDate.MAX);
    assertEquals(1, found.size());
    assertTrue(found.get(0).value().endsWith("-12-30"), found.get(0).value());
  }

  @Test
  void aWeekdayPastTheLastDayStaysUnresolved() {
    // LocalDate.MAX is a Friday: the next Thursday does not exist.
    List<TimeExpression> found = tag("ستعقد القمة الخميس المقبل.", LocalDate.MAX);
    assertEquals(1, found.size());
    assertEquals("XXXX-WXX-4", found.get(0).value());
  }
}
