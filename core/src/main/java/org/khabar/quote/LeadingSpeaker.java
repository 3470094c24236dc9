package org.khabar.quote;

import java.util.List;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;

/** The headline quote of a block ({@code عبيد البريكي : الحكومة لن تتسامح}). Stateless. */
final class LeadingSpeaker {

  /** The most words of a name before a headline's colon that the recognizer found only in part. */
  static final int MAX_NAME_WORDS = 3;

  private LeadingSpeaker() {}

  /**
   * A block that opens with a person's name and a colon, as headlines quote
   * ({@code عبيد البريكي : الحكومة لن تتسامح}): the rest is that speaker's, with no cue.
   */
  static void match(BlockQuotes b) {
    for (int k = 0; k + 1 < b.words.size() && k < SpeakerRules.MAX_WORDS; k++) {
      CharSpan gap = b.words.gapAfter(k);
      if (b.kinds[k] != null || QuoteText.isSentenceEnd(b.text, gap)
          || b.words.gapHas(gap, SpeakerRules.COMMAS)) {
        return;
      }
      if (b.words.gapHas(gap, BlockQuotes.COLONS)) {
        CharSpan name = CharSpan.of(b.words.get(0).span().start(), b.words.get(k).span().end());
        Optional<Entity> e = SpeakerRules.exactEntity(b.entities, name);
        if (e.isPresent() && e.get().type() == EntityType.PERSON) {
          b.afterColon(-1, Optional.of(SpeakerRules.mention(e.get())),
              QuoteText.colonIn(b.text, gap));
        } else if (k < MAX_NAME_WORDS && hasPerson(b.entities, name)) {
          // a name the recognizer found in part (ألفة يوسف : with only يوسف found): the words
          String t = name.textOf(b.text);
          b.afterColon(-1, Optional.of(new Mention(name, t, t)), QuoteText.colonIn(b.text, gap));
        }
        return;
      }
    }
  }

  /** Whether a person entity lies inside {@code span}. */
  private static boolean hasPerson(List<Entity> entities, CharSpan span) {
    for (int k = SpeakerRules.firstStartingAt(entities, span.start());
        k < entities.size() && entities.get(k).span().start() < span.end(); k++) {
      if (entities.get(k).type() == EntityType.PERSON && span.contains(entities.get(k).span())) {
        return true;
      }
    }
    return false;
  }
}
