package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.article.Block;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Mention;
import org.khabar.article.Quote;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;

/**
 * Finds the direct and indirect quotes of an article with their reporting cues and speakers.
 *
 * <p>Only body blocks are read: a quote in a related-article link or in boilerplate is not the
 * article's. Within a block, by these rules (each tested alone in {@code QuoteFinderTest}):
 *
 * <ul>
 *   <li><b>Reporting cues</b> are words of {@link ReportingLexicon} (verbs in all generated
 *       inflections, participles, attribution words), compared on their matching-normalized form
 *       with an attached {@code و}/{@code ف} set apart: from the token's clitic analysis when the
 *       tokenizer gives one, else by trying the word without its first letter. A cue inside
 *       quotation marks is quoted speech, not a cue. {@link Quote#cue()} is the word as written.
 *   <li><b>Indirect speech</b>: a verb cue, its subject phrase, then within {@value #WINDOW}
 *       words and before any sentence end a complementizer ({@code أن}, {@code إن}, {@code بأن},
 *       {@code أنه} ..., optionally after {@code إلى}/{@code على}: {@code أشار إلى أن}). The quote
 *       is the reported clause: from the word after the complementizer to the sentence end, or to
 *       the comma before the next cue ({@code ، مؤكدة أن}, {@code ، بحسب}). A participle cue
 *       ({@code مؤكدا أن}) continues the speaker of the quote before it.
 *   <li><b>Speakers</b>: see {@link SpeakerRules}. A verb with no subject ({@code وأضاف أن},
 *       {@code وتابع قائلا:}) takes a person or organization entity written just before it
 *       ({@code ماكرون قال إن}), else, for a past-tense verb with an attached {@code و}/{@code
 *       ف}, continues the previous speaker of the article; a past-tense verb without one ({@code
 *       لكنها أكدت أن}, whose subject is a pronoun) gives a quote with no speaker; a present-tense
 *       verb with no subject ({@code ويُذكر أن}) is impersonal and gives no quote.
 *   <li><b>Attributions</b> ({@code بحسب}, {@code وفقا لـ}, {@code نقلا عن} ...): the source
 *       follows the word ({@code بحسب ما قاله X} skips {@code ما قاله}). When the word opens a
 *       sentence and a comma and more text follow the source, the quote is that clause ({@code
 *       وبحسب مصادر، فإن ...}); when it comes inside a sentence, the quote is the stretch of the
 *       sentence before it ({@code ...، وفق بيان الرئاسة}), unless a quote already covers it.
 *   <li><b>Direct quotes</b> are pairs of {@code « »}, {@code “ ”} or straight quotes ({@link
 *       QuoteMarks}); the span is the content inside the marks, without them. A pair inside a
 *       reported clause takes that clause's cue and speaker and replaces the indirect quote (the
 *       verbatim words are the better record); a pair right after {@code CUE SPEAKER:} takes
 *       those; a pair followed by a cue ({@code «...»، قال الوزير}) takes that cue and the speaker
 *       after it; else it has no cue and no speaker.
 *   <li><b>Scare quotes</b>: a pair holding fewer than {@value #MIN_DIRECT_WORDS} words ({@code
 *       «تحالف الراغبين»}, {@code “شبكة العنكبوت”}) marks a term or a name, not speech, and is not
 *       a quote, unless it comes right after {@code CUE SPEAKER:}; a pair with no cue at all
 *       needs {@value #MIN_UNATTRIBUTED_WORDS} words ({@code “آليات وقف إطلاق النار”} is a term).
 *       Scare quotes inside a reported clause stay part of the indirect quote.
 * </ul>
 *
 * <p>Quotes are sorted by span and disjoint. Every span is a half-open range of UTF-16 offsets
 * into the article's text. Time is linear in the text's length (windows are bounded); any input
 * gives a result, never an exception. Immutable and thread-safe.
 */
public final class QuoteFinder {

  /** How many words after a verb cue the complementizer may come. */
  public static final int WINDOW = 20;

  /** The fewest words a quoted passage needs to be a quote rather than scare quotes. */
  public static final int MIN_DIRECT_WORDS = 4;

