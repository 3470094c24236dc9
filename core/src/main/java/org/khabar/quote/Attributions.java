package org.khabar.quote;

import java.util.Optional;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Mention;
import org.khabar.text.ArabicLetters;

/**
 * The attribution rule of a block ({@code بحسب}, {@code وفقا لـ}, {@code نقلا عن} ...; {@link
 * QuoteFinder} describes it): the source follows the word; the quote is the clause after the
 * source when the word opens the sentence, else the longer side of the sentence around it.
 * Stateless; it records its matches on the block's {@link BlockQuotes}.
 */
final class Attributions {

  /** How many words before a trailing attribution its quote may start. */
  private static final int ATTRIBUTION_BACK = 80;
  private static final Set<String> AFTER_ATTRIBUTION = Set.of("عن", "ل", "الي");
  /** A source that is the speaker's own words ({@code حسب قولها}, {@code وفق تعبيره}). */
  private static final Set<String> SPEECH_WITH_PRONOUN = Set.of("قوله", "قولها", "قولهم",
      "تعبيره", "تعبيرها", "تصريحه", "تصريحها", "رايه", "رايها", "روايته", "روايتها");

  private Attributions() {}

  /** Matches the attribution word {@code i} of block {@code b}. */
  static void match(BlockQuotes b, int i) {
    int j = i + 1;
    if (j < b.words.size() && AFTER_ATTRIBUTION.contains(b.words.get(j).bare())) {
      j++;
    }
    if (j + 2 < b.words.size() && b.words.get(j).bare().equals("ما")) {
      j += 2; // بحسب ما قاله X, وفق ما ذكرته X
    }
    if (j >= b.words.size() || QuoteText.isSentenceEnd(b.text, b.words.gapAfter(i))) {
      return;
    }
    int end = j;
    while (end < b.words.size()
        && end - j < SpeakerRules.MAX_WORDS
        && !b.reporting.isComplementizer(b.words.get(end).norm())) {
      end++;
      CharSpan gap = b.words.gapAfter(end - 1);
      if (b.words.gapHas(gap, SpeakerRules.COMMAS) || QuoteText.isSentenceEnd(b.text, gap)) {
        break;
      }
    }
    Optional<Mention> speaker =
        SpeakerRules.speaker(b.reporting, b.words, j, end, b.entities, b.lastSpeaker);
    if (speaker.isPresent()) {
      speaker = Optional.of(withoutLam(b.text, speaker.get(), b.words.get(i).bare()));
    }
    if (end == j + 1 && SPEECH_WITH_PRONOUN.contains(b.words.get(j).bare())) {
      Optional<Mention> subject = CueSpeakers.sentenceSubject(b, i); // حسب قولها: the one speaking
      if (subject.isPresent()) {
        speaker = Optional.of(new Mention(speaker.get().span(), speaker.get().text(),
            subject.get().canonical()));
      }
    }
    boolean sourceEndsSentence =
        end >= b.words.size() || QuoteText.isSentenceEnd(b.text, b.words.gapAfter(end - 1));
    boolean leading = i == 0 || QuoteText.isSentenceEnd(b.text, b.words.gapAfter(i - 1));
    if (leading && !sourceEndsSentence) {
      int start = end;
      if (start < b.words.size()
          && b.reporting.isComplementizer(b.words.get(start).norm())) {
        start++;
      }
      b.clause(i, start, speaker);
      return;
    }
    if (leading) {
      return;
    }
    // A trailing attribution: the quote is the sentence before it, unless already quoted.
    int first = i;
    while (first > 0 && i - first < ATTRIBUTION_BACK
        && !QuoteText.isSentenceEnd(b.text, b.words.gapAfter(first - 1))) {
      first--;
    }
    if (first >= i) {
      return;
    }
    int after = speaker.isPresent() ? b.words.firstAtOrAfter(speaker.get().span().end()) : end;
    int last = after;
    while (last < b.words.size() && last - after < QuoteFinder.MAX_CLAUSE_WORDS
        && !QuoteText.isSentenceEnd(b.text, b.words.gapAfter(last))) {
      last++;
    }
    if (last - after > i - first && last < b.words.size()) {
      // inside the sentence, and more of it follows: وتحصل ماكرون، وفق نتائج نشرتها X، على
      b.clause(i, after, speaker);
      return;
    }
    CharSpan clause =
        CharSpan.of(b.words.get(first).span().start(), b.words.get(i - 1).span().end());
    clause = b.marks.extendToCloseMark(clause);
    if (b.clauseEndSoFar > clause.start()) {
      return;
    }
    b.add(i, speaker, clause, -1);
  }

  /** A source after {@code وفقا}/{@code طبقا} written with an attached lam loses it. */
  private static Mention withoutLam(String text, Mention m, String cue) {
    boolean lam = (cue.equals("وفقا") || cue.equals("طبقا"))
        && m.text().length() > 2 && m.text().charAt(0) == ArabicLetters.LAM
        && m.span().length() == m.text().length();
    if (!lam) {
      return m;
    }
    int skip = 1;
    while (skip < m.text().length() && !Character.isLetter(m.text().charAt(skip))) {
      skip++; // a tatweel after the lam: لـوكالة
    }
    CharSpan span = CharSpan.of(m.span().start() + skip, m.span().end());
    String t = span.textOf(text);
    return new Mention(span, t, m.canonical().equals(m.text()) ? t : m.canonical());
  }
}
