package org.khabar.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Proclitic;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;

/**
 * Finds people by a given name where news writes one: after a title and its definite modifiers
 * ({@code رئيس الجمهورية الباجي قايد السبسي}, {@code وزير التجارة سمير ...}), or two given names
 * in a row ({@code ألفة يوسف}). A statistical model misses the names it did not see in training,
 * most often those of another country's news; a given-names list, the title words ({@code
 * person-titles.txt}) and the clitic lexicon's news counts find them.
 *
 * <p>The name starts at the given name: one written without the article, which the lexicon rarely
 * saw with it, or after a title any listed one ({@code سلمى}, though {@code السلمي} is a common
 * word) or one with the article ({@code الباجي}). It takes up to {@value #MAX_SURNAME_WORDS} more
 * words of a surname: a given name; a definite word whose stem the lexicon saw far more often with
 * the article than without ({@code السبسي}, {@code الشرفي}), not a nationality nor a feminine
 * adjective; a rare word before such a word ({@code قايد}); {@code بن}, {@code بو}, {@code أبو},
 * {@code عبد}, {@code آل} and the word after. A particle, a time word, a title, the head of
 * another name, a word with an attached pronoun or any other word ends it; a name is at least two
 * words. Later (and earlier) mentions of a name found, whole or by its surname ({@code قايد
 * السبسي}, {@code الشرفي}; not a surname that is one given name, {@code يوسف}), are the person too.
 * Every name found has the score {@link #SCORE}. Immutable and thread-safe; linear in the number of
 * tokens.
 */
public final class GivenNamePersons implements EntityRecognizer {

  /**
   * The score of every name found: about the share of them that were right, span and type, on the
   * ant-ner development set and ANERcorp test (models/README.md).
   */
  public static final double SCORE = 0.75;

  /** The most words after the given name, a connector and its word counting as one. */
  static final int MAX_SURNAME_WORDS = 3;

  /**
   * The most names kept for later mentions that begin with one word: it bounds the work on each
   * word of a text that names thousands of people.
   */
  static final int MAX_NAMES_PER_WORD = 16;

  /** The most words of a title between its head and the name ({@code رئيس الجمهورية}). */
  static final int MAX_TITLE_MODIFIERS = 3;

  private final PersonNameWords names;

  private GivenNamePersons(PersonNameWords names) {
    this.names = names;
  }

  /**
   * A finder with {@code givenNames} and the bundled title words.
   *
   * @param givenNames given names, in any spelling (normalized here)
   * @return the finder
   * @throws NullPointerException if {@code givenNames} or one of them is null
   */
  public static GivenNamePersons of(Collection<String> givenNames) {
    return of(givenNames, HeadNounNames.standard());
  }

