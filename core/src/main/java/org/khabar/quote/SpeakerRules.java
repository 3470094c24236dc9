package org.khabar.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;
import org.khabar.ner.PersonTitles;
import org.khabar.text.TextChars;

/**
 * Finds the speaker in the words after a reporting cue: the subject noun phrase, linked to an
 * entity of the article when one is there. Immutable and thread-safe; the word lists are {@code
 * speaker-stops.txt} and {@code organization-heads.txt}.
 *
 * <p>The phrase runs from the first word after the cue up to, not including, the first of: a
 * comma, a stop word (a time, a place or circumstance: {@code في}, {@code بعد}, {@code اليوم},
 * {@code الأسبوع} ...), the end of the given range, or {@value #MAX_WORDS} words. Then, by the first
 * rule that holds:
 *
 * <ol>
 *   <li>a phrase headed by an organization noun ({@code مكتب ستارمر}, {@code وزارة الخارجية},
 *       {@code مصدر سياسي أوروبي}) is the speaker as a whole, with the canonical form of an entity
 *       of exactly that span if there is one;
 *   <li>else the first person entity inside the phrase ({@code الرئيس الفرنسي إيمانويل ماكرون}
 *       gives the person);
 *   <li>else an entity of exactly the phrase's span, of any type ({@code فرنسا});
 *   <li>else, when the phrase ended at a comma and the comma group after it is exactly a person
 *       entity (an apposition: {@code رئيس المكتب، فلان،}), that person;
 *   <li>else, for {@code الأخير}/{@code الأخيرة} ("the latter"), the phrase with the canonical
 *       form of the last person entity written before it;
 *   <li>else the phrase itself, its canonical form its own text ({@code مراقبون}, {@code الكرملين}).
 * </ol>
 */
final class SpeakerRules {

  /** The most words a speaker phrase may hold. */
  static final int MAX_WORDS = 12;

  static final String COMMAS = ",\u060C";


  private SpeakerRules() {}

