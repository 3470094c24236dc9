package org.khabar.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.ULocale;
import org.khabar.number.PhraseTable;
import org.khabar.text.LanguageResources;

/**
 * The phrase table of the temporal tagger: the bundled {@code phrases.txt} plus month and weekday
 * names from ICU4J's CLDR data.
 *
 * <p>Gregorian month names ({@code month}, value 1–12) come from the wide format and standalone
 * names of the locales whose series differ: {@code ar} and {@code ar_SA} ({@code يناير}), the
 * Levant and Iraq ({@code كانون الثاني}), the Maghreb ({@code جانفي}, {@code يوليوز}, {@code
 * شتنبر}) and Mauritania; Hijri months ({@code hijri-month}, 1–12) from ICU's {@code islamic}
 * calendar for {@code ar}, with the case forms of the resource; Solar Hijri months ({@code
 * solar-hijri-month}, 1–12) from ICU's {@code persian} calendar for {@code fa} and {@code ar}
 * ({@code تیر}, {@code تار}); weekdays ({@code weekday}, ISO day 1 Monday – 7 Sunday) with the
 * article ({@code الخميس}) and without it ({@code weekday-bare}, for {@code كل خميس}). Built once;
 * immutable and thread-safe.
 */
final class TimeWords {

  static final String[] GREGORIAN_LOCALES = {
    "ar", "ar_SA", "ar_EG", "ar_IQ", "ar_SY", "ar_LB", "ar_JO", "ar_PS", "ar_TN", "ar_DZ", "ar_MA",
    "ar_MR"
  };

  /** The bundled time words. */
  static final PhraseTable PHRASES = of(LanguageResources.bundled());

  private TimeWords() {}

  /** The time words of {@code resources} ({@code time/phrases.txt}) and ICU's names. */
  static PhraseTable of(LanguageResources resources) {
    PhraseTable.Builder b = PhraseTable.builder()
        .addLines(resources.lines("time/phrases.txt"), "time/phrases.txt");
    int[] contexts = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};
    for (String locale : GREGORIAN_LOCALES) {
      DateFormatSymbols symbols = new DateFormatSymbols(new GregorianCalendar(), new ULocale(locale));
      for (int context : contexts) {
        String[] months = symbols.getMonths(context, DateFormatSymbols.WIDE);
        for (int m = 0; m < 12 && m < months.length; m++) {
          b.add("month", months[m], Integer.toString(m + 1));
        }
      }
    }
    DateFormatSymbols islamic = new DateFormatSymbols(new IslamicCalendar(), new ULocale("ar"));
    for (int context : contexts) {
      String[] months = islamic.getMonths(context, DateFormatSymbols.WIDE);
      for (int m = 0; m < 12 && m < months.length; m++) {
        b.add("hijri-month", months[m], Integer.toString(m + 1));
      }
    }
    for (String locale : new String[] {"fa", "ar"}) {
      DateFormatSymbols persian = new DateFormatSymbols(new PersianCalendar(), new ULocale(locale));
      for (int context : contexts) {
        String[] months = persian.getMonths(context, DateFormatSymbols.WIDE);
        for (int m = 0; m < 12 && m < months.length; m++) {
          b.add("solar-hijri-month", months[m], Integer.toString(m + 1));
        }
      }
    }
    DateFormatSymbols ar = new DateFormatSymbols(new GregorianCalendar(), new ULocale("ar"));
    for (int context : contexts) {
      String[] days = ar.getWeekdays(context, DateFormatSymbols.WIDE);
      // ICU counts from Sunday = 1; ISO from Monday = 1.
      for (int d = 1; d <= 7 && d < days.length; d++) {
        String iso = Integer.toString((d + 5) % 7 + 1);
        String name = days[d];
        b.add("weekday", name, iso);
        String bare = org.khabar.number.WordScan.normalize(name);
        if (bare.length() > 3 && bare.startsWith(TimexRun.DEFINITE)) {
          b.add("weekday-bare", bare.substring(2), iso);
        }
      }
    }
    return b.build();
  }

}
