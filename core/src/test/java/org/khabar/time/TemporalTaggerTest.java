package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.time.TimexAssertions.TAGGER;
import static org.khabar.time.TimexAssertions.assertValue;
import static org.khabar.time.TimexAssertions.tag;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression.Type;
import org.khabar.article.TimeExpression;

class TemporalTaggerTest {

  /** A Wednesday. */
  private static final Optional<LocalDate> WEDNESDAY = Optional.of(LocalDate.of(2025, 9, 3));

  @Test
  void resolvesNextThursdayAgainstPublicationDate() {
    String text = "أعلنت الرئاسة أن القمة ستعقد الخميس المقبل في العاصمة.";
    assertValue(text, WEDNESDAY, "الخميس المقبل", Type.DATE, "2025-09-04", "");
    assertValue(text, Optional.of(LocalDate.of(2025, 9, 4)), "الخميس المقبل", Type.DATE,
        "2025-09-11", "");
  }

  @Test
  void resolvesLastWeekdayAgainstPublicationDate() {
    String text = "وكان الوزير قد التقى نظيره الخميس الماضي في جنيف.";
    assertValue(text, WEDNESDAY, "الخميس الماضي", Type.DATE, "2025-08-28", "");
    assertValue("الإثنين القادم موعد التصويت.", WEDNESDAY, "الإثنين القادم", Type.DATE,
        "2025-09-08", "");
  }

  @Test
  void keepsRelativeDateUnresolvedWithoutPublicationDate() {
    String text = "قال المتحدث أمس إن الوفد سيصل يوم الخميس المقبل ويغادر الأسبوع المقبل.";
    assertValue(text, Optional.empty(), "أمس", Type.DATE, "XXXX-XX-XX", "");
    assertValue(text, Optional.empty(), "يوم الخميس المقبل", Type.DATE, "XXXX-WXX-4", "");
    assertValue(text, Optional.empty(), "الأسبوع المقبل", Type.DATE, "XXXX-WXX", "");
    assertValue("ارتفعت الصادرات العام الماضي.", Optional.empty(), "العام الماضي", Type.DATE,
        "XXXX", "");
    assertValue("وصل الوفد في 11 ديسمبر.", Optional.empty(), "11 ديسمبر", Type.DATE,
        "XXXX-12-11", "");
  }

  @Test
  void takesTenseFromTheNearestCue() {
    // The future verb is nearer the weekday than the past one.
    assertValue("أعلن المتحدث أن الوزير سيزور العاصمة الثلاثاء.", WEDNESDAY, "الثلاثاء",
        Type.DATE, "2025-09-09", "");
    // A sentence end cuts the context: the past verb of the first sentence does not count.
    assertValue("قال المتحدث ذلك. جلسة البرلمان الجمعة.", WEDNESDAY, "الجمعة", Type.DATE,
        "2025-09-05", "");
  }

  @Test
  void aTenseCueReachesTwelveWordsAndNoLineBreakAndATieIsThePast() {
    String twelve = "أعلن" + " اللجنة".repeat(11) + " الجمعة.";
    assertValue(twelve, WEDNESDAY, "الجمعة", Type.DATE, "2025-08-29", "");
    String thirteen = "أعلن" + " اللجنة".repeat(12) + " الجمعة.";
    assertValue(thirteen, WEDNESDAY, "الجمعة", Type.DATE, "2025-09-05", "");
    assertValue("قال المتحدث ذلك\nجلسة البرلمان الجمعة.", WEDNESDAY, "الجمعة", Type.DATE,
        "2025-09-05", "");
    assertValue("أعلن الجمعة سيزور.", WEDNESDAY, "الجمعة", Type.DATE, "2025-08-29", "");
    assertValue("سيزور الجمعة وأعلن.", WEDNESDAY, "الجمعة", Type.DATE, "2025-08-29", "");
    assertValue("قال ذلك. سيزور الوزير العاصمة الجمعة.", WEDNESDAY, "الجمعة", Type.DATE,
        "2025-09-05", "");
  }

  @Test
  void readsWeekdayAfterYawm() {
    assertValue("عقد المجلس جلسته يوم الخميس في مقره.", WEDNESDAY, "يوم الخميس", Type.DATE,
        "2025-08-28", "");
  }

  @Test
  void readsBothSpellingsOfMonday() {
    assertValue("اجتمع الطرفان الإثنين.", WEDNESDAY, "الإثنين", Type.DATE, "2025-09-01", "");
    assertValue("اجتمع الطرفان الاثنين.", WEDNESDAY, "الاثنين", Type.DATE, "2025-09-01", "");
  }

