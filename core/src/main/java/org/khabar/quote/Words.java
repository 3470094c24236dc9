package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.article.CharSpan;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.text.ArabicLetters;
import org.khabar.text.TextChars;

/**
 * The words of one block as the quote rules see them: each token trimmed of the punctuation
 * attached to it (not of its harakat), normalized, and with a leading conjunction {@code و}/{@code
 * ف} set apart, plus the punctuation in the gap after each word. Built in one linear pass;
 * immutable after construction.
 *
 * <p>The tokenizer may or may not split punctuation and analyse clitics: a whitespace tokenizer
 * gives {@code ستارمر،} as one token and {@code وأضاف} with no analysis, a full one gives {@code
 * ستارمر} and {@code ،} and marks the {@code و}. Both yield the same words here: punctuation is
 * trimmed from the ends of every token, and when the token carries no analysis the conjunction is
 * recognised by {@link #stripConjunction}. Words are compared in their matching form ({@link
 * Token#key()}, or the matching preset on a trimmed token), lower-cased, as the word lists are
 * written.
 */
final class Words {

  /** One word: its span, normalized form, and the form without an attached conjunction. */
  record Word(CharSpan span, String norm, String bare, boolean conjunction) {}

  final CharSequence text;
  final CharSpan region;
  final List<Word> words = new ArrayList<>();

  Words(CharSequence text, CharSpan region, List<Token> tokens) {
    this.text = text;
    this.region = region;
    for (Token token : tokens) {
      int start = token.span().start();
      int end = token.span().end();
      while (start < end && !TextChars.isWordChar(text.charAt(start))) {
        start++;
      }
      while (end > start && !TextChars.isWordChar(text.charAt(end - 1))) {
        end--;
      }
      if (end <= start) {
        continue;
      }
      CharSpan span = CharSpan.of(start, end);
      // A whole token has its matching key already: only the case is left to fold.
      String norm = start == token.span().start() && end == token.span().end()
          ? lowerCase(token.key())
          : WordLists.normalize(span.textOf(text));
      boolean analysed = token.clitics().hasProclitics();
      boolean conj = analysed
          && (token.clitics().proclitics().get(0) == Proclitic.WA
              || token.clitics().proclitics().get(0) == Proclitic.FA);
      String bare = norm;
      if (conj) {
        bare = norm.substring(1);
      }
      words.add(new Word(span, norm, bare, conj));
    }
  }

  /** {@code s} lower-cased; itself, without a scan by case tables, when it is Arabic. */
  private static String lowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 0x80 && (c < 0x0600 || c > 0x06FF)) {
        return s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }

  int size() {
    return words.size();
  }

  Word get(int i) {
    return words.get(i);
  }

  /**
   * {@code norm} without a leading {@code و} or {@code ف}, when what is left has at least two
   * letters; else {@code norm}. Callers only keep the stripped form when it is a known word.
   */
  static String stripConjunction(String norm) {
    if (norm.length() > 2
        && (norm.charAt(0) == ArabicLetters.WAW || norm.charAt(0) == ArabicLetters.FEH)) {
      return norm.substring(1);
    }
    return norm;
  }

  /** The chars between word {@code i} and the next word (or the region's end). */
  CharSpan gapAfter(int i) {
    int from = words.get(i).span().end();
    int to = i + 1 < words.size() ? words.get(i + 1).span().start() : region.end();
    return CharSpan.of(from, Math.max(from, to));
  }

  /** The chars between the previous word (or the region's start) and word {@code i}. */
  CharSpan gapBefore(int i) {
    int to = words.get(i).span().start();
    int from = i > 0 ? words.get(i - 1).span().end() : region.start();
    return CharSpan.of(Math.min(from, to), to);
  }

  /** Whether the gap holds any of {@code chars}. */
  boolean gapHas(CharSpan gap, String chars) {
    for (int k = gap.start(); k < gap.end(); k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The first word whose span starts at or after {@code offset}, or {@link #size()}. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
