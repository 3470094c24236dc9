package org.khabar.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Mention;
import org.khabar.article.Quote;
import org.khabar.text.TextChars;

/**
 * The quote rules on one block ({@link QuoteFinder} describes them): reporting cues are marked,
 * then each is matched with its speaker and the clause or pair of marks it introduces. Not
 * thread-safe; one per block.
 */
final class BlockQuotes {

  /** A cue matched with its speaker and what it introduces. */
  record Match(int cueWord, String cue, Optional<Mention> speaker, CharSpan clause, int colonAt,
      boolean verbatim) {

    boolean isClause() {
      return clause != null;
    }
  }

  static final String COLONS = ":\uFF1A";
  /** How many words after a participle cue ({@code مشيرا}) its clause or quote may open. */
  private static final int PARTICIPLE_WINDOW = 6;
  /** The fewest words a reported object needs ({@code وتنفي قطر هذه الاتهامات}). */
  private static final int MIN_OBJECT_WORDS = 2;
  private static final Set<String> PREPOSITIONS = Set.of("الي", "علي");
  /**
   * "By saying", with the speaker's pronoun ({@code بقولها أن}): cues as participles are, the
   * subject of the sentence speaking.
   */
  static final Set<String> BY_SAYING = Set.of("بقوله", "بقولها", "بقولهم", "بقولهما");
  /** Words that look like a cue and are not: فحسب is "only", not ف + حسب. */
  private static final Set<String> NOT_CUES = Set.of("فحسب");
  /**
   * Cues that are also common words of another kind ({@code بين}, "between"): cues only with an
   * attached {@code و}/{@code ف} or after a continuing word ({@code وبين أن}, {@code فقد بين}).
   */
  private static final Set<String> AFTER_CONJUNCTION = Set.of("بين");
  /** Words before a verb that continue the sentence before it ({@code كما أكد}, {@code وقد}). */
  private static final Set<String> CONTINUING = Set.of("كما", "وقد", "فقد", "قد", "ثم", "وكان");

  final QuoteWords reporting;

  final String text;
  final Words words;
  final List<Entity> entities;
  final MarkPairs marks;
  final QuoteWords.Kind[] kinds;
  final String[] cueText;
  final String[] cueForm;
  final List<Match> matches = new ArrayList<>();
  final TreeMap<Integer, Integer> clauseByStart = new TreeMap<>();
  final TreeMap<Integer, Integer> matchByColon = new TreeMap<>();
  final Map<Integer, Integer> matchByPair = new HashMap<>();
  int clauseEndSoFar = -1;
  Optional<Mention> lastSpeaker;