  @Test
  void resolvesBareWeekdayToPastInPastContext() {
    assertValue("عقد الوزيران اجتماعا مطولا الثلاثاء في القاهرة.", WEDNESDAY, "الثلاثاء",
        Type.DATE, "2025-09-02", "");
    // Published on the day itself, a past verb means that very day.
    assertValue("أعلن الرئيس الأربعاء عن خطة جديدة.", WEDNESDAY, "الأربعاء", Type.DATE,
        "2025-09-03", "");
  }

  @Test
  void resolvesBareWeekdayToFutureInFutureContext() {
    assertValue("سيترأسان الاجتماع الثلاثاء في الرياض.", WEDNESDAY, "الثلاثاء", Type.DATE,
        "2025-09-09", "");
    assertValue("ومن المنتظر أن تستضيف العاصمة القمة غدا ثم الأحد.", WEDNESDAY, "الأحد",
        Type.DATE, "2025-09-07", "");
  }

  @Test
  void resolvesBareWeekdayToNearestWithoutTense() {
    assertValue("جلسة البرلمان الجمعة.", WEDNESDAY, "الجمعة", Type.DATE, "2025-09-05", "");
    assertValue("جلسة البرلمان الأحد.", WEDNESDAY, "الأحد", Type.DATE, "2025-08-31", "");
  }

  @Test
  void readsRelativeDays() {
    String text = "قال المسؤول اليوم إن وفدا وصل أمس وآخر يصل غداً وثالثا بعد غد، بعد هدوء أول أمس.";
    assertValue(text, WEDNESDAY, "اليوم", Type.DATE, "2025-09-03", "");
    assertValue(text, WEDNESDAY, "أمس", Type.DATE, "2025-09-02", "");
    assertValue(text, WEDNESDAY, "غداً", Type.DATE, "2025-09-04", "");
    assertValue(text, WEDNESDAY, "بعد غد", Type.DATE, "2025-09-05", "");
    assertValue(text, WEDNESDAY, "أول أمس", Type.DATE, "2025-09-01", "");
    assertValue("وقع الانفجار امس.", WEDNESDAY, "امس", Type.DATE, "2025-09-02", "");
  }

  @Test
  void readsTodayBeforeWeekdayAsToday() {
    assertValue("تنطلق اليوم الأربعاء أعمال المؤتمر.", WEDNESDAY, "اليوم الأربعاء", Type.DATE,
        "2025-09-03", "");
  }

  @Test
  void doesNotReadDefiniteDayAsToday() {
    String text = "احتفل العالم باليوم العالمي للمرأة في اليوم الأول من الشهر.";
    assertTrue(tag(text, WEDNESDAY).isEmpty(), () -> tag(text, WEDNESDAY).toString());
  }

  @Test
  void readsRelativeWeekMonthAndYear() {
    String text = "تراجعت الأسعار الأسبوع الماضي وستنخفض الشهر المقبل بعد ارتفاعها العام الجاري.";
    assertValue(text, WEDNESDAY, "الأسبوع الماضي", Type.DATE, "2025-W35", "");
    assertValue(text, WEDNESDAY, "الشهر المقبل", Type.DATE, "2025-10", "");
    assertValue(text, WEDNESDAY, "العام الجاري", Type.DATE, "2025", "");
    assertValue("نما الاقتصاد في السنة الماضية.", WEDNESDAY, "السنة الماضية", Type.DATE, "2024",
        "");
  }

  @Test
  void readsStartMidAndEndMods() {
    String text = "بدأت المفاوضات في منتصف أغسطس وتعثرت أواخر الشهر الماضي، "
        + "ويتوقع استئنافها مطلع العام المقبل أو أوائل كانون الثاني.";
    assertValue(text, WEDNESDAY, "منتصف أغسطس", Type.DATE, "2025-08", "MID");
    assertValue(text, WEDNESDAY, "أواخر الشهر الماضي", Type.DATE, "2025-08", "END");
    assertValue(text, WEDNESDAY, "مطلع العام المقبل", Type.DATE, "2026", "START");
    assertValue(text, WEDNESDAY, "أوائل كانون الثاني", Type.DATE, "2026-01", "START");
    assertValue("تنتهي الأشغال نهاية عام 2026.", WEDNESDAY, "نهاية عام 2026", Type.DATE, "2026",
        "END");
  }

