package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Mention;
import org.khabar.article.Quote;

/**
 * The quote rules on one block ({@link QuoteFinder} describes them): reporting cues are marked,
 * then each is matched with its speaker and the clause or pair of marks it introduces. Not
 * thread-safe; one per block.
 */
final class BlockQuotes {

  /** A cue matched with its speaker and what it introduces. */
  record Match(
      int cueWord, String cue, Optional<Mention> speaker, CharSpan clause, int colonAt) {

    boolean isClause() {
      return clause != null;
    }
  }

  static final String COLONS = ":\uFF1A";
  private static final int ATTRIBUTION_BACK = 80;
  private static final Set<String> COMPLEMENTIZERS = WordLists.set("complementizers.txt");
  private static final Set<String> PREPOSITIONS = Set.of("الي", "علي");
  private static final Set<String> AFTER_ATTRIBUTION = Set.of("عن", "ل", "الي");

  private final ReportingLexicon lexicon;

  final String text;
  final Words words;
  final List<Entity> entities;
  final MarkPairs marks;
  final ReportingLexicon.Kind[] kinds;
  final String[] cueText;
  final List<Match> matches = new ArrayList<>();
  final TreeMap<Integer, Integer> clauseByStart = new TreeMap<>();
  final TreeMap<Integer, Integer> matchByColon = new TreeMap<>();
  int clauseEndSoFar = -1;
  Optional<Mention> lastSpeaker;

