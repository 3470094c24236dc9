package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.Mention;
import org.khabar.article.Quote;

/**
 * Turns a block's cue matches and pairs of quotation marks into its quotes: a pair takes the cue
 * that introduces it, replaces the indirect quote around it, or looks for a cue after it.
 * Stateless.
 */
final class DirectQuotes {

  private DirectQuotes() {}

  /**
   * The quotes of {@code b}: its direct quotes (pairs of marks, with the cue that owns them) and
   * its indirect ones that no direct quote replaced, sorted and disjoint.
   */
  static List<Quote> collect(BlockQuotes b) {
    List<Quote> out = new ArrayList<>();
    boolean[] replaced = new boolean[b.matches.size()];
    List<Quote> direct = new ArrayList<>();
    for (CharSpan pair : b.marks.marks) {
      CharSpan content = QuoteText.trim(b.text, CharSpan.of(pair.start() + 1, pair.end() - 1));
      if (content.isEmpty()) {
        continue;
      }
      int wordCount = QuoteText.countWords(b.text, content);
      boolean long_ = wordCount >= QuoteFinder.MIN_DIRECT_WORDS;
      int owner = -1;
      boolean afterColon = false;
      Map.Entry<Integer, Integer> byClause = b.clauseByStart.floorEntry(pair.start());
      Map.Entry<Integer, Integer> byColon = b.matchByColon.lowerEntry(pair.start());
      Integer byPair = b.matchByPair.get(pair.start());
      if (byPair != null) {
        owner = byPair; // CUE SPEAKER "...", no colon
      } else if (byColon != null
          && QuoteText.onlySpaces(b.text, byColon.getKey() + 1, pair.start())) {
        owner = byColon.getValue();
        afterColon = true;
      } else if (byClause != null
          && b.matches.get(byClause.getValue()).clause().contains(pair.start())) {
        owner = byClause.getValue();
      }
      if (!long_ && !afterColon) {
        continue; // scare quotes around a term or a name
      }
      if (owner >= 0) {
        BlockQuotes.Match match = b.matches.get(owner);
        if (match.isClause() && wordCount < QuoteFinder.MIN_UNATTRIBUTED_WORDS
            && 2 * pair.length() < match.clause().length()) {
          continue; // a phrase in marks inside a longer reported clause: the clause stays
        }
        if (match.isClause()) {
          replaced[owner] = true;
        }
        direct.add(new Quote(content, Quote.Kind.DIRECT, match.cue(), match.speaker()));
      } else {
        Quote q = following(b, pair, content);
        if (!q.cue().isEmpty() || wordCount >= QuoteFinder.MIN_UNATTRIBUTED_WORDS) {
          direct.add(q);
        }
      }
    }
    for (int m = 0; m < b.matches.size(); m++) {
      BlockQuotes.Match match = b.matches.get(m);
      if (match.isClause() && !replaced[m] && !match.clause().isEmpty()) {
        if (!overlapsAny(direct, match.clause())) {
          Quote.Kind kind = match.verbatim() ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT;
          out.add(new Quote(match.clause(), kind, match.cue(), match.speaker()));
        }
      }
    }
    out.addAll(direct);
    // Keep the result disjoint: of overlapping quotes the one that starts first wins.
    out.sort((x, y) -> x.span().compareTo(y.span()));
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
  private static Quote following(BlockQuotes b, CharSpan pair, CharSpan content) {
    int m = b.words.firstAtOrAfter(pair.end());
    if (m < b.words.size() && b.kinds[m] != null && b.kinds[m] != QuoteWords.Kind.PARTICIPLE
        && !QuoteText.isSentenceEnd(
            b.text, CharSpan.of(pair.end(), b.words.get(m).span().start()))) {
      int end = m + 1;
      while (end < b.words.size() && end - m <= SpeakerRules.MAX_WORDS
          && !QuoteText.isSentenceEnd(b.text, b.words.gapAfter(end - 1))) {
        end++;
      }
      Optional<Mention> speaker =
          SpeakerRules.speaker(b.reporting, b.words, m + 1, end, b.entities, b.lastSpeaker);
      return new Quote(content, Quote.Kind.DIRECT, b.cueText[m], speaker);
    }
    return new Quote(content, Quote.Kind.DIRECT, "", Optional.empty());
  }

  /** Whether {@code span} overlaps one of {@code sorted}, which are sorted and disjoint. */
  private static boolean overlapsAny(List<Quote> sorted, CharSpan span) {
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
}