  @Test
  void readsLevantineMonthNames() {
    assertValue("جرت الانتخابات في 15 تشرين الأول 2024.", WEDNESDAY, "15 تشرين الأول 2024",
        Type.DATE, "2024-10-15", "");
    assertValue("صدر القرار في كانون الثاني 2025.", WEDNESDAY, "كانون الثاني 2025", Type.DATE,
        "2025-01", "");
    assertValue("وقع الاتفاق في أيار الماضي.", WEDNESDAY, "أيار الماضي", Type.DATE, "2025-05", "");
  }

  @Test
  void readsEveryCldrMonthName() {
    for (String locale : TimeWords.GREGORIAN_LOCALES) {
      String[] months = new com.ibm.icu.text.DateFormatSymbols(
              new com.ibm.icu.util.GregorianCalendar(), new com.ibm.icu.util.ULocale(locale))
          .getMonths(com.ibm.icu.text.DateFormatSymbols.STANDALONE,
              com.ibm.icu.text.DateFormatSymbols.WIDE);
      for (int m = 0; m < 12; m++) {
        String text = "وقع الحادث في 7 " + months[m] + " 2024.";
        assertValue(text, WEDNESDAY, "7 " + months[m] + " 2024", Type.DATE,
            String.format(java.util.Locale.ROOT, "2024-%02d-07", m + 1), "");
      }
    }
  }

  /** ICU's wide month names of {@code calendar} in {@code locale}. */
  private static String[] icuMonths(com.ibm.icu.util.Calendar calendar, String locale) {
    return new com.ibm.icu.text.DateFormatSymbols(calendar, new com.ibm.icu.util.ULocale(locale))
        .getMonths(com.ibm.icu.text.DateFormatSymbols.FORMAT,
            com.ibm.icu.text.DateFormatSymbols.WIDE);
  }

  @Test
  void readsEveryIcuHijriMonthName() {
    String[] months = icuMonths(new com.ibm.icu.util.IslamicCalendar(), "ar");
    for (int m = 0; m < 12; m++) {
      String text = "ولد في 7 " + months[m] + " 1440 هـ.";
      assertValue(text, WEDNESDAY, "7 " + months[m] + " 1440 هـ", Type.DATE,
          LocalDate.from(HijrahDate.of(1440, m + 1, 7)).toString(), "");
    }
  }

  @Test
  void readsSolarHijriDatesInPersianAndArabicLetters() {
    // 1 Farvardin 1399 was 20 March 2020; Tir is its fourth month, after three of 31 days.
    String expected = LocalDate.of(2020, 3, 20).plusDays(31 * 3 + 1).toString();
    assertValue("نشر الخبر في 2 تير 1399 ظهرا.", WEDNESDAY, "2 تير 1399", Type.DATE, expected,
        "");
    assertValue("دوشنبه ۲ تیر ۱۳۹۹", WEDNESDAY, "۲ تیر ۱۳۹۹", Type.DATE, expected, "");
    assertValue("في الثاني من تير 1399", WEDNESDAY, "الثاني من تير 1399", Type.DATE, expected,
        "");
  }

  @Test
  void readsEveryIcuSolarHijriMonthName() {
    String[] months = icuMonths(new com.ibm.icu.util.PersianCalendar(), "fa");
    LocalDate nowruz = LocalDate.of(2024, 3, 20); // 1 Farvardin 1403
    for (int m = 0; m < 12; m++) {
      int before = m < 6 ? 31 * m : 31 * 6 + 30 * (m - 6);
      assertValue("في 1 " + months[m] + " 1403", WEDNESDAY, "1 " + months[m] + " 1403",
          Type.DATE, nowruz.plusDays(before).toString(), "");
    }
  }

  @Test
  void solarHijriMonthNamesThatAreWordsNeedADayAndAYear() {
    // مهر (a dowry) and دي alone, a month with no day, a day the month lacks, a year out of range.
    for (String text : new String[] {"دفع المهر كاملا.", "في مهر 1399 وقع الاتفاق",
        "وصل في 31 مهر 1399", "بلغ العدد 5 دي 2020"}) {
      assertEquals(List.of(), TAGGER.extract(text, CharSpan.of(0, text.length()), WEDNESDAY)
          .stream().filter(t -> t.value().startsWith("20") && t.value().length() == 10)
          .toList(), text);
    }
  }