  /** The fewest words a quoted passage with no cue needs: a sentence rather than a term. */
  public static final int MIN_UNATTRIBUTED_WORDS = 6;

  /** The most words a reported clause may hold; it keeps the finder linear on text with no stops. */
  public static final int MAX_CLAUSE_WORDS = 150;

  private static final int ATTRIBUTION_BACK = 80;
  private static final String COLONS = ":\uFF1A";
  private static final Set<String> COMPLEMENTIZERS = WordLists.set("complementizers.txt");
  private static final Set<String> PREPOSITIONS = Set.of("الي", "علي");
  private static final Set<String> AFTER_ATTRIBUTION = Set.of("عن", "ل", "الي");

  private final ReportingLexicon lexicon;

  /** A finder with the bundled lexicons. */
  public QuoteFinder() {
    this.lexicon = ReportingLexicon.standard();
  }

  /**
   * The quotes of the body blocks of {@code text}, sorted by span; speakers link to {@code
   * entities} (sorted by span, as {@link org.khabar.article.Article} holds them).
   *
   * @param text the tokenized article
   * @param entities its entities
   * @return the quotes of its body blocks, sorted by span
   * @throws NullPointerException if an argument is null
   */
  public List<Quote> find(TokenizedText text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    List<Quote> quotes = new ArrayList<>();
    List<Token> tokens = text.tokens();
    int t = 0;
    Optional<Mention> lastSpeaker = Optional.empty();
    for (Block block : text.blocks()) {
      CharSpan region = block.span();
      while (t < tokens.size() && tokens.get(t).span().start() < region.start()) {
        t++;
      }
      int from = t;
      while (t < tokens.size() && tokens.get(t).span().end() <= region.end()) {
        t++;
      }
      if (!block.kind().isBody()) {
        continue;
      }
      BlockQuotes found =
          new BlockQuotes(text.text(), new Words(text.text(), region, tokens.subList(from, t)),
              entities, lastSpeaker);
      quotes.addAll(found.run());
      lastSpeaker = found.lastSpeaker;
    }
    quotes.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(quotes);
  }

  @Override
  public String toString() {
    return "QuoteFinder";
  }

  /** A cue matched with its speaker and what it introduces. */
  private record Match(
      int cueWord, String cue, Optional<Mention> speaker, CharSpan clause, int colonAt) {

    boolean isClause() {
      return clause != null;
    }
  }

  /** The work on one block; not thread-safe, one per block. */
  private final class BlockQuotes {
    final String text;
    final Words words;
    final List<Entity> entities;
    final List<CharSpan> marks;
    final ReportingLexicon.Kind[] kinds;
    final String[] cueText;
    final List<Match> matches = new ArrayList<>();
    final TreeMap<Integer, Integer> clauseByStart = new TreeMap<>();
    final TreeMap<Integer, Integer> matchByColon = new TreeMap<>();
    int clauseEndSoFar = -1;
    Optional<Mention> lastSpeaker;

