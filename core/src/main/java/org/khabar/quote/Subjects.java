package org.khabar.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;
import org.khabar.ner.PersonTitles;

/**
 * The subject of a verb that reports by its object ({@code انتقد مهدي جمعة الوضع}), where nothing
 * but the words themselves tells the subject from the object: the subject is taken only when it is
 * clearly one; and a subject written before its verb with a relative clause between ({@code
 * المنظمة التي مقرها لندن دعت}). Stateless.
 */
final class Subjects {

  /** Prepositions that open an object, never a subject. */
  private static final Set<String> NOT_SUBJECTS =
      Set.of("عن", "من", "علي", "الي", "في", "ب", "ل", "مع", "ضد");

  private static final Set<EntityType> SPEAKERS =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  /** The most words of a subject headed by a title ({@code رئيس الدولة}, {@code وزير الخارجية}). */
  static final int MAX_TITLE_WORDS = 4;

  /** How many words back from a verb its relative-clause subject may start. */
  static final int RELATIVE_WINDOW = 8;

  private Subjects() {}

  /**
   * The subject in words {@code from} to {@code to} (exclusive): an entity that starts at word
   * {@code from} ({@code وتنفي قطر}); else an organization noun with the article alone ({@code
   * ونفت الوزارة الخبر}); else the speaker phrase ({@link SpeakerRules}) when it is
   * linked to an entity, ends at a comma ({@code أبرز وزير الخارجية،}) or is a title of at most
   * {@value #MAX_TITLE_WORDS} words ({@code وشدد رئيس الدولة على}); else empty, and the object
   * starts at {@code from}.
   */
  static Optional<Mention> subject(QuoteWords lists, Words words, int from, int to,
      List<Entity> entities, Optional<Mention> previous) {
    if (NOT_SUBJECTS.contains(words.get(from).bare())) {
      return Optional.empty(); // يعلن عن أولوياته: the object starts at once
    }
    int start = words.get(from).span().start();
    for (int k = SpeakerRules.firstStartingAt(entities, start);
        k < entities.size() && entities.get(k).span().start() == start; k++) {
      if (SPEAKERS.contains(entities.get(k).type())) {
        return Optional.of(SpeakerRules.mention(entities.get(k)));
      }
    }
    if (SpeakerRules.isDefiniteOrganization(lists, words.get(from).bare())) {
      // ونفت الوزارة الخبر
      return SpeakerRules.speaker(lists, words, from, from + 1, entities, previous);
    }
    Optional<Mention> m = SpeakerRules.speaker(lists, words, from, to, entities, previous);
    if (m.isEmpty()) {
      return m;
    }
    int next = words.firstAtOrAfter(m.get().span().end());
    boolean linked = !m.get().canonical().equals(m.get().text())
        || entities.stream().anyMatch(e -> e.span().equals(m.get().span()));
    boolean closed = next < to && words.gapHas(words.gapBefore(next), SpeakerRules.COMMAS);
    boolean titled = next - from <= MAX_TITLE_WORDS
        && PersonTitles.standard().isTitle(words.get(from).span().textOf(words.text));
    return linked || closed || titled ? m : Optional.empty();
  }

  /**
   * The subject written before verb {@code i} with a relative clause between ({@code المنظمة التي
   * مقرها لندن دعت}): within {@value #RELATIVE_WINDOW} words back in the sentence, a relative
   * pronoun right after a person or organization entity, or after an organization noun with the
   * article (read as the organization named before it, {@link Antecedents}).
   */
  static Optional<Mention> beforeRelative(BlockQuotes b, int i) {
    for (int r = i - 1; r > 0 && i - r <= RELATIVE_WINDOW; r--) {
      CharSpan gap = b.words.gapAfter(r - 1);
      if (b.kinds[r] != null || QuoteText.isSentenceEnd(b.text, b.words.gapAfter(r))) {
        return Optional.empty();
      }
      if (!b.reporting.isRelativePronoun(b.words.get(r).norm())) {
        continue;
      }
      Optional<Entity> before = SpeakerRules.entityJustBefore(b.text, b.entities,
          b.words.get(r).span().start());
      if (before.isPresent()) {
        return Optional.of(SpeakerRules.mention(before.get()));
      }
      if (!QuoteText.isSentenceEnd(b.text, gap)
          && SpeakerRules.isDefiniteOrganization(b.reporting, b.words.get(r - 1).bare())) {
        return SpeakerRules.speaker(b.reporting, b.words, r - 1, r, b.entities, b.lastSpeaker);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
