package org.khabar.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;

/**
 * Finds the unrecognized recurrences of an article's recognized names, and a person's surname
 * alone, by walking a trie of the known names over the tokens: linear in the article however many
 * names it holds. Immutable and thread-safe.
 */
final class Recurrences {

  /** Scale of a propagated recurrence's score relative to the recognized mention's. */
  static final double PROPAGATED_SCORE_FACTOR = 0.8;

  /** Words after which the next word belongs to a compound name, not a surname. */
  private static final List<String> COMPOUND_HEADS =
      List.of("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "أم", "ام");

  /** Second halves of compound given names ({@code نور الدين}, {@code صلاح الدين}). */
  private static final List<String> COMPOUND_TAILS = List.of("الدين");

  private final NameKeys keys;
  private final double propagationThreshold;
  private final Set<String> compoundHeads;
  private final Set<String> compoundTails;
  private final String article;

  Recurrences(NameKeys keys, double propagationThreshold) {
    this.keys = keys;
    this.propagationThreshold = propagationThreshold;
    this.compoundHeads = normalized(keys, COMPOUND_HEADS);
    this.compoundTails = normalized(keys, COMPOUND_TAILS);
    this.article = keys.normalize("ال");
  }

  private static Set<String> normalized(NameKeys keys, List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(keys.normalize(w));
    }
    return Set.copyOf(out);
  }

  /** A name whose unrecognized recurrences become entities: its normalized tokens, type, score. */
  private record Known(List<String> name, EntityType type, double score) {}

  /**
   * Known names by their words, so that the names starting at a token are found by walking at most
   * {@link EntityResolver#MAX_NAME_TOKENS} words, however many names the article holds. A name known twice keeps
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

  /**
   * {@code entities} with the unrecognized recurrences of their names added, with {@link
   * #PROPAGATED_SCORE_FACTOR} of the score; {@code names} learns the keys of each added entity and
   * {@code taken} is left as it is.
   */
  List<Entity> addRecurrences(
      TokenizedText text,
      List<Entity> entities,
      Map<Entity, List<String>> names,
      TreeMap<Integer, Entity> taken) {
    NameTrie known = new NameTrie();
    for (Entity e : entities) {
      List<String> name = names.get(e);
      if (e.score() >= propagationThreshold && !name.isEmpty() && name.size() <= EntityResolver.MAX_NAME_TOKENS
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
        if (span != null && !EntityResolver.overlapsTaken(all, span)) {
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
}