  @Test
  void readsMaghrebiMonthNames() {
    assertValue("تنطلق الدورة في جانفي 2026.", WEDNESDAY, "جانفي 2026", Type.DATE, "2026-01", "");
    assertValue("انعقد المؤتمر يوم 3 شتنبر 2025.", WEDNESDAY, "يوم 3 شتنبر 2025", Type.DATE,
        "2025-09-03", "");
    assertValue("صدر التقرير في يوليوز 2025.", WEDNESDAY, "يوليوز 2025", Type.DATE, "2025-07", "");
  }

  @Test
  void readsDualMonthName() {
    assertValue("وقعت الحادثة في 4 أغسطس/آب 2025.", WEDNESDAY, "4 أغسطس/آب 2025", Type.DATE,
        "2025-08-04", "");
    assertValue("وقعت الحادثة في 4 آب/أغسطس 2025.", WEDNESDAY, "4 آب/أغسطس 2025", Type.DATE,
        "2025-08-04", "");
    assertValue("وقعت الحادثة في أغسطس (آب) 2025.", WEDNESDAY, "أغسطس (آب) 2025", Type.DATE,
        "2025-08", "");
  }

  @Test
  void readsDayMonthYearInArabicIndicDigits() {
    assertValue("افتتح المعرض في ٤ سبتمبر ٢٠٢٥ بحضور الوزير.", WEDNESDAY, "٤ سبتمبر ٢٠٢٥",
        Type.DATE, "2025-09-04", "");
  }

  @Test
  void resolvesDayMonthWithoutYearByTense() {
    assertValue("وصل الوفد في 11 ديسمبر.", WEDNESDAY, "11 ديسمبر", Type.DATE, "2024-12-11", "");
    assertValue("سيصل الوفد في 11 ديسمبر.", WEDNESDAY, "11 ديسمبر", Type.DATE, "2025-12-11", "");
  }

  @Test
  void readsNumericDatesDayFirst() {
    String text = "صدر البيان بتاريخ 11/12/2025 ونشر في 2025-09-04.";
    assertValue(text, WEDNESDAY, "11/12/2025", Type.DATE, "2025-12-11", "");
    assertValue(text, WEDNESDAY, "2025-09-04", Type.DATE, "2025-09-04", "");
    assertTrue(tag("النتيجة 31/02/2025 خاطئة", WEDNESDAY).isEmpty());
  }

  @Test
  void readsYears() {
    String text = "تأسست الشركة عام 1998 وتوسعت سنة 2010 ثم في 2020 وأفلست 2023م.";
    assertValue(text, WEDNESDAY, "عام 1998", Type.DATE, "1998", "");
    assertValue(text, WEDNESDAY, "سنة 2010", Type.DATE, "2010", "");
    assertValue(text, WEDNESDAY, "2020", Type.DATE, "2020", "");
    assertValue(text, WEDNESDAY, "2023م", Type.DATE, "2023", "");
  }

  @Test
  void leavesAmbiguousMonthNameWithoutContextAlone() {
    String text = "مارس الوزير ضغوطا على الشركة، وعاد رجب من السفر.";
    assertTrue(tag(text, WEDNESDAY).isEmpty(), () -> tag(text, WEDNESDAY).toString());
    assertValue("تبدأ الانتخابات في مارس.", WEDNESDAY, "مارس", Type.DATE, "2025-03", "");
  }

  @Test
  void readsDurations() {
    String text = "قضى ثلاث سنوات في السجن و3 سنوات في المنفى، ثم أربع سنوات أخرى، "
        + "وبقي لعدة أيام وساعتين وأسبوعين ولمدة عام و15 دقيقة.";
    assertValue(text, WEDNESDAY, "ثلاث سنوات", Type.DURATION, "P3Y", "");
    assertValue(text, WEDNESDAY, "3 سنوات", Type.DURATION, "P3Y", "");
    assertValue(text, WEDNESDAY, "أربع سنوات", Type.DURATION, "P4Y", "");
    assertValue(text, WEDNESDAY, "عدة أيام", Type.DURATION, "PXD", "");
    assertValue(text, WEDNESDAY, "ساعتين", Type.DURATION, "PT2H", "");
    assertValue(text, WEDNESDAY, "أسبوعين", Type.DURATION, "P2W", "");
    assertValue(text, WEDNESDAY, "عام", Type.DURATION, "P1Y", "");
    assertValue(text, WEDNESDAY, "15 دقيقة", Type.DURATION, "PT15M", "");
    assertValue("استمرت الأزمة لمدة سنوات.", WEDNESDAY, "سنوات", Type.DURATION, "PXY", "");
  }

