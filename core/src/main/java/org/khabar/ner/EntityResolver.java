package org.khabar.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.text.LanguageResources;

/**
 * Makes the entities of one article agree with each other.
 *
 * <ol>
 *   <li>Overlaps: Khabar's one merge policy, each entity a source in the order given: a span given
 *       twice takes the earlier one's type, and of overlapping names the longer is kept ({@link
 *       EntityRecognizers#merge}).
 *   <li>Repairs: a name ending in tanween is a common word and is dropped; a verb in the future
 *       that ends a name of several words is cut off ({@code كير ستارمر سيترأسان} gives {@code
 *       كير ستارمر}), and so is a nationality adjective with the article that starts a person's
 *       ({@code الإسباني راؤول غونزاليز} gives {@code راؤول غونزاليز}, also once names are joined);
 *       parts of one name that the recognizer split at a space are joined (a person's or an
 *       organization's, or a given name taken for a place after a title). Any space separates
 *       words, and invisible controls (joiners, direction marks) are looked through.
 *   <li>Types: all mentions of the same name (same normalized tokens) get the type with the highest
 *       total score.
 *   <li>Recurrences: an unrecognized recurrence of a recognized name (of more than two chars, scored
 *       at least the propagation threshold) becomes an entity of the same type, with a lower score;
 *       so does, as a person, the surname of a person's name of several words ({@code القرضاوي}
 *       after {@code يوسف القرضاوي}; not the second half of a compound such as {@code عبد الله},
 *       nor a nationality adjective such as {@code المصري}).
 *   <li>Canonical forms: a mention whose tokens occur within exactly one longer person name of the
 *       article is that person: it takes the name as its canonical form ({@code ماكرون} gives
 *       {@code إيمانويل ماكرون}) and the type PERSON. A name after the preposition {@code ل} that
 *       swallowed its article's alef is named with the article whole ({@code للاتحاد الأوروبي}
 *       gives {@code الاتحاد الأوروبي}).
 *   <li>Titles: a title or role written in front of a person ({@code الرئيس الفرنسي}) is attached to
 *       the person entity, outside its span.
 * </ol>
 *
 * <p>Each step is a class of its own ({@code NameRepairs}, {@code NameJoins}, {@code NameTypes},
 * {@code PersonTails}, {@code Recurrences}, {@code CanonicalNames}, {@code ElidedArticles},
 * {@code TitleSpans});
 * {@link #resolve} runs them in this order. Immutable and thread-safe; linear in the number of
 * tokens and entities, however many different
 * names an article holds: recurrences are found by walking a trie of the known names, and a short
 * mention is looked up among the runs of words of the full names. Names of more than {@link
 * #MAX_NAME_TOKENS} words are neither propagated nor linked to.
 */
public final class EntityResolver {

  /**
   * By default every recognized name is propagated to its recurrences: the scores of perceptron
   * models are normalized over all outcomes and low in absolute terms, so no fixed cut suits all.
   */
  public static final double DEFAULT_PROPAGATION_THRESHOLD = 0.0;

  /**
   * Longest name, in words, that is propagated to its recurrences or that shorter mentions link to.
   * A longer run of words taken for one name is a tagging accident; the bound keeps the resolver
   * linear in the article.
   */
  static final int MAX_NAME_TOKENS = 12;

  private final double propagationThreshold;
  private final NameKeys keys = NameKeys.matching();
  private final String article = keys.normalize("ال");
  private final TitleSpans titles;
  private final NameRepairs repairs = new NameRepairs(article);
  private final NameJoins joins;
  private final NameTypes types;
  private final Recurrences recurrences;

  private EntityResolver(PersonTitles titles, HeadNounNames heads, double propagationThreshold) {
    this.titles = new TitleSpans(titles);
    this.types = new NameTypes(heads);
    this.propagationThreshold = propagationThreshold;
    this.joins = new NameJoins(this.titles);
    this.recurrences = new Recurrences(keys, propagationThreshold);
  }

  /**
   * The resolver with the bundled title list, propagating every recognized name.
   *
   * @return the standard resolver
   */
  public static EntityResolver standard() {
    return new EntityResolver(
        PersonTitles.standard(), HeadNounNames.standard(), DEFAULT_PROPAGATION_THRESHOLD);
  }

