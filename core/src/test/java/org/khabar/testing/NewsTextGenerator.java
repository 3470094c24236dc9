package org.khabar.testing;

import java.util.Random;
import org.khabar.article.CharSpan;

/**
 * Seeded generator of Arabic news-like text for property tests.
 *
 * <p>Mixes Arabic words with proclitics, harakat, tatweel, presentation forms and ligatures, digits
 * in three systems, Arabic and Latin punctuation, quotes and brackets, bidi and zero-width controls,
 * Latin words, URLs, line breaks, and (with {@link #hostile}) unpaired surrogates and control chars.
 * The same seed always yields the same text, so a failure is reproduced from its seed; use {@link
 * #escape} to print the input.
 */
public final class NewsTextGenerator {

  private static final String[] WORDS = {
    "الرئيس", "وزير", "الخارجية", "قال", "أكد", "أن", "في", "على", "إلى", "من", "عن", "مع",
    "الحكومة", "مدينة", "اجتماع", "الأمن", "القمة", "مصدر", "سياسي", "أوروبي", "الدول", "إنشاء",
    "قوة", "حفظ", "سلام", "السلام", "المفاوضات", "مسؤول", "رئيسة", "مستشفى", "هيئة", "جامعة",
    "آلاف", "إيران", "أوكرانيا", "مصطفى", "موسى", "مكتبة", "ذلك", "هذه", "التي", "الذي", "بين",
    "يوم", "الخميس", "المقبل", "شهر", "ديسمبر", "كانون", "سنوات", "مليار", "دولار", "بالمئة"
  };
  private static final String[] PROCLITICS = {"", "", "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل"};
  private static final String[] LATIN = {"NATO", "Paris", "e-mail", "COVID-19", "iPhone", "U.S."};
  private static final String[] SPECIAL = {
    "https://example.com/a/b?x=1", "info@example.org", "#أوكرانيا", "@khabar", "3.5", "٣٫٥",
    "11/12/2025", "1,000", "20%", "٢٠٪", "د.", "م.", "ق.م", "...", "..", "…"
  };
  private static final String PUNCT = ".,،؛;:!?؟…-–—()[]{}«»“”\"'/";
  private static final String HARAKAT = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670";
  private static final String CONTROLS = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF";
  private static final String SPACES = " \u00A0\u2002\u2009\u202F\u3000\t";
  private static final String FORMS = "\uFEFB\uFEF5\uFB8A\uFE8D\uFEE9\uFDFA\uFDF2\uFEB3\uFED3";
  private static final String DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";

  private NewsTextGenerator() {}

  /** Arabic news-like text of about {@code words} words, without hostile chars. */
  public static String news(Random random, int words) {
    return generate(random, words, false);
  }

  /** Like {@link #news}, salted with unpaired surrogates, NUL and other control chars. */
  public static String hostile(Random random, int words) {
    return generate(random, words, true);
  }

  private static String generate(Random r, int words, boolean hostile) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      int roll = r.nextInt(100);
      if (roll < 60) {
        sb.append(PROCLITICS[r.nextInt(PROCLITICS.length)]);
        String word = WORDS[r.nextInt(WORDS.length)];
        for (int i = 0; i < word.length(); i++) {
          sb.append(word.charAt(i));
          if (r.nextInt(12) == 0) sb.append(HARAKAT.charAt(r.nextInt(HARAKAT.length())));
          if (r.nextInt(40) == 0) sb.append('\u0640'); // ARABIC TATWEEL
        }
      } else if (roll < 66) {
        sb.append(LATIN[r.nextInt(LATIN.length)]);
      } else if (roll < 74) {
        sb.append(SPECIAL[r.nextInt(SPECIAL.length)]);
      } else if (roll < 80) {
        int len = 1 + r.nextInt(6);
        for (int i = 0; i < len; i++) sb.append(DIGITS.charAt(r.nextInt(DIGITS.length())));
      } else if (roll < 88) {
        sb.append(PUNCT.charAt(r.nextInt(PUNCT.length())));
      } else if (roll < 91) {
        sb.append(FORMS.charAt(r.nextInt(FORMS.length())));
      } else if (roll < 94) {
        sb.append(CONTROLS.charAt(r.nextInt(CONTROLS.length())));
      } else if (roll < 97) {
        sb.append(r.nextBoolean() ? "\n" : r.nextBoolean() ? "\n\n" : "\r\n");
      } else if (hostile) {
        sb.append(hostileChar(r));
      } else {
        sb.append("- ");
      }
      int gap = r.nextInt(10);
      if (gap < 7) sb.append(' ');
      else if (gap < 8) sb.append(SPACES.charAt(r.nextInt(SPACES.length())));
    }
    return sb.toString();
  }

  private static char hostileChar(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return (char) (0xD800 + r.nextInt(0x400)); // lone high surrogate
      case 1:
        return (char) (0xDC00 + r.nextInt(0x400)); // lone low surrogate
      case 2:
        return '\u0000';
      case 3:
        return (char) r.nextInt(0x20);
      default:
        return (char) r.nextInt(0x10000);
    }
  }

  /**
   * The text of run {@code seed} of a property test: hostile on odd seeds, news on even ones; up
   * to 400 words on every tenth seed, else up to 40.
   */
  public static String forRun(int seed, Random random) {
    int words = random.nextInt(seed % 10 == 0 ? 400 : 40);
    return seed % 2 == 1 ? hostile(random, words) : news(random, words);
  }

  /** A random region of {@code text}: a span between two random offsets, possibly empty. */
  public static CharSpan region(Random random, CharSequence text) {
    int a = random.nextInt(text.length() + 1);
    int b = random.nextInt(text.length() + 1);
    return CharSpan.of(Math.min(a, b), Math.max(a, b));
  }

  /** The text with every char outside printable ASCII written as a Java escape. */
  public static String escape(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() * 6);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\') sb.append(c);
      else sb.append(String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }
}
