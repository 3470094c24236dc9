package org.khabar.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;

/**
 * Makes the entities of one article agree with each other.
 *
 * <ol>
 *   <li>Overlaps: entities are taken in the order given (earlier recognizers first) and one that
 *       overlaps an entity already taken is dropped.
 *   <li>Repairs: a name ending in tanween is a common word and is dropped; parts of one name that
 *       the recognizer split at a space are joined (a person's or an organization's, or a given
 *       name taken for a place after a title).
 *   <li>Types: all mentions of the same name (same normalized tokens) get the type with the highest
 *       total score.
 *   <li>Recurrences: an unrecognized recurrence of a recognized name (of more than two chars, scored
 *       at least the propagation threshold) becomes an entity of the same type, with a lower score;
 *       so does, as a person, the surname of a person's name of several words ({@code القرضاوي}
 *       after {@code يوسف القرضاوي}; not the second half of a compound such as {@code عبد الله}).
 *   <li>Canonical forms: a mention whose tokens occur within exactly one longer person name of the
 *       article is that person: it takes the name as its canonical form ({@code ماكرون} gives
 *       {@code إيمانويل ماكرون}) and the type PERSON.
 *   <li>Titles: a title or role written in front of a person ({@code الرئيس الفرنسي}) is attached to
 *       the person entity, outside its span.
 * </ol>
 *
 * <p>Immutable and thread-safe; linear in the number of tokens and entities (names are looked up
 * by their first token).
 */
public final class EntityResolver {

  /**
   * By default every recognized name is propagated to its recurrences: the scores of perceptron
   * models are normalized over all outcomes and low in absolute terms, so no fixed cut suits all.
   */
  public static final double DEFAULT_PROPAGATION_THRESHOLD = 0.0;

  /** Scale of a propagated recurrence's score relative to the recognized mention's. */
  static final double PROPAGATED_SCORE_FACTOR = 0.8;

  /** Words after which the next word belongs to a compound name, not a surname. */
  private static final List<String> COMPOUND_HEADS =
      List.of("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "أم", "ام");

  /** Second halves of compound given names ({@code نور الدين}, {@code صلاح الدين}). */
  private static final List<String> COMPOUND_TAILS = List.of("الدين");

  private final PersonTitles titles;
  private final NameKeys keys;
  private final double propagationThreshold;
  private final Set<String> compoundHeads;
  private final Set<String> compoundTails;
  private final String article;

  private EntityResolver(PersonTitles titles, double propagationThreshold) {
    this.titles = titles;
    this.keys = NameKeys.matching();
    this.propagationThreshold = propagationThreshold;
    this.compoundHeads = normalized(COMPOUND_HEADS);
    this.compoundTails = normalized(COMPOUND_TAILS);
    this.article = keys.normalize("ال");
  }

  private Set<String> normalized(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(keys.normalize(w));
    }
    return Set.copyOf(out);
  }

  /** The resolver with the bundled title list, propagating every recognized name. */
  public static EntityResolver standard() {
    return new EntityResolver(PersonTitles.standard(), DEFAULT_PROPAGATION_THRESHOLD);
  }

  /** This resolver with the caller's title list. */
  public EntityResolver withTitles(PersonTitles newTitles) {
    return new EntityResolver(Objects.requireNonNull(newTitles, "titles"), propagationThreshold);
  }

