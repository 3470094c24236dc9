package org.khabar.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.khabar.text.ArabicNormalizer;

/**
 * Lines of a page's article container that are page furniture though the markup does not say so:
 * a short line that is only a date and time (a dateline), opens with a byline word ({@code كتب},
 * {@code بقلم}, {@code المصدر}), opens a breadcrumb ({@code الرئيسية}), or holds a phrase of
 * {@code chrome-phrases.txt} (share, print, comment, listen buttons). Stateless.
 */
final class ChromeLines {

  /** The most words a furniture line holds. */
  static final int MAX_WORDS = 12;

  /** Lines longer than this, in chars before whitespace is folded, are not read. */
  static final int MAX_CHARS = 400;

  private static final ArabicNormalizer MATCHING = ArabicNormalizer.matching();
  private static final List<String> PHRASES = load("chrome-phrases.txt");
  private static final List<String> OPENERS = List.of("كتب", "كتبت", "بقلم", "المصدر", "الرئيسيه",
      "تاريخ النشر", "التاريخ", "اخر تحديث", "نشر في");
  private static final Pattern DATE_ONLY = Pattern.compile(
      "^[\\p{L}\\s،,:/\\-|.]*[0-9٠-٩]{1,4}[\\s/\\-.،,]*(\\p{L}+[\\s/\\-.،,]*)?[0-9٠-٩]{1,4}"
          + "[\\s/\\-.،,]*[0-9٠-٩]{2,4}[\\p{L}0-9٠-٩\\s:،,.\\-|]*$");

  private ChromeLines() {}

  /** Whether {@code line} is a title's length: {@value #MAX_WORDS} words, 120 chars, no stop. */
  static boolean isShort(CharSequence line) {
    if (line.length() > MAX_CHARS) {
      return false;
    }
    String folded = PageText.fold(line);
    return !folded.isEmpty() && folded.length() <= 120 && folded.split(" ").length <= MAX_WORDS
        && ".!?؟:،,".indexOf(folded.charAt(folded.length() - 1)) < 0;
  }

  /** Whether {@code line} is page furniture. */
  static boolean isChrome(CharSequence line) {
    if (line.length() > MAX_CHARS) {
      return false; // a paragraph: not read further
    }
    String folded = PageText.fold(line);
    int words = folded.isEmpty() ? 0 : folded.split(" ").length;
    if (words == 0 || words > MAX_WORDS) {
      return false;
    }
    String key = MATCHING.normalizeToString(folded).toLowerCase(Locale.ROOT);
    for (String opener : OPENERS) {
      if (key.startsWith(MATCHING.normalizeToString(opener))) {
        return true;
      }
    }
    for (String phrase : PHRASES) {
      if (key.contains(phrase)) {
        return true;
      }
    }
    return words <= 8 && DATE_ONLY.matcher(folded).matches();
  }

  private static List<String> load(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = ChromeLines.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(MATCHING.normalizeToString(t).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
