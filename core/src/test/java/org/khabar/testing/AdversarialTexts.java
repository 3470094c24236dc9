package org.khabar.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Hostile texts of any length, by kind, generated in code: what a feed of broken, scraped or
 * malicious input can hold. The robustness tests run the pipeline over each kind, the memory test
 * under a small heap, and the benchmarks module's memory report measures what each costs per char.
 * Every text of a kind is the same for the same length.
 */
public final class AdversarialTexts {

  private AdversarialTexts() {}

  /** Every kind, by name, in a fixed order: each gives a text of exactly the length asked. */
  public static Map<String, IntFunction<String>> kinds() {
    Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
    kinds.put("news-words-no-punctuation", n -> repeat("كلمة والرئيس بالمدينة للوزير ", n));
    kinds.put("one-word", n -> repeat("بالكلمات", n));
    kinds.put("repeated-short-word", n -> repeat("كتب ", n));
    kinds.put("hashes", n -> repeat("#", n));
    kinds.put("one-symbol-each", n -> repeat("*", n));
    kinds.put("straight-quotes", n -> repeat("\"", n));
    kinds.put("guillemets", n -> repeat("«»", n));
    kinds.put("opening-brackets", n -> repeat("(", n));
    kinds.put("nested-brackets", n -> repeat("(", n / 2) + repeat(")", n - n / 2));
    kinds.put("unbalanced-quotes-and-brackets", n -> repeat("«(“[ كلمة. ", n));
    kinds.put("punctuation-mix", n -> repeat(".،؛:!?", n));
    kinds.put("ligature-sallallahou", n -> repeat("\uFDFA", n)); // 18 letters each
    kinds.put("ligature-bismillah", n -> repeat("\uFDFD", n));
    kinds.put("ligature-lam-alef", n -> repeat("\uFEFB", n));
    kinds.put("presentation-forms", n -> repeat("ﺑﺎﺭﻳﺲ ", n));
    kinds.put("tatweel", n -> repeat("\u0640", n));
    kinds.put("harakat", n -> repeat("\u064E\u0651\u0650\u064B", n));
    kinds.put("digits", n -> repeat("1234567890", n));
    kinds.put("arabic-digits", n -> repeat("٣٫٥ ٢٠٪ ", n));
    kinds.put("long-digit-runs-with-scale", n -> repeat("9".repeat(60) + " مليار ", n));
    kinds.put("latin", n -> repeat("The minister said talks in Paris were useful. ", n));
    kinds.put("mixed-scripts", n -> repeat("قال NATO إن 北京 و Москва 😀 اتفقت على ٣٫٥ مليار $.\n", n));
    kinds.put("bidi-marks", n -> repeat("\u200F\u200E\u202B\u202C\u2067\u2069\u061C", n));
    kinds.put("bidi-marks-between-words", n -> repeat("\u200Fكلمة\u200Eword ", n));
    kinds.put("newlines", n -> repeat("\n", n));
    kinds.put("short-lines", n -> repeat("سطر\n", n));
    kinds.put("bullets", n -> repeat("- بند\n", n));
    kinds.put("crlf-paragraphs", n -> repeat("عنوان\r\n\r\nفقرة أولى. جملة ثانية!\r\n", n));
    kinds.put("spaces", n -> repeat(" ", n));
    kinds.put("no-break-spaces", n -> repeat("كلمة\u00A0", n));
    kinds.put("emoji", n -> repeat("\uD83D\uDE00", n));
    kinds.put("unpaired-surrogates", n -> repeat("\uD800a\uDC00 ", n));
    kinds.put("controls", n -> controls(n));
    kinds.put("random-chars", n -> random(n));
    kinds.put("urls", n -> repeat("https://example.com/a/b?c=d&e=f ", n));
    kinds.put("hashtags-and-mentions", n -> repeat("#وسم @حساب ", n));
    kinds.put("number-words", n -> repeat("ثلاثة وعشرون ألفا ", n));
    kinds.put("dates", n -> repeat("يوم الخميس 12 ديسمبر 2024 ", n));
    kinds.put("names", n -> repeat("إيمانويل ماكرون ", n));
    kinds.put("reporting-cues", n -> repeat("قال إن ", n));
    kinds.put("related-links", n -> repeat("اقرأ أيضا: عنوان آخر\n", n));
    kinds.put("hostile-generated", n -> hostile(n));
    return kinds;
  }

  /** {@code unit} repeated to exactly {@code length} chars (a surrogate pair may be cut last). */
  public static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(unit, 0, Math.min(unit.length(), length - sb.length()));
    }
    return sb.toString();
  }

  private static String controls(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; sb.length() < length; i++) {
      sb.append((char) (i % 0x20)); // every C0 control, NUL first
      if (i % 3 == 0) {
        sb.append((char) (0x7F + i % 0x21)); // DEL and the C1 controls
      }
      if (i % 10 == 0) {
        sb.append("نص");
      }
    }
    sb.setLength(length);
    return sb.toString();
  }

  private static String random(int length) {
    Random r = new Random(length);
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) r.nextInt(0x10000);
    }
    return new String(chars);
  }

  private static String hostile(int length) {
    Random r = new Random(20261122L);
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(NewsTextGenerator.hostile(r, 2_000));
    }
    sb.setLength(length);
    return sb.toString();
  }
}