  /**
   * This resolver propagating only names scored at least {@code threshold} to their recurrences.
   *
   * @throws IllegalArgumentException if {@code threshold} is not in {@code [0, 1]}
   */
  public EntityResolver withPropagationThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
    }
    return new EntityResolver(titles, threshold);
  }

  /** The resolved entities of {@code text}, sorted by span and disjoint. */
  public List<Entity> resolve(TokenizedText text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    TreeMap<Integer, Entity> taken = new TreeMap<>();
    for (Entity e : entities) {
      if (e.span().end() <= text.text().length() && !overlapsTaken(taken, e.span())) {
        taken.put(e.span().start(), e);
      }
    }
    List<Entity> out = joinSplitNames(text, dropCommonWords(text, new ArrayList<>(taken.values())));
    Map<Entity, List<String>> names = new HashMap<>();
    for (Entity e : out) {
      names.put(e, nameKeys(text, e.span()));
    }
    out = unifyTypes(out, names);
    out = addRecurrences(text, out, names, taken);
    // A recurrence can complete a name the recognizer found in part (حلف + الناتو).
    out = join(text.text(), out, EntityResolver::partsOfOneName);
    for (Entity e : out) {
      names.computeIfAbsent(e, k -> nameKeys(text, k.span()));
    }
    out = canonicalize(out, names);
    out = attachTitles(text, out);
    out.sort(Comparator.comparing(Entity::span));
    return out;
  }

  private static boolean overlapsTaken(TreeMap<Integer, Entity> taken, CharSpan span) {
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
              ? t.norm()
              : keys.normalize(text.text().subSequence(from, to)));
    }
    return out;
  }

  private static List<Entity> unifyTypes(List<Entity> entities, Map<Entity, List<String>> names) {
    Map<List<String>, EnumMap<EntityType, Double>> votes = new HashMap<>();
    for (Entity e : entities) {
      votes
          .computeIfAbsent(names.get(e), k -> new EnumMap<>(EntityType.class))
          .merge(e.type(), e.score() + 1e-9, Double::sum);
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      EntityType best =
          votes.get(names.get(e)).entrySet().stream()
              .max(Map.Entry.<EntityType, Double>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow()
              .getKey();
      Entity unified = best == e.type() ? e : e.withType(best);
      names.put(unified, names.get(e));
      out.add(unified);
    }
    return out;
  }

  /** A name whose unrecognized recurrences become entities: its normalized tokens, type, score. */
  private record Known(List<String> name, EntityType type, double score) {}

  private List<Entity> addRecurrences(
      TokenizedText text,
      List<Entity> entities,
      Map<Entity, List<String>> names,
      TreeMap<Integer, Entity> taken) {
    Map<String, List<Known>> byFirst = new HashMap<>();
    for (Entity e : entities) {
      List<String> name = names.get(e);
      if (e.score() >= propagationThreshold && !name.isEmpty() && e.text().length() > 2) {
        byFirst.computeIfAbsent(name.get(0), k -> new ArrayList<>())
            .add(new Known(name, e.type(), e.score()));
        if (e.type() == EntityType.PERSON && hasSurname(name)) {
          // A person is named again by the last word of the name: القرضاوي after يوسف القرضاوي.
          String surname = name.get(name.size() - 1);
          byFirst.computeIfAbsent(surname, k -> new ArrayList<>())
              .add(new Known(List.of(surname), EntityType.PERSON, e.score()));
        }
      }
    }
    if (byFirst.isEmpty()) {
      return entities;
    }
    for (List<Known> list : byFirst.values()) {
      list.sort((a, b) -> Integer.compare(b.name().size(), a.name().size()));
    }
    TreeMap<Integer, Entity> all = new TreeMap<>();
    for (Entity e : entities) {
      all.put(e.span().start(), e);
    }
    String original = text.text();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensIn(sentence.span());
      for (int i = 0; i < tokens.size(); i++) {
        Token first = tokens.get(i);
        int start = NameSpans.nameStart(original, first);
        List<Known> candidates = byFirst.get(first.norm());
        if (candidates == null && start > first.span().start()) {
          candidates = byFirst.get(NameSpans.key(text, first, start, keys));
        }
        if (candidates == null) {
          continue;
        }
        for (Known known : candidates) {
          List<String> name = known.name();
          if (!matches(tokens, i, name)) {
            continue;
          }
          CharSpan span = NameSpans.of(original, tokens, i, i + name.size());
          if (span != null && !overlapsTaken(all, span)) {
            String surface = span.textOf(original);
            Entity added =
                new Entity(known.type(), span, surface, surface,
                    known.score() * PROPAGATED_SCORE_FACTOR);
            all.put(span.start(), added);
            names.put(added, name);
          }
          break;
        }
      }
    }
    return new ArrayList<>(all.values());
  }

  /**
   * Whether the last word of a person's {@code name} names the person alone: the name has several
   * words, the last has at least three letters after its article, and it is not the second half of
   * a compound ({@code عبد الله}, {@code أبو مازن}, {@code بن علي}, {@code نور الدين}).
   */
  private boolean hasSurname(List<String> name) {
    if (name.size() < 2) {
      return false;
    }
    String last = name.get(name.size() - 1);
    int letters = last.startsWith(article) ? last.length() - article.length() : last.length();
    return letters >= 3
        && !compoundHeads.contains(name.get(name.size() - 2))
        && !compoundTails.contains(last);
  }

  private static boolean matches(List<Token> tokens, int i, List<String> name) {
    if (i + name.size() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < name.size(); k++) {
      if (!name.get(k).equals(tokens.get(i + k).norm())) {
        return false;
      }
    }
    return true;
  }

  private static List<Entity> canonicalize(List<Entity> entities, Map<Entity, List<String>> names) {
    // Each distinct full name once, by its first occurrence: a long article repeats its names, and
    // scanning every occurrence for every short mention would make this quadratic.
    Map<List<String>, Entity> firstByName = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && names.get(e).size() > 1) {
        firstByName.putIfAbsent(names.get(e), e);
      }
    }
    Map<String, List<Entity>> byToken = new HashMap<>();
    for (Map.Entry<List<String>, Entity> e : firstByName.entrySet()) {
      for (String token : new LinkedHashSet<>(e.getKey())) {
        byToken.computeIfAbsent(token, k -> new ArrayList<>()).add(e.getValue());
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<String> name = names.get(e);
      // A short mention of any type inside a person's full name is that person ("ستارمر").
      if (name.isEmpty() || !byToken.containsKey(name.get(0))) {
        out.add(e);
        continue;
      }
      List<String> fullName = null;
      Entity full = null;
      boolean ambiguous = false;
      for (Entity longer : byToken.get(name.get(0))) {
        List<String> longerName = names.get(longer);
        if (longerName.size() <= name.size() || !containsRun(longerName, name)) {
          continue;
        }
        if (fullName == null || longerName.size() > fullName.size()) {
          if (fullName != null && !containsRun(longerName, fullName)) {
            ambiguous = true;
          }
          fullName = longerName;
          full = longer;
        } else if (!containsRun(fullName, longerName)) {
          ambiguous = true;
        }
      }
      if (full == null || ambiguous) {
        out.add(e);
      } else {
        Entity linked = e.withType(EntityType.PERSON).withCanonical(full.text());
        names.put(linked, name);
        out.add(linked);
      }
    }
    return out;
  }

  private static boolean containsRun(List<String> longer, List<String> shorter) {
    return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
  }

  /**
   * Drops names that end in tanween (ً ٌ ٍ, before or after a final alef): the indefinite ending
   * marks a common word ({@code فورياً}, {@code رسمياً}), never a proper name.
   */
  private static List<Entity> dropCommonWords(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (!endsInTanween(text.text(), e.span())) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean endsInTanween(String text, CharSpan span) {
    int end = span.end();
    if (end > span.start() && (text.charAt(end - 1) == '\u0627' || text.charAt(end - 1) == '\u0649')) {
      end--;
    }
    return end > span.start() && text.charAt(end - 1) >= '\u064B' && text.charAt(end - 1) <= '\u064D';
  }

  /**
   * Joins names the recognizer split where only spaces separate them: first, after a title, a
   * single word taken for a place followed by a person's single name (the place is the person's
   * given name: {@code وزيرة الخارجية فيكتوريا نولاند}); then two parts of one person's or one
   * organization's name ({@code حلف} + {@code الناتو}). Adjacent places stay apart ({@code إيطاليا}
   * then a given name that looks like a country). Input and output sorted and disjoint.
   */
  private List<Entity> joinSplitNames(TokenizedText text, List<Entity> entities) {
    String s = text.text();
    List<Entity> people = join(s, entities, (before, e) ->
        before.type() == EntityType.LOCATION
            && e.type() == EntityType.PERSON
            && isOneWord(s, before.span())
            && isOneWord(s, e.span())
            && titleBefore(text, before.span()) != null);
    return join(s, people, EntityResolver::partsOfOneName);
  }

  /** Whether two names that only spaces separate are parts of one person's or organization's. */
  private static boolean partsOfOneName(Entity before, Entity e) {
    return before.type() == e.type()
        && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
  }

  /** Joins each entity to the one before it when only spaces separate them and {@code joins}. */
  private static List<Entity> join(
      String s, List<Entity> entities, BiPredicate<Entity, Entity> joins) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      int last = out.size() - 1;
      if (last >= 0
          && onlySpacesBetween(s, out.get(last).span(), e.span())
          && joins.test(out.get(last), e)) {
        Entity before = out.get(last);
        CharSpan span = CharSpan.of(before.span().start(), e.span().end());
        String surface = span.textOf(s);
        out.set(
            last,
            new Entity(e.type(), span, surface, surface, Math.min(before.score(), e.score())));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean onlySpacesBetween(String text, CharSpan left, CharSpan right) {
    if (right.start() <= left.end()) {
      return false;
    }
    for (int i = left.end(); i < right.start(); i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static boolean isOneWord(String text, CharSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private List<Entity> attachTitles(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON || e.title().isPresent()) {
        out.add(e);
        continue;
      }
      CharSpan title = titleBefore(text, e.span());
      out.add(title == null || title.overlaps(e.span()) ? e : e.withTitle(title));
    }
    return out;
  }

  /** The title in front of the name at {@code span}, or null. */
  private CharSpan titleBefore(TokenizedText text, CharSpan span) {
    CharSpan title = null;
    for (Sentence sentence : sentencesAt(text, span)) {
      List<Token> tokens = text.tokensIn(sentence.span());
      int first = indexOfTokenContaining(tokens, span.start());
      if (first >= 0) {
        title = titles.titleBefore(text, tokens, first);
      }
    }
    return title;
  }

  private static List<Sentence> sentencesAt(TokenizedText text, CharSpan span) {
    List<Sentence> sentences = text.sentences();
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sentences.size() && sentences.get(lo).span().contains(span.start())
        ? List.of(sentences.get(lo))
        : List.of();
  }

  /** Binary search: sentences can be long (a megabyte without punctuation is one sentence). */
  private static int indexOfTokenContaining(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CharSpan span = tokens.get(mid).span();
      if (span.end() <= offset) {
        lo = mid + 1;
      } else if (span.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
