package org.khabar.quote;

import java.util.Optional;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;

/**
 * Who speaks at a cue that names no speaker after it: the sentence's subject, the previous speaker,
 * a name just before the cue. Stateless.
 */
final class CueSpeakers {

  private CueSpeakers() {}

  /**
   * Who speaks at cue {@code i} with no subject of its own (a participle, {@code بقولها}, {@code
   * حسب قوله}): a person or organization written earlier in the sentence, outside any quote found
   * so far ({@code وختمت ألفة يوسف افتتاحيتها بقولها}), else the previous speaker.
   */
  static Optional<Mention> sentenceSubject(BlockQuotes b, int i) {
    int first = i;
    while (first > 0 && i - first < QuoteFinder.MAX_CLAUSE_WORDS
        && !QuoteText.isSentenceEnd(b.text, b.words.gapAfter(first - 1))) {
      first--; // bounded: a megabyte with no stop is one sentence
    }
    int from = Math.max(b.words.get(first).span().start(), b.clauseEndSoFar);
    int to = b.words.get(i).span().start();
    for (int k = SpeakerRules.firstStartingAt(b.entities, from);
        k < b.entities.size() && b.entities.get(k).span().end() <= to; k++) {
      Entity e = b.entities.get(k);
      if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
          && !b.marks.isInsideMarks(e.span().start())) {
        return Optional.of(SpeakerRules.mention(e));
      }
    }
    return b.lastSpeaker;
  }

  /**
   * The speaker of participle cue {@code i}: the previous speaker, whose sentence a participle
   * usually goes on with ({@code ، مؤكدا أن}); for {@code بقولها} the sentence's own subject.
   */
  static Optional<Mention> participle(BlockQuotes b, int i) {
    return BlockQuotes.BY_SAYING.contains(b.cueForm[i]) ? sentenceSubject(b, i) : b.lastSpeaker;
  }

  /** The speaker of cue {@code i} with none after it: a name just before, or a subject. */
  static Optional<Mention> bare(BlockQuotes b, int i) {
    Optional<Entity> before =
        SpeakerRules.entityJustBefore(b.text, b.entities, b.words.get(i).span().start());
    if (before.isPresent()) {
      return Optional.of(SpeakerRules.mention(before.get()));
    }
    Optional<Mention> relative = Subjects.beforeRelative(b, i);
    if (relative.isPresent()) {
      return relative;
    }
    boolean continues = b.kinds[i] == QuoteWords.Kind.PAST && b.hasConjunction(i);
    return continues ? b.lastSpeaker : Optional.empty();
  }
}