  BlockQuotes(QuoteWords reporting, String text, Words words, List<Entity> entities,
      Optional<Mention> lastSpeaker) {
    this.reporting = reporting;
    this.text = text;
    this.words = words;
    this.entities = entities;
    this.lastSpeaker = lastSpeaker;
    this.marks = new MarkPairs(QuoteMarks.pairs(text, words.region));
    this.kinds = new QuoteWords.Kind[words.size()];
    this.cueText = new String[words.size()];
    this.cueForm = new String[words.size()];
    int m = 0;
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      while (m < marks.marks.size() && marks.marks.get(m).end() <= w.span().start()) {
        m++;
      }
      if (m < marks.marks.size() && marks.marks.get(m).start() < w.span().start()) {
        continue; // inside quotation marks: quoted speech, not a cue
      }
      String form = w.bare();
      Optional<QuoteWords.Kind> kind = reporting.kindOf(form);
      if (kind.isEmpty() && !w.conjunction()) {
        String stripped = Words.stripConjunction(w.norm());
        if (!stripped.equals(w.norm())) {
          form = stripped;
          kind = reporting.kindOf(stripped);
        }
      }
      if (kind.isEmpty() && BY_SAYING.contains(form)) {
        kind = Optional.of(QuoteWords.Kind.PARTICIPLE);
      }
      if (kind.isPresent() && !NOT_CUES.contains(w.norm())
          && !(AFTER_CONJUNCTION.contains(form) && !hasConjunctionBefore(w, i))) {
        kinds[i] = kind.get();
        cueText[i] = w.span().textOf(text);
        cueForm[i] = form;
      }
    }
  }

  List<Quote> run() {
    LeadingSpeaker.match(this);
    for (int i = 0; i < words.size(); i++) {
      if (kinds[i] == null || words.get(i).span().start() < clauseEndSoFar) {
        continue; // no cue, or a cue inside a reported clause: الجبهة تعتبر inside قال إن ...
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
          Attributions.match(this, i);
          break;
      }
    }
    return DirectQuotes.collect(this);
  }

  private void matchVerb(int i) {
    if (words.gapHas(words.gapAfter(i), COLONS)) {
      afterColon(i, CueSpeakers.bare(this, i), QuoteText.colonIn(text, words.gapAfter(i)));
      return;
    }
    for (int j = i + 1; j < words.size() && j <= i + QuoteFinder.WINDOW; j++) {
      CharSpan pair = marks.pairAround(words.get(j).span().start());
      if (pair == null && opensUnclosed(j)) {
        Optional<Mention> speaker = j > i + 1
            ? SpeakerRules.speaker(reporting, words, i + 1, j, entities, lastSpeaker)
            : CueSpeakers.bare(this, i);
        if (speaker.isPresent()) {
          unclosed(i, j, speaker); // وقال أوباما "كم مرة ... ؟ with no closing mark
        }
        return;
      }
      if (pair != null) {
        if (!opensAt(pair, j) || !isSpeech(pair)) {
          continue; // a name or a term in marks inside the subject: وذكرت صحيفة "ديلي ميل"
        }
        // CUE SUBJECT "...": a direct quote with no colon
        Optional<Mention> speaker = j > i + 1
            ? SpeakerRules.speaker(reporting, words, i + 1, j, entities, lastSpeaker)
            : Optional.empty();
        if (speaker.isEmpty()) {
          speaker = CueSpeakers.bare(this, i);
          if (speaker.isEmpty() && kinds[i] != QuoteWords.Kind.PAST) {
            return;
          }
        }
        opening(i, speaker, pair);
        return;
      }
      if (reporting.isComplementizer(words.get(j).norm())) {
        int subjectEnd = j;
        if (subjectEnd > i + 1 && PREPOSITIONS.contains(words.get(subjectEnd - 1).bare())) {
          subjectEnd--;
        }
        Optional<Mention> speaker =
            subjectEnd > i + 1
                ? SpeakerRules.speaker(reporting, words, i + 1, subjectEnd, entities, lastSpeaker)
                : Optional.empty();
        if (speaker.isEmpty()) {
          speaker = CueSpeakers.bare(this, i);
          if (speaker.isEmpty() && kinds[i] != QuoteWords.Kind.PAST) {
            return; // impersonal: ويُذكر أن
          }
        }
        clause(i, j + 1, speaker);
        return;
      }
      if (kinds[j] != null) {
        break;
      }
      CharSpan gap = words.gapAfter(j);
      if (QuoteText.isSentenceEnd(text, gap)) {
        break;
      }
      if (words.gapHas(gap, COLONS)) {
        Optional<Mention> speaker =
            SpeakerRules.speaker(reporting, words, i + 1, j + 1, entities, lastSpeaker);
        afterColon(i, speaker.isPresent() ? speaker : CueSpeakers.bare(this, i),
            QuoteText.colonIn(text, gap));
        return;
      }
    }
    objectClause(i);
  }

  private void matchParticiple(int i) {
    if (words.gapHas(words.gapAfter(i), COLONS)) {
      afterColon(i, CueSpeakers.participle(this, i), QuoteText.colonIn(text, words.gapAfter(i)));
      return;
    }
    for (int j = i + 1; j < words.size() && j <= i + PARTICIPLE_WINDOW; j++) {
      CharSpan pair = marks.pairAround(words.get(j).span().start());
      if (pair != null) {
        if (opensAt(pair, j) && isSpeech(pair)) {
          opening(i, CueSpeakers.participle(this, i), pair); // مضيفا "..."
        }
        return;
      }
      if (reporting.isComplementizer(words.get(j).norm())) {
        clause(i, j + 1, CueSpeakers.participle(this, i)); // مشيرا إلى أن, مضيفا قوله إن
        return;
      }
      if (kinds[j] != null || QuoteText.isSentenceEnd(text, words.gapAfter(j))) {
        break;
      }
    }
    objectClause(i);
  }

  /**
   * A verb that reports by its object ({@link QuoteWords#takesObject}: {@code انتقد الوزير
   * الوضع}, {@code محذرا من العواقب}) when no clause, colon or quotation follows it: the quote is
   * the sentence after the subject and the adverbs after it. A verb's subject is an entity right
   * after it, or a phrase the speaker rules link to one, that a comma closes or that a title
   * heads; a participle continues the speaker before it; with no speaker, no quote.
   */
  private void objectClause(int i) {
    if (!reporting.takesObject(cueForm[i])) {
      return;
    }
    int last = sentenceLast(i);
    int from = i + 1;
    Optional<Mention> speaker = kinds[i] == QuoteWords.Kind.PARTICIPLE
        ? Optional.empty() : Subjects.beforeRelative(this, i); // subject first: all after is object
    if (speaker.isEmpty() && kinds[i] != QuoteWords.Kind.PARTICIPLE && from <= last) {
      speaker = Subjects.subject(reporting, words, from, last + 1, entities, lastSpeaker);
      if (speaker.isPresent()) {
        from = words.firstAtOrAfter(speaker.get().span().end());
      }
    }
    if (speaker.isEmpty()) {
      speaker = kinds[i] == QuoteWords.Kind.PARTICIPLE ? lastSpeaker : CueSpeakers.bare(this, i);
    }
    while (from <= last && reporting.isObjectAdverb(words.get(from).bare())) {
      from++;
    }
    if (speaker.isEmpty() || last - from + 1 < MIN_OBJECT_WORDS) {
      return;
    }
    clause(i, from, speaker);
  }

  /** Whether a quotation mark that nothing closes opens right before word {@code j}. */
  private boolean opensUnclosed(int j) {
    int at = words.get(j).span().start() - 1;
    if (j == 0 || at < words.get(j - 1).span().end()) {
      return false;
    }
    char c = text.charAt(at);
    return (c == QuoteMarks.STRAIGHT_QUOTE || c == QuoteMarks.LEFT_GUILLEMET
        || c == QuoteMarks.LEFT_DOUBLE_QUOTE || c == QuoteMarks.RIGHT_DOUBLE_QUOTE)
        && marks.pairAround(at + 1) == null && TextChars.isSpace(text.charAt(at - 1));
  }

  /**
   * Records the words from {@code j} to the sentence's end, after a quotation mark the source
   * never closes, as the verbatim quote of cue {@code i}.
   */
  private void unclosed(int i, int j, Optional<Mention> speaker) {
    int last = sentenceLast(j);
    for (int k = j + 1; k < last; k++) {
      CharSpan pair = marks.pairAround(words.get(k + 1).span().start());
      if (kinds[k] == QuoteWords.Kind.PARTICIPLE && pair != null && opensAt(pair, k + 1)) {
        last = k - 1; // ... هذا العمل مضيفا "كيف ...": the participle's quote is its own
        break;
      }
    }
    CharSpan quote =
        CharSpan.of(words.get(j).span().start(), words.get(last).span().end());
    add(i, speaker, quote, -1, true);
  }

  /**
   * The last word of the sentence word {@code from} is in, at most {@link
   * QuoteFinder#MAX_CLAUSE_WORDS} words on.
   */
  private int sentenceLast(int from) {
    int last = from;
    while (last + 1 < words.size() && last - from < QuoteFinder.MAX_CLAUSE_WORDS
        && !QuoteText.isSentenceEnd(text, words.gapAfter(last))) {
      last++;
    }
    return last;
  }

  /** Whether {@code pair} opens right before word {@code j}: no word of the block between. */
  private boolean opensAt(CharSpan pair, int j) {
    return j == 0 || pair.start() >= words.get(j - 1).span().end();
  }

  /** Whether {@code pair} holds a passage rather than a term or a name (scare quotes). */
  private boolean isSpeech(CharSpan pair) {
    CharSpan content = CharSpan.of(pair.start() + 1, pair.end() - 1);
    return QuoteText.countWords(text, content) >= QuoteFinder.MIN_DIRECT_WORDS;
  }

  /** Records the pair of marks opening at {@code pair} as the direct quote of cue {@code i}. */
  private void opening(int i, Optional<Mention> speaker, CharSpan pair) {
    add(i, speaker, null, -1);
    matchByPair.put(pair.start(), matches.size() - 1);
  }

  private boolean hasConjunctionBefore(Words.Word w, int i) {
    return !w.bare().equals(w.norm()) || (i > 0 && CONTINUING.contains(words.get(i - 1).norm()));
  }

  boolean hasConjunction(int i) {
    Words.Word w = words.get(i);
    return w.conjunction() || !w.bare().equals(w.norm()) || reporting.kindOf(w.norm()).isEmpty()
        || (i > 0 && CONTINUING.contains(words.get(i - 1).norm()));
  }

  /**
   * What follows the colon at {@code colon} after cue {@code i} (or after a leading name, {@code i
   * < 0}): a pair of marks right after it is the direct quote of the cue ({@link DirectQuotes});
   * else the sentence after it is ({@code وقال الوزير: الوضع صعب.}).
   */
  void afterColon(int i, Optional<Mention> speaker, int colon) {
    int next = words.firstAtOrAfter(colon + 1);
    if (next >= words.size()) {
      return;
    }
    CharSpan pair = marks.pairAround(words.get(next).span().start());
    if (pair != null && pair.start() > colon) {
      add(i, speaker, null, colon);
    } else if (speaker.isPresent() || i >= 0) {
      clause(i, next, speaker);
    }
  }

  /** Records the clause from word {@code start} to its end as the quote of cue {@code i}. */
  void clause(int i, int start, Optional<Mention> speaker) {
    if (start >= words.size()) {
      return;
    }
    int end = start;
    while (end + 1 < words.size() && end - start < QuoteFinder.MAX_CLAUSE_WORDS) {
      CharSpan gap = words.gapAfter(end);
      if (QuoteText.isSentenceEnd(text, gap) && !marks.isInsideMarks(gap.end())) {
        break;
      }
      if (kinds[end + 1] != null && (words.gapHas(gap, SpeakerRules.COMMAS)
          || kinds[end + 1] == QuoteWords.Kind.PARTICIPLE)) {
        break; // ، مؤكدا أن; قائلا "..."
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

  void add(int i, Optional<Mention> speaker, CharSpan clause, int colonAt) {
    add(i, speaker, clause, colonAt, false);
  }

  /** Records a match; {@code verbatim} for a clause that is the speaker's own words. */
  private void add(int i, Optional<Mention> speaker, CharSpan clause, int colonAt,
      boolean verbatim) {
    matches.add(new Match(i, i < 0 ? "" : cueText[i], speaker, clause, colonAt, verbatim));
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