  /**
   * A finder with {@code givenNames}, the bundled title words, and the head nouns of {@code heads}:
   * a word that heads a name is not part of a person's.
   *
   * @param givenNames given names, in any spelling (normalized here)
   * @param heads the head nouns ({@link HeadNounNames#of})
   * @return the finder
   * @throws NullPointerException if an argument or a given name is null
   */
  public static GivenNamePersons of(Collection<String> givenNames, HeadNounNames heads) {
    return new GivenNamePersons(PersonNameWords.of(givenNames, heads));
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    List<Entity> out = new ArrayList<>();
    Map<String, List<List<String>>> recurring = new HashMap<>();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensIn(sentence.span());
      for (int k = 0; k < tokens.size(); k++) {
        int end = nameEnd(text, tokens, k);
        if (end > k + 1) {
          out.add(person(text, tokens, k, end));
          remember(text, tokens, k, end, recurring);
          k = end - 1;
        }
      }
    }
    if (!recurring.isEmpty()) {
      addRecurrences(text, recurring, out);
    }
    return out;
  }

  private static Entity person(TokenizedText text, List<Token> tokens, int from, int to) {
    int start = NameSpans.nameStart(text.text(), tokens.get(from));
    CharSpan span = CharSpan.of(start, tokens.get(to - 1).span().end());
    String surface = span.textOf(text.text());
    return new Entity(EntityType.PERSON, span, surface, surface, SCORE);
  }

  /**
   * Keeps the name of tokens {@code from} to {@code to} and its surname, for their later mentions:
   * the surname when it ends with a definite one or is two words ({@code قايد السبسي}), not a
   * given name alone ({@code يوسف} of {@code ألفة يوسف}).
   */
  private void remember(TokenizedText text, List<Token> tokens, int from, int to,
      Map<String, List<List<String>>> recurring) {
    List<String> keys = new ArrayList<>(to - from);
    for (int j = from; j < to; j++) {
      keys.add(nameKey(text, tokens.get(j)));
    }
    add(recurring, keys);
    List<String> surname = keys.subList(1, keys.size());
    if (surname.size() >= 2 || names.isDefiniteSurname(text, tokens.get(to - 1))) {
      add(recurring, List.copyOf(surname));
    }
  }

  private static void add(Map<String, List<List<String>>> recurring, List<String> keys) {
    List<List<String>> same = recurring.computeIfAbsent(keys.get(0), x -> new ArrayList<>());
    if (same.size() < MAX_NAMES_PER_WORD && !same.contains(keys)) {
      same.add(keys);
    }
  }

  /**
   * Adds the later (and earlier) mentions of the names found, whole or by surname, that no name
   * found covers; {@code out} ends sorted by span.
   */
  private void addRecurrences(TokenizedText text, Map<String, List<List<String>>> recurring,
      List<Entity> out) {
    List<Entity> found = new ArrayList<>(out);
    int f = 0;
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensIn(sentence.span());
      for (int k = 0; k < tokens.size(); k++) {
        int at = tokens.get(k).span().start();
        while (f < found.size() && found.get(f).span().end() <= at) {
          f++;
        }
        if (f < found.size() && found.get(f).span().start() <= at) {
          continue; // inside a name found
        }
        List<List<String>> candidates =
            tokens.get(k).kind() == TokenKind.WORD ? recurring.get(nameKey(text, tokens.get(k)))
                : null;
        int best = 0;
        for (List<String> keys : candidates == null ? List.<List<String>>of() : candidates) {
          if (keys.size() > best && matches(text, tokens, k, keys)) {
            best = keys.size();
          }
        }
        if (best > 0) {
          out.add(person(text, tokens, k, k + best));
          k += best - 1;
        }
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
  }

  private boolean matches(TokenizedText text, List<Token> tokens, int k, List<String> keys) {
    if (k + keys.size() > tokens.size()) {
      return false;
    }
    for (int j = 0; j < keys.size(); j++) {
      Token t = tokens.get(k + j);
      if (t.kind() != TokenKind.WORD || !keys.get(j).equals(nameKey(text, t))
          || j > 0 && t.clitics().hasProclitics() && !HeadNounWords.isDefinite(t)) {
        return false;
      }
    }
    return true;
  }

  /** A word as a name compares it: its stem, with the article when it has one. */
  private String nameKey(TokenizedText text, Token t) {
    String stem = names.stem(text, t);
    return t.clitics().proclitics().contains(Proclitic.AL) ? "ال" + stem : stem;
  }

  /** The index after a person's name that starts at token {@code k}, or {@code k}. */
  private int nameEnd(TokenizedText text, List<Token> tokens, int k) {
    Token first = tokens.get(k);
    if (!names.isSpelledAsGivenName(text, first) || names.isStop(text, first)) {
      return k; // على, أمام: particles spelled like given names
    }
    boolean titled = titleEndsAt(text, tokens, k);
    boolean given = names.isGivenName(text, first) || titled
        && (names.isListedGivenName(text, first) || names.isDefiniteGivenName(text, first));
    boolean pair = given && k + 1 < tokens.size() && names.isGivenName(text, tokens.get(k + 1));
    if (!given || !titled && !pair) {
      return k;
    }
    int end = k + 1;
    int words = 0;
    int j = k + 1;
    while (j < tokens.size() && words < MAX_SURNAME_WORDS) {
      Token t = tokens.get(j);
      Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
      int taken;
      if (PersonNameWords.isConnector(t) && next != null && next.kind() == TokenKind.WORD) {
        taken = 2; // بن علي, عبد القوي, آل ثاني
        while (PersonNameWords.isConnector(tokens.get(j + taken - 1)) && j + taken < tokens.size()
            && tokens.get(j + taken).kind() == TokenKind.WORD) {
          taken++; // بن عبد العزيز
        }
      } else if (names.isGivenName(text, t) || names.isDefiniteSurname(text, t)) {
        taken = 1;
      } else if (next != null && words + 1 < MAX_SURNAME_WORDS && names.isRareWord(text, t)
          && names.isDefiniteSurname(text, next)) {
        taken = 2; // قايد السبسي: a word of the name before a definite one
      } else {
        break;
      }
      j += taken;
      end = j;
      words += PersonNameWords.isConnector(t) ? 1 : taken;
    }
    return end;
  }

  /** Whether a title ends right before token {@code k}: a title word and its modifiers. */
  private boolean titleEndsAt(TokenizedText text, List<Token> tokens, int k) {
    for (int i = k - 1; i >= 0 && i >= k - 1 - MAX_TITLE_MODIFIERS; i--) {
      Token t = tokens.get(i);
      if (t.kind() != TokenKind.WORD) {
        return false;
      }
      if (names.isTitle(text, t)) {
        return true;
      }
      if (!HeadNounWords.isDefinite(t)) {
        return false; // a title's modifiers are definite: رئيس الجمهورية, الأمين العام
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "GivenNamePersons[" + names.size() + " given names]";
  }
}
