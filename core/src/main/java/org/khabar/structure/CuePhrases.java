package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.text.ArabicNormalizer;

/**
 * A list of cue phrases, each kept as its sequence of normalized words, that a line's words can
 * start with or contain. Immutable and thread-safe.
 *
 * <p>Phrases and lines are compared word by word after the {@link ArabicNormalizer#matching()}
 * fold and lower-casing in {@link Locale#ROOT}, so {@code إقرأ أيضاً} matches the cue {@code اقرأ
 * أيضا}, and spacing or punctuation between words does not matter. A word is a maximal run of
 * letters and digits.
 */
final class CuePhrases {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.matching();

  private final List<List<String>> phrases;
  private final int longest;

  private CuePhrases(List<List<String>> phrases) {
    this.phrases = List.copyOf(phrases);
    this.longest = phrases.stream().mapToInt(List::size).max().orElse(0);
  }

  /** The cue phrases given. */
  static CuePhrases of(List<String> phrases) {
    List<List<String>> parsed = new ArrayList<>();
    for (String p : phrases) {
      List<String> words = words(p, Integer.MAX_VALUE);
      if (!words.isEmpty()) {
        parsed.add(words);
      }
    }
    return new CuePhrases(parsed);
  }

  /** The most words any phrase holds. */
  int longestPhrase() {
    return longest;
  }

  /** The number of words of the longest phrase that {@code words} starts with, or 0. */
  int matchAtStart(List<String> words) {
    int best = 0;
    for (List<String> p : phrases) {
      if (p.size() > best && startsAt(words, 0, p)) {
        best = p.size();
      }
    }
    return best;
  }

  /** Whether some phrase occurs anywhere in {@code words}. */
  boolean occursIn(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      for (List<String> p : phrases) {
        if (startsAt(words, i, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether every word of {@code words} is a one-word phrase of these cue phrases. */
  boolean containsAll(List<String> words) {
    for (String w : words) {
      if (!phrases.contains(List.of(w))) {
        return false;
      }
    }
    return !words.isEmpty();
  }

  private static boolean startsAt(List<String> words, int at, List<String> phrase) {
    if (at + phrase.size() > words.size()) {
      return false;
    }
    for (int j = 0; j < phrase.size(); j++) {
      if (!words.get(at + j).equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first {@code max} normalized, lower-cased words of {@code s}. Linear in the chars read:
   * normalization stops being applied once enough words are found.
   */
  static List<String> words(CharSequence s, int max) {
    String norm = NORMALIZER.normalizeToString(s).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = norm.length();
    while (i < n && out.size() < max) {
      while (i < n && !Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(norm.substring(start, i));
      }
    }
    return out;
  }
}
