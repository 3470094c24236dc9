package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.time.TimexAssertions.TAGGER;
import static org.khabar.time.TimexAssertions.assertValue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression.Type;

/**
 * The rule families for what news writes beyond calendar dates: vague references, decades, ordinal
 * days, seasons and Maghrebi day-part words. Every sentence here is invented for the test.
 */
class NewsUsageRulesTest {

  /** A Tuesday in spring. */
  private static final Optional<LocalDate> APRIL = Optional.of(LocalDate.of(2024, 4, 16));

  @Test
  void vagueReferencesTakeTimeMlsValues() {
    String text = "تعمل الشركة حاليا على مشروع جديد أطلقته مؤخرا، وستعلن نتائجه قريبا.";
    assertValue(text, APRIL, "حاليا", Type.DATE, "PRESENT_REF", "");
    assertValue(text, APRIL, "مؤخرا", Type.DATE, "PAST_REF", "");
    assertValue(text, APRIL, "قريبا", Type.DATE, "FUTURE_REF", "");
    String phrases = "ارتفعت الأسعار في الفترة الأخيرة وستنخفض في الفترة المقبلة.";
    assertValue(phrases, APRIL, "الفترة الأخيرة", Type.DATE, "PAST_REF", "");
    assertValue(phrases, APRIL, "الفترة المقبلة", Type.DATE, "FUTURE_REF", "");
  }

  @Test
  void decadesAreTheirCenturysYearsAndTakeAMod() {
    String text = "عرفت المدينة نموا كبيرا في الثمانينيات ثم تراجعا في أواخر التسعينات.";
    assertValue(text, APRIL, "الثمانينيات", Type.DATE, "198", "");
    assertValue(text, APRIL, "أواخر التسعينات", Type.DATE, "199", "END");
  }

  @Test
  void anOrdinalDayWordBeforeAMonthGivesTheDay() {
    String text = "انطلقت الدورة في الثامن من ديسمبر وتنتهي في الحادي والعشرين من ديسمبر.";
    Optional<LocalDate> published = Optional.of(LocalDate.of(2023, 12, 20));
    assertValue(text, published, "الثامن من ديسمبر", Type.DATE, "2023-12-08", "");
    assertValue(text, published, "الحادي والعشرين من ديسمبر", Type.DATE, "2023-12-21", "");
    // Not a day of the month: the ordinal of a round, with no month after it.
    String round = "فاز الفريق في الدور الثامن من البطولة.";
    assertTrue(TAGGER.extract(round, CharSpan.of(0, round.length()), published).isEmpty());
  }

  @Test
  void seasonsResolveAgainstThePublication() {
    String text = "تضاعف عدد الزوار الخريف الماضي وينتظر أن يرتفع الصيف المقبل.";
    assertValue(text, APRIL, "الخريف الماضي", Type.DATE, "2023-FA", "");
    assertValue(text, APRIL, "الصيف المقبل", Type.DATE, "2024-SU", "");
    String maghrebi = "تستعد البلدية لاستقبال المصطافين هذه الصائفة.";
    assertValue(maghrebi, Optional.of(LocalDate.of(2024, 7, 2)), "هذه الصائفة", Type.DATE,
        "2024-SU", "");
    // A winter takes the year it starts in: in January, last winter began two Decembers ago.
    String winter = "كانت الأمطار غزيرة الشتاء الماضي.";
    assertValue(winter, Optional.of(LocalDate.of(2024, 1, 10)), "الشتاء الماضي", Type.DATE,
        "2022-WI", "");
    assertValue(winter, Optional.empty(), "الشتاء الماضي", Type.DATE, "XXXX-WI", "");
    String alone = "يحب الناس الصيف والبحر.";
    assertTrue(TAGGER.extract(alone, CharSpan.of(0, alone.length()), APRIL).isEmpty(),
        "a season alone is a general statement");
  }

  @Test
  void aCountBeforeOrAfterIsADateCountedFromThePublication() {
    String text =
        "وقع الحادث قبل 3 أيام، وتصدر النتائج بعد أسبوعين، وكان المشروع قد بدأ قبل عامين.";
    assertValue(text, APRIL, "قبل 3 أيام", Type.DATE, "2024-04-13", "");
    assertValue(text, APRIL, "بعد أسبوعين", Type.DATE, "2024-W18", "");
    assertValue(text, APRIL, "قبل عامين", Type.DATE, "2022", "");
    assertValue(text, Optional.empty(), "قبل 3 أيام", Type.DATE, "XXXX-XX-XX", "");
    // How long something has lasted, and a count from an event rather than the publication.
    assertValue("يواصل العمال اعتصامهم منذ 3 أيام.", APRIL, "3 أيام", Type.DURATION, "P3D", "");
    assertValue("زار المدرسة قبل يوم واحد من العودة.", APRIL, "يوم واحد", Type.DURATION, "P1D",
        "");
    // A plural unit with no count after the preposition: a duration of its own words.
    assertValue("انتهت المفاوضات بعد ساعات من بدايتها.", APRIL, "ساعات", Type.DURATION, "PTXH", "");
    assertValue("عاد الوفد قبل أسابيع.", APRIL, "أسابيع", Type.DURATION, "PXW", "");
  }