  @Test
  void readsNoSetFromEveryBeforeAPlural() {
    String text = "تفتح المكتبة كل أيام الأسبوع.";
    assertTrue(tag(text, WEDNESDAY).isEmpty(), () -> tag(text, WEDNESDAY).toString());
  }

  @Test
  void readsClockTimes() {
    String text = "يبدأ التصويت الساعة 8 صباحا ويغلق العاشرة مساء، والنتائج الساعة 23:30.";
    assertValue(text, WEDNESDAY, "الساعة 8 صباحا", Type.TIME, "XXXX-XX-XXT08:00", "");
    assertValue(text, WEDNESDAY, "العاشرة مساء", Type.TIME, "XXXX-XX-XXT22:00", "");
    assertValue(text, WEDNESDAY, "الساعة 23:30", Type.TIME, "XXXX-XX-XXT23:30", "");
    assertValue("يصل الساعة الثانية ظهرا.", WEDNESDAY, "الساعة الثانية ظهرا", Type.TIME,
        "XXXX-XX-XXT14:00", "");
  }

  @Test
  void anchorsClockTimeToTheDayAfterIt() {
    assertValue("ستبدأ الجلسة الساعة العاشرة من صباح الخميس.", WEDNESDAY,
        "الساعة العاشرة من صباح الخميس", Type.TIME, "2025-09-04T10:00", "");
  }

  @Test
  void attachesClockTimeToTheDayBeforeIt() {
    assertValue("تنطلق الجلسة يوم الخميس الساعة 9:30 صباحا.", WEDNESDAY,
        "يوم الخميس الساعة 9:30 صباحا", Type.TIME, "2025-09-04T09:30", "");
    assertValue("تنطلق الجلسة يوم الخميس الساعة 9:30 صباحا.", Optional.empty(),
        "يوم الخميس الساعة 9:30 صباحا", Type.TIME, "XXXX-WXX-4T09:30", "");
  }

  @Test
  void readsPartOfDayWithDay() {
    assertValue("وصل الوفد صباح الخميس الماضي.", WEDNESDAY, "صباح الخميس الماضي", Type.TIME,
        "2025-08-28TMO", "");
    assertValue("غادر الوفد مساء أمس.", WEDNESDAY, "مساء أمس", Type.TIME, "2025-09-02TEV", "");
    assertValue("غادر الوفد الأحد مساء.", WEDNESDAY, "الأحد مساء", Type.TIME, "2025-08-31TEV", "");
  }

  @Test
  void readsHijriYear() {
    String expected = Integer.toString(
        LocalDate.from(HijrahDate.of(1446, 7, 1)).getYear());
    assertValue("صدر الكتاب عام 1446 هـ.", WEDNESDAY, "عام 1446 هـ", Type.DATE, expected, "");
    assertValue("صدر الكتاب في 1446هـ.", WEDNESDAY, "1446هـ", Type.DATE, expected, "");
  }

  @Test
  void readsHijriDate() {
    String expected = LocalDate.from(HijrahDate.of(1446, 9, 15)).toString();
    assertValue("وصل الحجاج في 15 رمضان 1446 هـ.", WEDNESDAY, "15 رمضان 1446 هـ", Type.DATE,
        expected, "");
    assertValue("ولد في 3 ذي الحجة 1445 هجرية.", WEDNESDAY, "3 ذي الحجة 1445 هجرية", Type.DATE,
        LocalDate.from(HijrahDate.of(1445, 12, 3)).toString(), "");
  }

  @Test
  void readsHijriMonthWithGregorianYear() {
    LocalDate mid = LocalDate.from(HijrahDate.of(1446, 9, 15));
    assertValue("ارتفعت الأسعار في رمضان 2025.", Optional.empty(), "رمضان 2025", Type.DATE,
        String.format(java.util.Locale.ROOT, "%04d-%02d", mid.getYear(), mid.getMonthValue()), "");
  }

  @Test
  void resolvesBareRamadanAgainstPublicationDate() {
    // Published in Rabi al-Awwal 1447: the last Ramadan in a past context is that of 1446.
    LocalDate mid = LocalDate.from(HijrahDate.of(1446, 9, 15));
    String expected = String.format(java.util.Locale.ROOT, "%04d-%02d", mid.getYear(), mid.getMonthValue());
    assertValue("شهدت الأسواق ارتفاعا في رمضان.", WEDNESDAY, "رمضان", Type.DATE, expected, "");
    assertValue("ارتفعت الأسعار في رمضان.", Optional.empty(), "رمضان", Type.DATE, "XXXX-XX", "");
  }