  /**
   * The speaker named by words {@code from} (inclusive) to {@code to} (exclusive) of {@code
   * words}, or empty when the phrase is empty.
   */
  static Optional<Mention> speaker(QuoteWords lists,
      Words words, int from, int to, List<Entity> entities, Optional<Mention> previous) {
    int end = from;
    boolean endedAtComma = false;
    while (end < to && end - from < MAX_WORDS) {
      Words.Word w = words.get(end);
      if (lists.isSpeakerStop(w.norm()) || lists.isSpeakerStop(w.bare())) {
        break;
      }
      end++;
      if (words.gapHas(words.gapAfter(end - 1), COMMAS)) {
        endedAtComma = true;
        break;
      }
    }
    if (end == from) {
      return Optional.empty();
    }
    CharSequence text = words.text;
    if (end - from >= 2 && REFERRING.contains(words.get(from).bare())
        && isDefinite(words.get(from + 1).bare())) {
      // وحسب نفس المصدر, وفق ذات القرار, هذه الرزنامة: the source quoted or named before
      CharSpan same =
          CharSpan.of(words.get(from).span().start(), words.get(from + 1).span().end());
      Optional<String> source = previous.map(Mention::canonical).or(() -> Antecedents
          .organization(text, entities, same.start(), withoutArticle(words.get(from + 1).bare()))
          .map(Entity::canonical));
      if (source.isPresent()) {
        return Optional.of(new Mention(same, same.textOf(text), source.get()));
      }
    }
    CharSpan phrase = CharSpan.of(words.get(from).span().start(), words.get(end - 1).span().end());
    String head = withoutArticle(words.get(from).bare());
    Optional<Entity> exact = exactEntity(entities, phrase);
    boolean bareNoun = (end - from == 1
        || end - from == 2 && SAME.contains(words.get(from + 1).bare())) // البيان ذاته
        && exact.isEmpty() && isDefinite(words.get(from).bare());
    if (bareNoun && DOCUMENTS.contains(head) && previous.isPresent()) {
      // وأوضح البلاغ: the statement speaks for whoever was quoted before it
      return Optional.of(new Mention(phrase, phrase.textOf(text), previous.get().canonical()));
    }
    if (lists.isOrganizationHead(head)) {
      if (bareNoun) {
        Optional<Entity> antecedent =
            Antecedents.organization(text, entities, phrase.start(), head);
        if (antecedent.isPresent()) {
          return Optional.of(
              new Mention(phrase, phrase.textOf(text), antecedent.get().canonical()));
        }
      }
      if (exact.isEmpty() && end - from > 2) {
        // صحيفة نيويورك تايمز بحجز: the head and the name right after it, not what follows
        phrase = headAndName(words, from, phrase, entities);
        exact = exactEntity(entities, phrase);
      }
      String canonical = exact.map(Entity::canonical).orElse(phrase.textOf(text));
      return Optional.of(new Mention(phrase, phrase.textOf(text), canonical));
    }
    for (int k = firstStartingAt(entities, phrase.start()); k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.span().start() >= phrase.end()) {
        break;
      }
      if (e.type() == EntityType.PERSON && phrase.contains(e.span())) {
        return Optional.of(mention(e));
      }
    }
    if (exact.isPresent()) {
      return Optional.of(mention(exact.get()));
    }
    if (endedAtComma && end < to) {
      int groupEnd = end;
      while (groupEnd < to && !words.gapHas(words.gapAfter(groupEnd), COMMAS)) {
        groupEnd++;
      }
      if (groupEnd < to) {
        CharSpan group =
            CharSpan.of(words.get(end).span().start(), words.get(groupEnd).span().end());
        Optional<Entity> apposition = exactEntity(entities, group);
        if (apposition.isPresent() && apposition.get().type() == EntityType.PERSON) {
          return Optional.of(mention(apposition.get()));
        }
      }
    }
    Optional<Entity> further = personFurther(words, end, to, entities);
    if (further.isPresent()) {
      return Optional.of(mention(further.get())); // الأمين العام لاتحاد الأطباء فلان
    }
    boolean title = exact.isEmpty() && end - from <= TITLE_WORDS
        && PersonTitles.standard().isTitle(words.get(from).span().textOf(text));
    if (bareNoun || title) {
      Optional<Entity> antecedent = Antecedents.described(text, entities, phrase.start(), head);
      if (antecedent.isPresent()) {
        return Optional.of(new Mention(phrase, phrase.textOf(text), antecedent.get().canonical()));
      }
    }
    if (end - from == 1 && LATTER.contains(words.get(from).bare())) {
      Optional<Entity> latter = lastPersonBefore(entities, phrase.start());
      if (latter.isPresent()) {
        return Optional.of(new Mention(phrase, phrase.textOf(text), latter.get().canonical()));
      }
    }
    return Optional.of(new Mention(phrase, phrase.textOf(text), phrase.textOf(text)));
  }

  /**
   * The first person entity in words {@code from} to {@code to} when no word before it turns the
   * phrase into an object or a circumstance ({@code مع}, {@code عن}, {@code ضد}): the subject
   * phrase went on past a stop word ({@code الكاتب العام للجامعة، فلان}).
   */
  private static Optional<Entity> personFurther(
      Words words, int from, int to, List<Entity> entities) {
    if (from >= to) {
      return Optional.empty();
    }
    int start = words.get(from).span().start();
    int limit = words.get(to - 1).span().end();
    int k = firstStartingAt(entities, start);
    for (int w = from; w < to; w++) {
      if (NOT_SUBJECT.contains(words.get(w).bare())) {
        limit = words.get(w).span().start();
        break;
      }
    }
    for (; k < entities.size() && entities.get(k).span().start() < limit; k++) {
      Entity e = entities.get(k);
      if (e.type() == EntityType.PERSON && e.span().end() <= limit) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The phrase cut after the entity that starts at its second word, when one does. */
  private static CharSpan headAndName(
      Words words, int from, CharSpan phrase, List<Entity> entities) {
    int second = words.get(from + 1).span().start();
    for (int k = firstStartingAt(entities, second);
        k < entities.size() && entities.get(k).span().start() == second; k++) {
      if (entities.get(k).span().end() < phrase.end()) {
        return CharSpan.of(phrase.start(), entities.get(k).span().end());
      }
    }
    return phrase;
  }

  /** The most words of a title phrase standing for a person named before ({@code رئيس الدولة}). */
  private static final int TITLE_WORDS = 3;

  /** Words after which a name is not the subject: with, about, against, to. */
  private static final Set<String> NOT_SUBJECT = Set.of("مع", "عن", "ضد", "الي", "له", "لها");

  /**
   * "The same", "this" before a definite noun that refers back to the source quoted before
   * ({@code نفس المصدر}, {@code ذات القرار}, {@code هذه الرزنامة}).
   */
  private static final Set<String> REFERRING = Set.of("نفس", "ذات", "هذا", "هذه");

  /** "Itself" after a definite noun that refers back ({@code البيان ذاته}, {@code البلاغ نفسه}). */
  private static final Set<String> SAME = Set.of("ذاته", "ذاتها", "نفسه", "نفسها");

  /** Nouns of statements, spoken by the one quoted before ({@code البلاغ}, {@code البيان}). */
  private static final Set<String> DOCUMENTS = Set.of("بلاغ", "بيان", "تقرير", "نص", "رساله");

  /** Whether {@code bare} is an organization head with the article ({@code الوزارة}). */
  static boolean isDefiniteOrganization(QuoteWords lists, String bare) {
    return isDefinite(bare) && lists.isOrganizationHead(withoutArticle(bare));
  }

  private static boolean isDefinite(String norm) {
    return norm.startsWith("ال") && norm.length() > 3;
  }

  /** "The latter", matching-normalized. */
  private static final Set<String> LATTER = Set.of("الاخير", "الاخيره");

  /** How far back {@link #lastPersonBefore} looks, in entities. */
  private static final int LATTER_LOOKBACK = 50;

  private static Optional<Entity> lastPersonBefore(List<Entity> entities, int offset) {
    int k = firstStartingAt(entities, offset) - 1;
    for (int seen = 0; k >= 0 && seen < LATTER_LOOKBACK; k--, seen++) {
      Entity e = entities.get(k);
      if (e.type() == EntityType.PERSON && e.span().end() <= offset) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The person or organization entity that ends right before {@code offset}, across spaces only. */
  static Optional<Entity> entityJustBefore(CharSequence text, List<Entity> entities, int offset) {
    int k = firstStartingAt(entities, offset) - 1;
    // entities are sorted by start; look back over the few that end at or before offset
    for (int seen = 0; k >= 0 && seen < 4; k--, seen++) {
      Entity e = entities.get(k);
      if (e.span().end() > offset) {
        continue;
      }
      boolean spacesOnly = true;
      for (int i = e.span().end(); i < offset; i++) {
        spacesOnly &= TextChars.isSpace(text.charAt(i));
      }
      boolean speakerType = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      return spacesOnly && speakerType ? Optional.of(e) : Optional.empty();
    }
    return Optional.empty();
  }

  static Mention mention(Entity e) {
    return new Mention(e.span(), e.text(), e.canonical());
  }

  static Optional<Entity> exactEntity(List<Entity> entities, CharSpan span) {
    for (int k = firstStartingAt(entities, span.start()); k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.span().start() > span.start()) {
        break;
      }
      if (e.span().equals(span)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The index of the first entity (sorted by span) that starts at or after {@code offset}. */
  static int firstStartingAt(List<Entity> entities, int offset) {
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String withoutArticle(String norm) {
    return norm.startsWith("ال") && norm.length() > 3 ? norm.substring(2) : norm;
  }

  /** {@code words} each without its article. */
  static Set<String> stripArticle(Set<String> words) {
    return words.stream().map(SpeakerRules::withoutArticle)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