  /**
   * The standard resolver with the titles ({@code ner/person-titles.txt}) and the name heads
   * ({@code ner/name-heads.txt}) of {@code resources}: the bundled ones and any added.
   *
   * @param resources the word lists
   * @return the resolver
   * @throws IllegalArgumentException if an added name head is malformed, naming it
   */
  public static EntityResolver of(LanguageResources resources) {
    EntityResolver out = standard();
    if (!resources.added("ner/person-titles.txt").isEmpty()) {
      out = out.withTitles(PersonTitles.of(resources.lines("ner/person-titles.txt")));
    }
    if (!resources.added("ner/name-heads.txt").isEmpty()) {
      out = out.withHeads(HeadNounNames.of(resources.lines("ner/name-heads.txt")));
    }
    return out;
  }

  /**
   * This resolver with the caller's name heads: a person's name on one of them takes its type,
   * an organization's head alone is no name.
   *
   * @param heads the head nouns ({@link HeadNounNames#of})
   * @return the resolver with them
   */
  public EntityResolver withHeads(HeadNounNames heads) {
    return new EntityResolver(
        titles.titles(), Objects.requireNonNull(heads, "heads"), propagationThreshold);
  }

  /**
   * This resolver with the caller's title list.
   *
   * @param newTitles the title words
   * @return the resolver with them
   */
  public EntityResolver withTitles(PersonTitles newTitles) {
    return new EntityResolver(
        Objects.requireNonNull(newTitles, "titles"), types.heads(), propagationThreshold);
  }

  /**
   * This resolver propagating only names scored at least {@code threshold} to their recurrences.
   *
   * @param threshold the least score of a propagated name
   * @return the resolver with that threshold
   * @throws IllegalArgumentException if {@code threshold} is not in {@code [0, 1]}
   */
  public EntityResolver withPropagationThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
    }
    return new EntityResolver(titles.titles(), types.heads(), threshold);
  }

  /**
   * The resolved entities of {@code text}, sorted by span and disjoint.
   *
   * @param text the tokenized article
   * @param entities the recognizers' entities, in any order, possibly overlapping
   * @return the resolved entities
   */
  public List<Entity> resolve(TokenizedText text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    List<EntityMerger.Candidate> candidates = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (e.span().end() <= text.text().length()) {
        candidates.add(new EntityMerger.Candidate(e, candidates.size()));
      }
    }
    TreeMap<Integer, Entity> taken = new TreeMap<>();
    for (Entity e : EntityMerger.merge(candidates)) {
      taken.put(e.span().start(), e);
    }
    List<Entity> out = repairs.repairCommonWords(text, new ArrayList<>(taken.values()));
    out = joins.joinSplitNames(text, out);
    out = types.retypeHeadedPersons(text, out);
    out = types.withoutBareHeads(text, out);
    out = types.saintsTowns(text, out);
    Map<Entity, List<String>> names = new HashMap<>();
    for (Entity e : out) {
      names.put(e, nameKeys(text, e.span()));
    }
    out = NameTypes.unifyTypes(out, names);
    out = PersonTails.split(text, out, names, article);
    out = recurrences.addRecurrences(text, out, names, taken);
    // A recurrence can complete a name the recognizer found in part (حلف + الناتو).
    out = NameJoins.join(text.text(), out, NameJoins::partsOfOneName);
    out = repairs.withoutLeadingNationalities(text.text(), out);
    for (Entity e : out) {
      names.computeIfAbsent(e, k -> nameKeys(text, k.span()));
    }
    out = CanonicalNames.canonicalize(out, names);
    out = ElidedArticles.restoreCanonicals(text, out);
    out.sort(Comparator.comparing(Entity::span));
    return titles.attachTitles(text, out);
  }

  /** Whether {@code span} overlaps an entity of {@code taken} (keyed by start, disjoint). */
  static boolean overlapsTaken(TreeMap<Integer, Entity> taken, CharSpan span) {
    Map.Entry<Integer, Entity> before = taken.lowerEntry(span.end());
    return before != null && before.getValue().span().overlaps(span);
  }

  /** The normalized tokens of the name at {@code span}; the first without its proclitics. */
  private List<String> nameKeys(TokenizedText text, CharSpan span) {
    List<Token> tokens = NameSpans.tokensOverlapping(text, span);
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      int from = Math.max(span.start(), t.span().start());
      int to = Math.min(span.end(), t.span().end());
      out.add(
          from == t.span().start() && to == t.span().end()
              ? t.key()
              : keys.normalize(text.text().subSequence(from, to)));
    }
    return out;
  }
}
