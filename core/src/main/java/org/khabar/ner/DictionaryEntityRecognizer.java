package org.khabar.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.segment.WordTokenizer;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.TextChars;

/**
 * Finds the caller's own names (people, places, organizations of their domain) by matching their
 * normalized tokens, longest match first, within sentences.
 *
 * <p>Names are tokenized like article text and compared by their tokens' matching keys ({@link
 * Token#key()}), whatever normalizer the pipeline displays with, so spelling variants the matching
 * preset folds match; the first token of a match may carry proclitics
 * ({@code وزيلينسكي} matches {@code زيلينسكي}), which stay outside the span. Score 1.0.
 *
 * <p>Immutable and thread-safe after {@link Builder#build()}.
 */
public final class DictionaryEntityRecognizer implements EntityRecognizer {

  private static final WordTokenizer TOKENIZER =
      new WordTokenizer(ArabicNormalizer.matching());

  private final Map<String, List<Entry>> byFirstKey;
  private final NameKeys keys;

  private record Entry(String[] keys, EntityType type) {}

  private DictionaryEntityRecognizer(Builder b) {
    this.keys = NameKeys.matching();
    Map<String, List<Entry>> map = new HashMap<>();
    for (Entry e : b.entries) {
      map.computeIfAbsent(e.keys()[0], k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> list : map.values()) {
      list.sort((x, y) -> Integer.compare(y.keys().length, x.keys().length));
    }
    this.byFirstKey = Map.copyOf(map);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    List<Entity> out = new ArrayList<>();
    String original = text.text();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensIn(sentence.span());
      int i = 0;
      while (i < tokens.size()) {
        Token first = tokens.get(i);
        Entry match = longest(tokens, i, first.key());
        int start = NameSpans.nameStart(original, first);
        if (match == null && start > first.span().start()) {
          String rest = NameSpans.key(text, first, start, keys);
          match = longest(tokens, i, rest);
          if (match == null && rest.startsWith("ل") && start < first.clitics().stem().start()) {
            // للجوهرة: the name is written from the article's lam, and listed with its alef
            match = longest(tokens, i, "ا" + rest);
          }
        }
        int letters = 0;
        if (match == null && !first.clitics().hasProclitics()) {
          // بشط مريم: proclitic letters the clitic analysis left on a word it did not know
          for (int p = 1; p <= 2 && match == null && isProcliticLetters(original, first, p); p++) {
            match = longest(tokens, i, first.key().substring(p));
            letters = p;
          }
        }
        if (match == null) {
          i++;
          continue;
        }
        CharSpan span = NameSpans.of(original, tokens, i, i + match.keys().length);
        if (span != null && !first.clitics().hasProclitics()) {
          span = CharSpan.of(first.span().start() + letters, span.end());
        }
        if (span != null) {
          String surface = span.textOf(original);
          out.add(new Entity(match.type(), span, surface, surface, 1.0));
        }
        i += match.keys().length;
      }
    }
    return out;
  }

  /**
   * {@code names}, another recognizer's (a model's), with each that runs on into a listed name of
   * several words and of another type, ending with it, cut before it: {@code هيثم قيراط | شبيبة
   * القيروان} (a player and his club in a fixture list, when {@code شبيبة القيروان} is listed). A
   * listed name of one word (a town) is left inside the longer one ({@code وكالة تونس}).
   *
   * @param text the text both lists were found in
   * @param listed this recognizer's names in {@code text}
   * @param names other names in {@code text}
   * @return {@code names}, so cut, in their order
   */
  public static List<Entity> endBefore(TokenizedText text, List<Entity> listed,
      List<Entity> names) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(listed, "listed");
    Objects.requireNonNull(names, "names");
    Map<Integer, Entity> byEnd = new HashMap<>();
    for (Entity m : listed) {
      if (m.text().chars().anyMatch(c -> TextChars.isSpace((char) c))) {
        byEnd.put(m.span().end(), m);
      }
    }
    if (byEnd.isEmpty()) {
      return names;
    }
    String s = text.text();
    List<Entity> out = new ArrayList<>(names.size());
    for (Entity e : names) {
      Entity m = byEnd.get(e.span().end());
      Entity cut = e;
      if (m != null && m.type() != e.type() && m.span().start() > e.span().start()
          && WordGaps.isBetweenWords(s.charAt(m.span().start() - 1))) {
        int end = m.span().start();
        while (end > e.span().start() && WordGaps.isBetweenWords(s.charAt(end - 1))) {
          end--;
        }
        if (end > e.span().start()) {
          CharSpan span = CharSpan.of(e.span().start(), end);
          String surface = span.textOf(s);
          cut = new Entity(e.type(), span, surface, surface, e.score());
        }
      }
      out.add(cut);
    }
    return out;
  }

  /**
   * Whether the first {@code p} chars of {@code token} are proclitic letters ({@code و ف} then
   * {@code ب ل ك}, or one of them alone), as written and as keyed, with at least two letters left.
   */
  private static boolean isProcliticLetters(String text, Token token, int p) {
    String key = token.key();
    if (key.length() - p < 2 || token.span().length() - p < 2) {
      return false;
    }
    for (int k = 0; k < p; k++) {
      char c = key.charAt(k);
      String letters = p == 1 ? NameSpans.PROCLITIC_LETTERS
          : k == 0 ? NameSpans.CONJUNCTION_LETTERS : NameSpans.PREPOSITION_LETTERS;
      boolean allowed = letters.indexOf(c) >= 0;
      if (!allowed || text.charAt(token.span().start() + k) != c) {
        return false;
      }
    }
    return true;
  }

  private Entry longest(List<Token> tokens, int i, String firstKey) {
    List<Entry> candidates = byFirstKey.get(firstKey);
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) {
      if (i + e.keys().length > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.keys().length && ok; k++) {
        ok = e.keys()[k].equals(tokens.get(i + k).key());
      }
      if (ok) {
        return e;
      }
    }
    return null;
  }

  /** Collects names; not thread-safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a name of {@code type}.
     *
     * @param type the entity type
     * @param name the name as written
     * @return this builder
     * @throws IllegalArgumentException if {@code name} has no token
     */
    public Builder add(EntityType type, String name) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      List<Token> tokens = TOKENIZER.tokenize(name);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("name has no token: \"" + name + "\"");
      }
      String[] keys = new String[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = tokens.get(i).key();
      }
      entries.add(new Entry(keys, type));
      return this;
    }

    /**
     * Adds every name of {@code names} with {@code type}.
     *
     * @param type the entity type
     * @param names the names as written
     * @return this builder
     */
    public Builder addAll(EntityType type, Iterable<String> names) {
      for (String name : Objects.requireNonNull(names, "names")) {
        add(type, name);
      }
      return this;
    }

    /**
     * The immutable recognizer.
     *
     * @return the recognizer
     */
    public DictionaryEntityRecognizer build() {
      return new DictionaryEntityRecognizer(this);
    }
  }
}
