package org.khabar.structure;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.article.CharSpan;

/**
 * The furniture a news page leaves in text copied from it: bylines, datelines, comment and tag
 * lines ({@code chrome-cues.txt}), breadcrumbs ({@code الرئيسية › أخبار › سياسة}), and lines that
 * are only a date and a time ({@code الأربعاء، 07 أكتوبر 2020 - 09:23 ص}). Stateless.
 */
final class WebChromeRules {

  /** The most words a furniture line may hold. */
  static final int MAX_WORDS = 12;

  /** The fewest separators a breadcrumb or a menu on one line holds. */
  static final int MIN_SEPARATORS = 2;

  /** The most words a breadcrumb or a menu on one line may hold. */
  static final int MAX_BREADCRUMB_WORDS = 12;

  /** The most words of a line of the menu at the top of a copied page. */
  static final int MAX_MENU_WORDS = 3;

  /** The fewest lines of a menu at the top of a copied page. */
  static final int MIN_MENU_LINES = 3;

  private static final String SEPARATORS = "›»>/|\u2022·";
  private static final Set<String> DATE_WORDS = dateWords();

  private WebChromeRules() {}

  /** Whether the short line opens with a byline, dateline, comment, tag or print cue. */
  static boolean isCueLine(StructureCues cues, List<String> words) {
    return words.size() <= MAX_WORDS && cues.chrome().matchAtStart(words) > 0;
  }

  /**
   * Whether the line is a breadcrumb or a menu written on one line: at least {@value
   * #MIN_SEPARATORS} separators ({@code › » > / |}) between short words, and no sentence end.
   */
  static boolean isBreadcrumb(CharSequence text, CharSpan line, List<String> words) {
    if (words.isEmpty() || words.size() > MAX_BREADCRUMB_WORDS
        || LineRules.endsLikeProse(text, line)) {
      return false;
    }
    int separators = 0;
    for (int i = line.start(); i < line.end(); i++) {
      if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        separators++;
      }
    }
    return separators >= MIN_SEPARATORS && separators * 3 >= words.size();
  }

  /**
   * Whether the line is only a date and maybe a time: a year or two numbers, and no word but
   * weekdays, months (CLDR, every Arabic series) and time words ({@code ص}, {@code مساء}, {@code
   * الساعة}, {@code gmt}).
   */
  static boolean isDateline(List<String> words) {
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return false;
    }
    int numbers = 0;
    boolean year = false;
    for (String w : words) {
      if (w.chars().allMatch(Character::isDigit)) {
        numbers++;
        year |= w.length() == 4;
      } else if (!DATE_WORDS.contains(w)) {
        return false;
      }
    }
    return year || numbers >= 2;
  }

  private static Set<String> dateWords() {
    Set<String> out = new HashSet<>(CuePhrases.words(
        "ص م صباحا مساء ظهرا الساعة بتوقيت غرينتش غرينيتش مكة القاهرة تونس gmt utc am pm"
            + " الموافق هـ م", Integer.MAX_VALUE));
    for (String locale : new String[] {"ar", "ar_EG", "ar_TN", "ar_MA", "ar_LB", "ar_IQ"}) {
      DateFormatSymbols symbols =
          new DateFormatSymbols(new GregorianCalendar(), new ULocale(locale));
      for (String[] names : List.of(symbols.getMonths(), symbols.getWeekdays())) {
        for (String name : names) {
          out.addAll(CuePhrases.words(name, Integer.MAX_VALUE));
        }
      }
    }
    return Set.copyOf(out);
  }
}