  @Test
  void everySoManyUnitsIsASetAndADefiniteDualADuration() {
    assertValue("تجتمع اللجنة كل ثلاثة أشهر.", APRIL, "كل ثلاثة أشهر", Type.SET, "P3M", "");
    assertValue("تزدحم الشواطئ ككل سنة في الصيف.", APRIL, "ككل سنة", Type.SET, "P1Y", "");
    assertValue("سيتضاعف الإنتاج خلال العامين المقبلين.", APRIL, "العامين", Type.DURATION, "P2Y",
        "");
  }

  @Test
  void weekdaysAfterAWeeklySetContinueIt() {
    String text = "تسير الحافلة أيام الأحد والأربعاء والجمعة، وقطار آخر كل اثنين وخميس.";
    assertValue(text, APRIL, "أيام الأحد", Type.SET, "XXXX-WXX-7", "");
    assertValue(text, APRIL, "الأربعاء", Type.SET, "XXXX-WXX-3", "");
    assertValue(text, APRIL, "الجمعة", Type.SET, "XXXX-WXX-5", "");
    assertValue(text, APRIL, "كل اثنين", Type.SET, "XXXX-WXX-1", "");
    assertValue(text, APRIL, "خميس", Type.SET, "XXXX-WXX-4", "");
  }

  @Test
  void stretchesDualsInConstructAndTonight() {
    assertValue("تحسنت الأحوال الجوية خلال الأيام الماضية.", APRIL, "الأيام الماضية", Type.DURATION,
        "PXD", "");
    assertValue("شارك الجميع في يومي الإضراب.", APRIL, "يومي", Type.DURATION, "P2D", "");
    assertValue("تصدر نشرة يومي عن الوضع.", APRIL, "يومي", Type.SET, "P1D", "");
    assertValue("فاز الفريق الليلة على منافسه.", APRIL, "الليلة", Type.TIME, "2024-04-16TNI", "");
    assertValue("سقطت أمطار غزيرة الليلة الماضية.", APRIL, "الليلة الماضية", Type.TIME,
        "2024-04-15TNI", "");
  }

  @Test
  void aDateWrittenInFullStaysADateAndItsClockTimeTakesItsDay() {
    String text = "الأحد 21 أبريل 2024 الساعة 16:00 ملعب المدينة.";
    assertValue(text, APRIL, "الأحد 21 أبريل 2024", Type.DATE, "2024-04-21", "");
    assertValue(text, APRIL, "الساعة 16:00", Type.TIME, "2024-04-21T16:00", "");
  }

  @Test
  void theNthPeriodRunningIsHowLongSoFar() {
    // لل fuses the preposition with the article, whose alef it drops: the span keeps the word.
    assertValue("يواصل الأطباء إضرابهم لليوم الثامن على التوالي.", APRIL,
        "لليوم الثامن على التوالي", Type.DURATION, "P8D", "");
    assertValue("ارتفع المؤشر في الأسبوع الثالث على التوالي.", APRIL, "الأسبوع الثالث على التوالي",
        Type.DURATION, "P3W", "");
  }

  @Test
  void theSameDayIsADayNamedElsewhere() {
    assertValue("وصل الوزير صباحا وغادر في نفس اليوم.", APRIL, "نفس اليوم", Type.DATE,
        "XXXX-XX-XX", "");
  }

  @Test
  void aClockTimeRightAfterADateTakesItsDay() {
    String text = "يفتح باب التسجيل يوم 3 مايو 2024 بداية من الثامنة صباحا ويغلق يوم 10 مايو 2024"
        + " على الساعة الصفر.";
    assertValue(text, APRIL, "الثامنة صباحا", Type.TIME, "2024-05-03T08:00", "");
    assertValue(text, APRIL, "الساعة الصفر", Type.TIME, "2024-05-10T00:00", "");
    // Further away, or after a comma, a clock time keeps its unknown day: a schedule's times.
    String far = "تنطلق الرحلات من 15 يونيو 2024 من المطار الدولي للمدينة على السادسة صباحا.";
    assertValue(far, APRIL, "السادسة صباحا", Type.TIME, "XXXX-XX-XXT06:00", "");
    String comma = "يوم 3 مايو 2024، الساعة العاشرة صباحا.";
    assertValue(comma, APRIL, "الساعة العاشرة صباحا", Type.TIME, "XXXX-XX-XXT10:00", "");
  }

  @Test
  void maghrebiDayPartsAndThePastWeek() {
    assertValue("يعقد المجلس اجتماعه عشية اليوم الثلاثاء.", APRIL, "عشية اليوم الثلاثاء", Type.TIME,
        "2024-04-16TAF", "");
    assertValue("تنطلق المقابلة على الساعة الرابعة زوالا.", APRIL, "الساعة الرابعة زوالا",
        Type.TIME, "XXXX-XX-XXT16:00", "");
    assertValue("تراجعت المبيعات خلال الأسبوع المنقضي.", APRIL, "الأسبوع المنقضي", Type.DATE,
        "2024-W15", "");
    assertValue("تنشر الوزارة نشرة يومية عن الوضع.", APRIL, "يومية", Type.SET, "P1D", "");
  }
}
