package org.khabar.time;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.LAM;
import static org.khabar.text.ArabicLetters.MEEM;
import static org.khabar.text.ArabicLetters.NOON;

import java.time.LocalDate;
import java.util.Optional;
import org.khabar.number.PhraseTable;
import org.khabar.number.NumberParser;
import org.khabar.number.WordScan;

/**
 * One call of the tagger: the words of the region, the publication date and the tense cues, with
 * the word lookups every rule makes.
 */
final class TimexRun {

  /** The article {@code ال}; a compile-time constant, so reading it initializes nothing. */
  static final String DEFINITE = "" + ALEF + LAM;

  /** The preposition {@code من}. */
  static final String FROM = new String(new char[] {MEEM, NOON});

  final WordScan s;
  /** The publication date, or null when unknown. */
  final LocalDate published;
  final TenseCues tense;
  /** The time words ({@code time/phrases.txt} and ICU's month and weekday names). */
  final PhraseTable phrases;
  /** The number words' parser. */
  final NumberParser numbers;

  TimexRun(WordScan s, LocalDate published, TenseCues tense, PhraseTable phrases,
      NumberParser numbers) {
    this.s = s;
    this.published = published;
    this.tense = tense;
    this.phrases = phrases;
    this.numbers = numbers;
  }

  /** The entry of {@code category} at word {@code i}, a proclitic allowed. */
  Optional<PhraseTable.Match> first(int i, String category) {
    return phrases.atWithProclitic(s, i, category);
  }

  /** The entry of {@code category} at word {@code i} on the same line, without proclitic. */
  Optional<PhraseTable.Match> next(int i, String category) {
    if (s.lineBreakBefore(i)) {
      return Optional.empty();
    }
    return phrases.at(s, i, category);
  }

  /** Whether a Hijri mark (هـ) stands at word {@code k} on the same line. */
  boolean isHijriMark(int k) {
    return !s.lineBreakBefore(k) && phrases.at(s, k, "hijri").isPresent();
  }

  /** Whether a month preposition stands before word {@code i} on the same line. */
  boolean isMonthPrep(int i) {
    return i > 0 && !s.lineBreakBefore(i) && phrases.at(s, i - 1, "month-prep").isPresent();
  }

  /** Whether a time unit stands at word {@code k} on the same line. */
  boolean isDurationUnit(int k) {
    return !s.lineBreakBefore(k) && phrases.at(s, k, "unit").isPresent();
  }

  /** The number of an entry. */
  static int intValue(PhraseTable.Match m) {
    return m.entry().intValue();
  }

  /** The value of a 1–2 digit token at {@code i} standing alone, or -1. */
  static int smallNumber(WordScan s, int i, int max) {
    if (!s.isDigits(i) || s.text(i).length() > 2) {
      return -1;
    }
    int v = Integer.parseInt(s.text(i));
    return v <= max ? v : -1;
  }

  /** The value of a standalone 3–4 digit year token at {@code i}, or -1. */
  static int yearNumber(WordScan s, int i, int minLength) {
    if (!s.isDigits(i) || s.text(i).length() < minLength || s.text(i).length() > 4) {
      return -1;
    }
    if (NumberParser.continuesFromLeft(s, i) || NumberParser.isJoined(s, i)) {
      return -1;
    }
    return Integer.parseInt(s.text(i));
  }
}
