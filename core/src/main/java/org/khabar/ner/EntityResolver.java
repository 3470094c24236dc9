package org.khabar.ner;

import static org.khabar.text.ArabicLetters.NOON;
import static org.khabar.text.ArabicLetters.SEEN;
import static org.khabar.text.ArabicLetters.TEH;
import static org.khabar.text.ArabicLetters.YEH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.khabar.segment.CliticAnalyzer;
import org.khabar.segment.LexiconForm;
import org.khabar.text.ArabicLetters;

/**
 * Makes the entities of one article agree with each other.
 *
 * <ol>
 *   <li>Overlaps: entities are taken in the order given (earlier recognizers first) and one that
 *       overlaps an entity already taken is dropped.
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
 *       {@code إيمانويل ماكرون}) and the type PERSON.
 *   <li>Titles: a title or role written in front of a person ({@code الرئيس الفرنسي}) is attached to
 *       the person entity, outside its span.
 * </ol>
 *
 * <p>Immutable and thread-safe; linear in the number of tokens and entities, however many different
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

  /** Scale of a propagated recurrence's score relative to the recognized mention's. */
  static final double PROPAGATED_SCORE_FACTOR = 0.8;

  /**
   * Longest name, in words, that is propagated to its recurrences or that shorter mentions link to.
   * A longer run of words taken for one name is a tagging accident; the bound keeps the resolver
   * linear in the article.
   */
  static final int MAX_NAME_TOKENS = 12;

  /**
   * Fewest times the bundled lexicon of news words must have seen a word without its future prefix
   * (سيترأسان without س, or without its dual ending too) for the word to count as a verb.
   */
  static final int FUTURE_VERB_EVIDENCE = 3;

  /** Dual and plural endings of an imperfect verb: يترأسان, يتوجهون, تشاركين, يتوجهوا. */
  private static final List<String> VERB_ENDINGS = List.of("ان", "ون", "ين", "وا");

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
  private final CliticAnalyzer lexicon;
  private final HeadNounNames heads = HeadNounNames.standard();

  private EntityResolver(PersonTitles titles, double propagationThreshold) {
    this.titles = titles;
    this.keys = NameKeys.matching();
    this.propagationThreshold = propagationThreshold;
    this.compoundHeads = normalized(COMPOUND_HEADS);
    this.compoundTails = normalized(COMPOUND_TAILS);
    this.article = keys.normalize("ال");
    this.lexicon = CliticAnalyzer.standard();
  }

  private Set<String> normalized(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(keys.normalize(w));
    }
    return Set.copyOf(out);
  }

  /**
   * The resolver with the bundled title list, propagating every recognized name.
   *
   * @return the standard resolver
   */
  public static EntityResolver standard() {
    return new EntityResolver(PersonTitles.standard(), DEFAULT_PROPAGATION_THRESHOLD);
  }

  /**
   * This resolver with the caller's title list.
   *
   * @param newTitles the title words
   * @return the resolver with them
   */
  public EntityResolver withTitles(PersonTitles newTitles) {
    return new EntityResolver(Objects.requireNonNull(newTitles, "titles"), propagationThreshold);
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
    return new EntityResolver(titles, threshold);
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
    TreeMap<Integer, Entity> taken = new TreeMap<>();
    for (Entity e : entities) {
      if (e.span().end() <= text.text().length() && !overlapsTaken(taken, e.span())) {
        taken.put(e.span().start(), e);
      }
    }
    List<Entity> out = retypeHeadedPersons(text,
        joinSplitNames(text, repairCommonWords(text, new ArrayList<>(taken.values()))));
    Map<Entity, List<String>> names = new HashMap<>();
    for (Entity e : out) {
      names.put(e, nameKeys(text, e.span()));
    }
    out = unifyTypes(out, names);
    out = PersonTails.split(text, out, names, article);
    out = addRecurrences(text, out, names, taken);
    // A recurrence can complete a name the recognizer found in part (حلف + الناتو).
    out = join(text.text(), out, EntityResolver::partsOfOneName);
    out = withoutLeadingNationalities(text.text(), out);
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
              ? t.key()
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

  /**
   * Known names by their words, so that the names starting at a token are found by walking at most
   * {@link #MAX_NAME_TOKENS} words, however many names the article holds. A name known twice keeps
   * its first mention (types are unified before, so its mentions share one).
   */
  private static final class NameTrie {
    final Map<String, NameTrie> next = new HashMap<>();
    Known known;

    void add(Known k) {
      NameTrie node = this;
      for (String word : k.name()) {
        node = node.next.computeIfAbsent(word, w -> new NameTrie());
      }
      if (node.known == null) {
        node.known = k;
      }
    }
  }

  private List<Entity> addRecurrences(
      TokenizedText text,
      List<Entity> entities,
      Map<Entity, List<String>> names,
      TreeMap<Integer, Entity> taken) {
    NameTrie known = new NameTrie();
    for (Entity e : entities) {
      List<String> name = names.get(e);
      if (e.score() >= propagationThreshold && !name.isEmpty() && name.size() <= MAX_NAME_TOKENS
          && e.text().length() > 2) {
        known.add(new Known(name, e.type(), e.score()));
        if (e.type() == EntityType.PERSON && hasSurname(name)) {
          // A person is named again by the last word of the name: القرضاوي after يوسف القرضاوي.
          String surname = name.get(name.size() - 1);
          known.add(new Known(List.of(surname), EntityType.PERSON, e.score()));
        }
      }
    }
    if (known.next.isEmpty()) {
      return entities;
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
        NameTrie node = known.next.get(first.key());
        if (node == null && start > first.span().start()) {
          node = known.next.get(NameSpans.key(text, first, start, keys));
        }
        // The longest known name that starts here.
        Known longest = null;
        for (int k = 1; node != null; k++) {
          if (node.known != null) {
            longest = node.known;
          }
          node = i + k < tokens.size() ? node.next.get(tokens.get(i + k).key()) : null;
        }
        if (longest == null) {
          continue;
        }
        List<String> name = longest.name();
        CharSpan span = NameSpans.of(original, tokens, i, i + name.size());
        if (span != null && !overlapsTaken(all, span)) {
          String surface = span.textOf(original);
          Entity added =
              new Entity(longest.type(), span, surface, surface,
                  longest.score() * PROPAGATED_SCORE_FACTOR);
          all.put(span.start(), added);
          names.put(added, name);
        }
      }
    }
    return new ArrayList<>(all.values());
  }

  /**
   * Whether the last word of a person's {@code name} names the person alone: the name has several
   * words, the last has at least three letters after its article, and it is not the second half of
   * a compound ({@code عبد الله}, {@code أبو مازن}, {@code بن علي}, {@code نور الدين}) nor a
   * nationality adjective with the article ({@code أبو حمزة المصري}: alone, {@code المصري} is
   * mostly the adjective; the training corpora have such words outside any name 673 times in 758).
   */
  private boolean hasSurname(List<String> name) {
    if (name.size() < 2) {
      return false;
    }
    String last = name.get(name.size() - 1);
    int letters = last.startsWith(article) ? last.length() - article.length() : last.length();
    return letters >= 3
        && !compoundHeads.contains(name.get(name.size() - 2))
        && !compoundTails.contains(last)
        && !(last.startsWith(article) && Nationalities.contains(last));
  }

  private static List<Entity> canonicalize(List<Entity> entities, Map<Entity, List<String>> names) {
    // Each distinct full name once, by its first occurrence: a long article repeats its names.
    Map<List<String>, Entity> firstByName = new LinkedHashMap<>();
    for (Entity e : entities) {
      List<String> name = names.get(e);
      if (e.type() == EntityType.PERSON && name.size() > 1
          && name.size() <= MAX_NAME_TOKENS) {
        firstByName.putIfAbsent(name, e);
      }
    }
    // Every shorter run of tokens in a full name, with the full name it stands for. A mention is
    // then one lookup, so the whole is linear in the article, whatever names it holds.
    Map<List<String>, Link> byRun = new HashMap<>();
    for (Map.Entry<List<String>, Entity> f : firstByName.entrySet()) {
      List<String> full = f.getKey();
      Link link = new Link(full, f.getValue(), false);
      Set<List<String>> runs = new HashSet<>();
      for (int from = 0; from < full.size(); from++) {
        for (int to = from + 1; to <= full.size(); to++) {
          if (to - from < full.size()) {
            runs.add(full.subList(from, to));
          }
        }
      }
      for (List<String> run : runs) {
        byRun.merge(run, link, EntityResolver::wider);
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<String> name = names.get(e);
      // A short mention of any type inside a person's full name is that person ("ستارمر").
      Link link = byRun.get(name);
      if (link == null || link.ambiguous()) {
        out.add(e);
      } else {
        Entity linked = e.withType(EntityType.PERSON).withCanonical(link.entity().text());
        names.put(linked, name);
        out.add(linked);
      }
    }
    return out;
  }

  /**
   * The longest full name containing a run of tokens, and whether another full name containing the
   * run is not part of it (then the run is ambiguous: {@code محمد} in {@code محمد علي} and in
   * {@code محمد حسن}).
   */
  private record Link(List<String> name, Entity entity, boolean ambiguous) {}

  /** {@code known} with {@code other}, another full name containing the same run, taken in. */
  private static Link wider(Link known, Link other) {
    if (other.name().size() > known.name().size()) {
      return new Link(other.name(), other.entity(),
          known.ambiguous() || !containsRun(other.name(), known.name()));
    }
    return known.ambiguous() || containsRun(known.name(), other.name())
        ? known
        : new Link(known.name(), known.entity(), true);
  }

  private static boolean containsRun(List<String> longer, List<String> shorter) {
    return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
  }

  /**
   * Drops names that end in tanween (ً ٌ ٍ, before or after a final alef): the indefinite ending
   * marks a common word ({@code فورياً}, {@code رسمياً}), never a proper name. Cuts a verb in the
   * future off the end of a name of several words: the recognizer ran on into the sentence's verb.
   * Cuts a nationality adjective with the article off the start of a person's name of several
   * words ({@code الإسباني راؤول غونزاليز} gives {@code راؤول غونزاليز}): it describes the person,
   * as a title does, and is never part of the name in the training corpora (ANERcorp train and the
   * AQMAR train and dev documents write it before 192 names, at the start of none).
   */
  private List<Entity> repairCommonWords(TokenizedText text, List<Entity> entities) {
    String s = text.text();
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (endsInTanween(s, e.span())) {
        continue;
      }
      out.add(withoutTrailingFutureVerb(s, withoutLeadingNationality(s, e)));
    }
    return out;
  }

  /** {@code e} without a verb in the future as its last word, if it has several words. */
  private Entity withoutTrailingFutureVerb(String s, Entity e) {
    int lastSpace = lastSpaceIn(s, e.span());
    int end = lastSpace;
    while (end > e.span().start() && isBetweenWords(s.charAt(end - 1))) {
      end--;
    }
    if (end <= e.span().start()
        || !(Character.isLetterOrDigit(s.charAt(end - 1))
            || Character.getType(s.charAt(end - 1)) == Character.NON_SPACING_MARK)
        || !isFutureVerb(s.substring(lastSpace + 1, e.span().end()))) {
      return e;
    }
    CharSpan span = CharSpan.of(e.span().start(), end);
    String surface = span.textOf(s);
    return new Entity(e.type(), span, surface, surface, e.score());
  }

  private List<Entity> withoutLeadingNationalities(String s, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(withoutLeadingNationality(s, e));
    }
    return out;
  }

  /**
   * {@code e} without a leading nationality adjective with the article, if it is a person's name
   * of several words that starts with one.
   */
  private Entity withoutLeadingNationality(String s, Entity e) {
    if (e.type() != EntityType.PERSON) {
      return e;
    }
    int space = e.span().start();
    while (space < e.span().end() && !isSpace(s.charAt(space))) {
      space++;
    }
    int next = space;
    while (next < e.span().end() && isBetweenWords(s.charAt(next))) {
      next++;
    }
    if (space == e.span().end() || next == e.span().end()) {
      return e;
    }
    String first = LexiconForm.of(s.substring(e.span().start(), space));
    if (!first.startsWith(article) || !Nationalities.contains(first)) {
      return e;
    }
    CharSpan span = CharSpan.of(next, e.span().end());
    String surface = span.textOf(s);
    return new Entity(e.type(), span, surface, surface, e.score());
  }

  /** The offset of the last space inside {@code span}, or -1. */
  private static int lastSpaceIn(String text, CharSpan span) {
    for (int i = span.end() - 1; i > span.start(); i--) {
      if (isSpace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A space between words: any horizontal space (no-break too) or a line break. */
  private static boolean isSpace(char c) {
    return ArabicLetters.isHorizontalSpace(c) || ArabicLetters.isLineBreak(c);
  }

  /** A space, or an invisible control (a joiner, a direction mark) beside one. */
  private static boolean isBetweenWords(char c) {
    return isSpace(c) || isInvisible(c);
  }

  private static boolean isInvisible(char c) {
    return ArabicLetters.isInvisibleControl(c) || ArabicLetters.isJoinerControl(c);
  }

  /**
   * Whether {@code word} is a verb in the future: in {@link LexiconForm}, the prefix س before an
   * imperfect prefix ي ت ن, at least five letters, and the rest attested in the bundled lexicon
   * of news words at least {@link #FUTURE_VERB_EVIDENCE} times, as it is ({@code ستنطلق}: {@code
   * تنطلق}) or without a dual or plural ending ({@code سيترأسان}: {@code يترأس}). A name that
   * merely starts the same way leaves a rest never seen on its own ({@code ستارمر}, {@code
   * ساركوزي}, {@code سيساكو}).
   */
  private boolean isFutureVerb(String word) {
    String w = LexiconForm.of(word);
    if (w.length() < 5 || w.charAt(0) != SEEN
        || (w.charAt(1) != YEH && w.charAt(1) != TEH && w.charAt(1) != NOON)) {
      return false;
    }
    String rest = w.substring(1);
    if (lexicon.count(rest) >= FUTURE_VERB_EVIDENCE) {
      return true;
    }
    for (String ending : VERB_ENDINGS) {
      if (rest.endsWith(ending) && rest.length() - ending.length() >= 3
          && lexicon.count(rest.substring(0, rest.length() - ending.length()))
              >= FUTURE_VERB_EVIDENCE) {
        return true;
      }
    }
    return false;
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

  /**
   * A person's name that starts with the head noun of a place or an organization ({@code قصر
   * الإليزيه}, {@code وزارة الدفاع}) takes the head's type: no person is named so.
   */
  private List<Entity> retypeHeadedPersons(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      EntityType type = null;
      if (e.type() == EntityType.PERSON && !isOneWord(text.text(), e.span())) {
        List<Token> tokens = NameSpans.tokensOverlapping(text, e.span());
        type = heads.typeOfHead(keys.normalize(tokens.get(0).clitics().stem().textOf(text.text())));
      }
      out.add(type == null ? e : e.withType(type));
    }
    return out;
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

  /**
   * Whether only spaces on one line separate two names, with perhaps invisible controls (joiners,
   * direction marks) among them.
   */
  private static boolean onlySpacesBetween(String text, CharSpan left, CharSpan right) {
    if (right.start() <= left.end()) {
      return false;
    }
    boolean space = false;
    for (int i = left.end(); i < right.start(); i++) {
      char c = text.charAt(i);
      if (ArabicLetters.isHorizontalSpace(c)) {
        space = true;
      } else if (!isInvisible(c)) {
        return false;
      }
    }
    return space;
  }

  private static boolean isOneWord(String text, CharSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (isSpace(text.charAt(i))) {
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