  BlockQuotes(ReportingLexicon lexicon, String text, Words words, List<Entity> entities,
      Optional<Mention> lastSpeaker) {
    this.lexicon = lexicon;
    this.text = text;
    this.words = words;
    this.entities = entities;
    this.lastSpeaker = lastSpeaker;
    this.marks = new MarkPairs(QuoteMarks.pairs(text, words.region));
    this.kinds = new ReportingLexicon.Kind[words.size()];
    this.cueText = new String[words.size()];
    int m = 0;
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      while (m < marks.marks.size() && marks.marks.get(m).end() <= w.span().start()) {
        m++;
      }
      if (m < marks.marks.size() && marks.marks.get(m).start() < w.span().start()) {
        continue; // inside quotation marks: quoted speech, not a cue
      }
      Optional<ReportingLexicon.Kind> kind = lexicon.kindOf(w.bare());
      if (kind.isEmpty() && !w.conjunction()) {
        String stripped = Words.stripConjunction(w.norm());
        if (!stripped.equals(w.norm())) {
          kind = lexicon.kindOf(stripped);
        }
      }
      if (kind.isPresent()) {
        kinds[i] = kind.get();
        cueText[i] = w.span().textOf(text);
      }
    }
  }

  List<Quote> run() {
    for (int i = 0; i < words.size(); i++) {
      if (kinds[i] == null) {
        continue;
      }
      switch (kinds[i]) {
        case PAST:
        case PRESENT:
          matchVerb(i);
          break;
        case PARTICIPLE:
          matchParticiple(i);
          break;
        case ATTRIBUTION:
        default:
          matchAttribution(i);
          break;
      }
    }
    return DirectQuotes.collect(this);
  }

  private void matchVerb(int i) {
    if (words.gapHas(words.gapAfter(i), COLONS)) {
      add(i, bareSpeaker(i), null, QuoteText.colonIn(text, words.gapAfter(i)));
      return;
    }
    for (int j = i + 1; j < words.size() && j <= i + QuoteFinder.WINDOW; j++) {
      if (marks.isInsideMarks(words.get(j).span().start())) {
        return;
      }
      if (COMPLEMENTIZERS.contains(words.get(j).norm())) {
        int subjectEnd = j;
        if (subjectEnd > i + 1 && PREPOSITIONS.contains(words.get(subjectEnd - 1).bare())) {
          subjectEnd--;
        }
        Optional<Mention> speaker =
            subjectEnd > i + 1
                ? SpeakerRules.speaker(words, i + 1, subjectEnd, entities)
                : Optional.empty();
        if (speaker.isEmpty()) {
          speaker = bareSpeaker(i);
          if (speaker.isEmpty() && kinds[i] != ReportingLexicon.Kind.PAST) {
            return; // impersonal: ويُذكر أن
          }
        }
        clause(i, j + 1, speaker);
        return;
      }
      if (kinds[j] != null) {
        return;
      }
      CharSpan gap = words.gapAfter(j);
      if (QuoteText.isSentenceEnd(text, gap)) {
        return;
      }
      if (words.gapHas(gap, COLONS)) {
        Optional<Mention> speaker = SpeakerRules.speaker(words, i + 1, j + 1, entities);
        add(i, speaker.isPresent() ? speaker : bareSpeaker(i), null, QuoteText.colonIn(text, gap));
        return;
      }
    }
  }

  private void matchParticiple(int i) {
    if (words.gapHas(words.gapAfter(i), COLONS)) {
      add(i, lastSpeaker, null, QuoteText.colonIn(text, words.gapAfter(i)));
      return;
    }
    int j = i + 1;
    if (j < words.size() && PREPOSITIONS.contains(words.get(j).bare())) {
      j++;
    }
    if (j < words.size() && COMPLEMENTIZERS.contains(words.get(j).norm())) {
      clause(i, j + 1, lastSpeaker);
    }
  }

  private void matchAttribution(int i) {
    int j = i + 1;
    if (j < words.size() && AFTER_ATTRIBUTION.contains(words.get(j).bare())) {
      j++;
    }
    if (j + 2 < words.size() && words.get(j).bare().equals("ما")) {
      j += 2; // بحسب ما قاله X, وفق ما ذكرته X
    }
    if (j >= words.size() || QuoteText.isSentenceEnd(text, words.gapAfter(i))) {
      return;
    }
    int end = j;
    while (end < words.size()
        && end - j < SpeakerRules.MAX_WORDS
        && !COMPLEMENTIZERS.contains(words.get(end).norm())) {
      end++;
      CharSpan gap = words.gapAfter(end - 1);
      if (words.gapHas(gap, SpeakerRules.COMMAS) || QuoteText.isSentenceEnd(text, gap)) {
        break;
      }
    }
    Optional<Mention> speaker = SpeakerRules.speaker(words, j, end, entities);
    if (speaker.isPresent()) {
      speaker = Optional.of(withoutLam(speaker.get(), words.get(i).bare()));
    }
    boolean sourceEndsSentence =
        end >= words.size() || QuoteText.isSentenceEnd(text, words.gapAfter(end - 1));
    boolean leading = i == 0 || QuoteText.isSentenceEnd(text, words.gapAfter(i - 1));
    if (leading && !sourceEndsSentence) {
      int start = end;
      if (start < words.size() && COMPLEMENTIZERS.contains(words.get(start).norm())) {
        start++;
      }
      clause(i, start, speaker);
      return;
    }
    if (leading) {
      return;
    }
    // A trailing attribution: the quote is the sentence before it, unless already quoted.
    int first = i;
    while (first > 0 && i - first < ATTRIBUTION_BACK
        && !QuoteText.isSentenceEnd(text, words.gapAfter(first - 1))) {
      first--;
    }
    if (first >= i) {
      return;
    }
    CharSpan clause = CharSpan.of(words.get(first).span().start(), words.get(i - 1).span().end());
    clause = marks.extendToCloseMark(clause);
    if (clauseEndSoFar > clause.start()) {
      return;
    }
    add(i, speaker, clause, -1);
  }

  private boolean hasConjunction(int i) {
    Words.Word w = words.get(i);
    return w.conjunction() || !w.bare().equals(w.norm()) || lexicon.kindOf(w.norm()).isEmpty();
  }

  /** A source after {@code وفقا}/{@code طبقا} written with an attached lam loses it. */
  private Mention withoutLam(Mention m, String cue) {
    boolean lam = (cue.equals("وفقا") || cue.equals("طبقا"))
        && m.text().length() > 2 && m.text().charAt(0) == org.khabar.text.ArabicLetters.LAM
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

  private Optional<Mention> bareSpeaker(int i) {
    Optional<Entity> before =
        SpeakerRules.entityJustBefore(text, entities, words.get(i).span().start());
    if (before.isPresent()) {
      return Optional.of(SpeakerRules.mention(before.get()));
    }
    boolean continues = kinds[i] == ReportingLexicon.Kind.PAST && hasConjunction(i);
    return continues ? lastSpeaker : Optional.empty();
  }

  /** Records the clause from word {@code start} to its end as the quote of cue {@code i}. */
  private void clause(int i, int start, Optional<Mention> speaker) {
    if (start >= words.size()) {
      return;
    }
    int end = start;
    while (end + 1 < words.size() && end - start < QuoteFinder.MAX_CLAUSE_WORDS) {
      CharSpan gap = words.gapAfter(end);
      if (QuoteText.isSentenceEnd(text, gap) && !marks.isInsideMarks(gap.end())) {
        break;
      }
      if (kinds[end + 1] != null && words.gapHas(gap, SpeakerRules.COMMAS)) {
        break;
      }
      end++;
    }
    int from = words.get(start).span().start();
    CharSpan open = marks.pairAround(from);
    if (open != null) {
      from = open.start(); // the clause opens with a quotation mark: keep it whole
    }
    CharSpan clause = CharSpan.of(from, words.get(end).span().end());
    add(i, speaker, marks.extendToCloseMark(clause), -1);
  }

  private void add(int i, Optional<Mention> speaker, CharSpan clause, int colonAt) {
    matches.add(new Match(i, cueText[i], speaker, clause, colonAt));
    if (clause != null) {
      clauseEndSoFar = Math.max(clauseEndSoFar, clause.end());
      clauseByStart.put(clause.start(), matches.size() - 1);
    }
    if (colonAt >= 0) {
      matchByColon.put(colonAt, matches.size() - 1);
    }
    if (speaker.isPresent()) {
      lastSpeaker = speaker;
    }
  }
}