  @Test
  void readsSets() {
    String text = "تعقد اللجنة اجتماعا كل يوم، وتنشر تقريرا يوميا وآخر أسبوعيا وثالثا سنويا، "
        + "وتزور المدارس كل خميس.";
    assertValue(text, WEDNESDAY, "كل يوم", Type.SET, "P1D", "");
    assertValue(text, WEDNESDAY, "يوميا", Type.SET, "P1D", "");
    assertValue(text, WEDNESDAY, "أسبوعيا", Type.SET, "P1W", "");
    assertValue(text, WEDNESDAY, "سنويا", Type.SET, "P1Y", "");
    assertValue(text, WEDNESDAY, "كل خميس", Type.SET, "XXXX-WXX-4", "");
    assertValue("يجتمع المجلس كل يوم اثنين.", WEDNESDAY, "كل يوم اثنين", Type.SET, "XXXX-WXX-1",
        "");
  }

  @Test
  void leavesGluedConjunctionOutOfSpan() {
    assertValue("وصل الوفد وأمس غادر.", WEDNESDAY, "أمس", Type.DATE, "2025-09-02", "");
  }

  @Test
  void spanKeepsHarakatAndTatweelInsideAndLeavesRtlMarksOutside() {
    // U+200F RLM around; U+064E fatha on the yeh-waw-meem, U+0640 tatweel inside الخميس.
    String inside = "يوم\u064E الخمـ\u0640ـيس المقبل";
    String text = "سيصل الوفد \u200F" + inside + "\u200F إلى العاصمة.";
    assertValue(text, WEDNESDAY, inside, Type.DATE, "2025-09-04", "");
  }

  @Test
  void weekdayWithExplicitDateIsOneExpression() {
    String text = "انطلقت القمة الخميس، 4 سبتمبر 2025 في الدوحة.";
    List<TimeExpression> all = tag(text, WEDNESDAY);
    assertEquals(1, all.size(), all::toString);
    assertValue(text, WEDNESDAY, "الخميس، 4 سبتمبر 2025", Type.DATE, "2025-09-04", "");
    assertValue("تعقد الجلسة يوم الأحد الموافق 7 سبتمبر.", Optional.empty(),
        "يوم الأحد الموافق 7 سبتمبر", Type.DATE, "XXXX-09-07", "");
  }

  @Test
  void reportsOffsetsOfTheWholeTextForARegion() {
    String first = "وصل الوفد أمس. ";
    String text = first + "ويغادر غدا.";
    List<TimeExpression> all =
        TAGGER.extract(text, CharSpan.of(first.length(), text.length()), WEDNESDAY);
    assertEquals(1, all.size(), all::toString);
    assertEquals("غدا", all.get(0).span().textOf(text));
  }

  @Test
  void rejectsRegionOutsideTheText() {
    assertThrows(IndexOutOfBoundsException.class,
        () -> TAGGER.extract("أمس", CharSpan.of(0, 10), WEDNESDAY));
    assertThrows(NullPointerException.class,
        () -> TAGGER.extract("أمس", CharSpan.of(0, 3), null));
  }

  @Test
  void resolvesMonthWithoutTenseCueToNearestOccurrence() {
    Optional<LocalDate> earlyJanuary = Optional.of(LocalDate.of(2026, 1, 5));
    String text = "تهدف القمة، عقب الاجتماع الأخير للتحالف في 11 ديسمبر، إلى استكمال المساهمات.";
    assertValue(text, earlyJanuary, "11 ديسمبر", Type.DATE, "2025-12-11", "");
    Optional<LocalDate> lateDecember = Optional.of(LocalDate.of(2025, 12, 28));
    assertValue("وتهدف الخطة إلى تنظيم مؤتمر في فبراير للمانحين.", lateDecember, "فبراير",
        Type.DATE, "2026-02", "");
  }

  @Test
  void keepsDayMonthOfRelativeYearUnresolvedWithoutPublicationDate() {
    String text = "وقعت الاتفاقية في 29 فبراير من العام الماضي بعد مفاوضات طويلة.";
    TimeExpression e = tag(text, Optional.empty()).get(0);
    assertEquals(Type.DATE, e.type());
    assertTrue(e.value().startsWith("XXXX-02-29"), e.value());
  }
}