    BlockQuotes(String text, Words words, List<Entity> entities, Optional<Mention> lastSpeaker) {
      this.text = text;
      this.words = words;
      this.entities = entities;
      this.lastSpeaker = lastSpeaker;
      this.marks = QuoteMarks.pairs(text, words.region);
      this.kinds = new ReportingLexicon.Kind[words.size()];
      this.cueText = new String[words.size()];
      int m = 0;
      for (int i = 0; i < words.size(); i++) {
        Words.Word w = words.get(i);
        while (m < marks.size() && marks.get(m).end() <= w.span().start()) {
          m++;
        }
        if (m < marks.size() && marks.get(m).start() < w.span().start()) {
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
      return collect();
    }

    private void matchVerb(int i) {
      if (words.gapHas(words.gapAfter(i), COLONS)) {
        add(i, bareSpeaker(i), null, colonIn(words.gapAfter(i)));
        return;
      }
      for (int j = i + 1; j < words.size() && j <= i + WINDOW; j++) {
        if (isInsideMarks(words.get(j).span().start())) {
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
        if (isSentenceEnd(gap)) {
          return;
        }
        if (words.gapHas(gap, COLONS)) {
          Optional<Mention> speaker = SpeakerRules.speaker(words, i + 1, j + 1, entities);
          add(i, speaker.isPresent() ? speaker : bareSpeaker(i), null, colonIn(gap));
          return;
        }
      }
    }

    private void matchParticiple(int i) {
      if (words.gapHas(words.gapAfter(i), COLONS)) {
        add(i, lastSpeaker, null, colonIn(words.gapAfter(i)));
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
      if (j >= words.size() || isSentenceEnd(words.gapAfter(i))) {
        return;
      }
      int end = j;
      while (end < words.size()
          && end - j < SpeakerRules.MAX_WORDS
          && !COMPLEMENTIZERS.contains(words.get(end).norm())) {
        end++;
        CharSpan gap = words.gapAfter(end - 1);
        if (words.gapHas(gap, SpeakerRules.COMMAS) || isSentenceEnd(gap)) {
          break;
        }
      }
      Optional<Mention> speaker = SpeakerRules.speaker(words, j, end, entities);
      if (speaker.isPresent()) {
        speaker = Optional.of(withoutLam(speaker.get(), words.get(i).bare()));
      }
      boolean sourceEndsSentence = end >= words.size() || isSentenceEnd(words.gapAfter(end - 1));
      boolean leading = i == 0 || isSentenceEnd(words.gapAfter(i - 1));
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
      while (first > 0 && i - first < ATTRIBUTION_BACK && !isSentenceEnd(words.gapAfter(first - 1))) {
        first--;
      }
      if (first >= i) {
        return;
      }
      CharSpan clause = CharSpan.of(words.get(first).span().start(), words.get(i - 1).span().end());
      clause = extendToCloseMark(clause);
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
      while (end + 1 < words.size() && end - start < MAX_CLAUSE_WORDS) {
        CharSpan gap = words.gapAfter(end);
        if (isSentenceEnd(gap) && !isInsideMarks(gap.end())) {
          break;
        }
        if (kinds[end + 1] != null && words.gapHas(gap, SpeakerRules.COMMAS)) {
          break;
        }
        end++;
      }
      int from = words.get(start).span().start();
      CharSpan open = pairAround(from);
      if (open != null) {
        from = open.start(); // the clause opens with a quotation mark: keep it whole
      }
      CharSpan clause = CharSpan.of(from, words.get(end).span().end());
      add(i, speaker, extendToCloseMark(clause), -1);
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

    private List<Quote> collect() {
      List<Quote> out = new ArrayList<>();
      boolean[] replaced = new boolean[matches.size()];
      List<Quote> direct = new ArrayList<>();
      for (CharSpan pair : marks) {
        CharSpan content = trim(CharSpan.of(pair.start() + 1, pair.end() - 1));
        if (content.isEmpty()) {
          continue;
        }
        int wordCount = countWords(content);
        boolean long_ = wordCount >= MIN_DIRECT_WORDS;
        int owner = -1;
        boolean afterColon = false;
        Map.Entry<Integer, Integer> byClause = clauseByStart.floorEntry(pair.start());
        Map.Entry<Integer, Integer> byColon = matchByColon.lowerEntry(pair.start());
        if (byColon != null && onlySpaces(byColon.getKey() + 1, pair.start())) {
          owner = byColon.getValue();
          afterColon = true;
        } else if (byClause != null
            && matches.get(byClause.getValue()).clause().contains(pair.start())) {
          owner = byClause.getValue();
        }
        if (!long_ && !afterColon) {
          continue; // scare quotes around a term or a name
        }
        if (owner >= 0) {
          Match match = matches.get(owner);
          if (match.isClause()) {
            replaced[owner] = true;
          }
          direct.add(new Quote(content, Quote.Kind.DIRECT, match.cue(), match.speaker()));
        } else {
          Quote q = following(pair, content);
          if (!q.cue().isEmpty() || wordCount >= MIN_UNATTRIBUTED_WORDS) {
            direct.add(q);
          }
        }
      }
      for (int m = 0; m < matches.size(); m++) {
        Match match = matches.get(m);
        if (match.isClause() && !replaced[m] && !match.clause().isEmpty()) {
          if (!overlapsAny(direct, match.clause())) {
            out.add(new Quote(match.clause(), Quote.Kind.INDIRECT, match.cue(), match.speaker()));
          }
        }
      }
      out.addAll(direct);
      // Keep the result disjoint: of overlapping quotes the one that starts first wins.
      out.sort((a, b) -> a.span().compareTo(b.span()));
      List<Quote> disjoint = new ArrayList<>(out.size());
      int end = -1;
      for (Quote q : out) {
        if (q.span().start() >= end) {
          disjoint.add(q);
          end = q.span().end();
        }
      }
      return disjoint;
    }

    /** A direct quote with no cue before it: a cue right after it ({@code «...»، قال X}). */
    private Quote following(CharSpan pair, CharSpan content) {
      int m = words.firstAtOrAfter(pair.end());
      if (m < words.size() && kinds[m] != null && kinds[m] != ReportingLexicon.Kind.PARTICIPLE
          && !isSentenceEnd(CharSpan.of(pair.end(), words.get(m).span().start()))) {
        int end = m + 1;
        while (end < words.size() && end - m <= SpeakerRules.MAX_WORDS
            && !isSentenceEnd(words.gapAfter(end - 1))) {
          end++;
        }
        Optional<Mention> speaker = SpeakerRules.speaker(words, m + 1, end, entities);
        return new Quote(content, Quote.Kind.DIRECT, cueText[m], speaker);
      }
      return new Quote(content, Quote.Kind.DIRECT, "", Optional.empty());
    }

    private CharSpan extendToCloseMark(CharSpan clause) {
      CharSpan pair = pairAround(clause.end());
      return pair == null ? clause : CharSpan.of(clause.start(), pair.end());
    }

    private boolean isInsideMarks(int offset) {
      return pairAround(offset) != null;
    }

    /** The pair of marks strictly around {@code offset}, by binary search, or null. */
    private CharSpan pairAround(int offset) {
      int lo = 0;
      int hi = marks.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (marks.get(mid).start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo == 0) {
        return null;
      }
      CharSpan pair = marks.get(lo - 1);
      return offset < pair.end() ? pair : null;
    }

    /** Whether {@code span} overlaps one of {@code sorted}, which are sorted and disjoint. */
    private boolean overlapsAny(List<Quote> sorted, CharSpan span) {
      int lo = 0;
      int hi = sorted.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted.get(mid).span().start() < span.end()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo > 0 && sorted.get(lo - 1).span().end() > span.start();
    }

    private boolean onlySpaces(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          return false;
        }
      }
      return true;
    }

    private int colonIn(CharSpan gap) {
      for (int k = gap.start(); k < gap.end(); k++) {
        if (COLONS.indexOf(text.charAt(k)) >= 0) {
          return k;
        }
      }
      return -1;
    }

    private CharSpan trim(CharSpan s) {
      int a = s.start();
      int b = s.end();
      while (a < b && isSpace(text.charAt(a))) {
        a++;
      }
      while (b > a && isSpace(text.charAt(b - 1))) {
        b--;
      }
      return CharSpan.of(a, b);
    }

    private int countWords(CharSpan s) {
      int count = 0;
      boolean inWord = false;
      for (int k = s.start(); k < s.end() && count < MIN_UNATTRIBUTED_WORDS; k++) {
        boolean letter = Character.isLetterOrDigit(text.charAt(k));
        if (letter && !inWord) {
          count++;
        }
        inWord = letter || (inWord && !isSpace(text.charAt(k)));
      }
      return count;
    }

    /**
     * Whether a gap between words ends a sentence: it holds {@code !}, {@code ?}, {@code ؟},
     * {@code …}, or a full stop that is not part of the {@code ..} headline separator.
     */
    private boolean isSentenceEnd(CharSpan gap) {
      for (int k = gap.start(); k < gap.end(); k++) {
        char c = text.charAt(k);
        if (c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4') {
          return true;
        }
        if (c == '.') {
          boolean dotBefore = k > gap.start() && text.charAt(k - 1) == '.';
          boolean dotAfter = k + 1 < gap.end() && text.charAt(k + 1) == '.';
          if (!dotBefore && !dotAfter) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }
}
