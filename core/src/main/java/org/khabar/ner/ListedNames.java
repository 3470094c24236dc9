package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Proclitic;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;

/**
 * Places in a list after {@code كل من} ("each of"): the conjuncts of such a list are alike, so one
 * the recognizers left unnamed is a place when those they named are all places ({@code بكل من توزر
 * وقبلي}: {@code قبلي} is a place too). A list of people or organizations is written with titles
 * and heads, and left alone. A conjunct is up to
 * {@value #MAX_CONJUNCT_WORDS} words; the next one starts with {@code و}. A particle, a time, a
 * title, a preposition with a pronoun or punctuation ends the list, and a nationality ends it after
 * a conjunct's first word ({@code أوتاوا ومونتريال | الكندية}); a list whose conjunct runs on past
 * its last word without a {@code و} is no list of names and is left alone. A conjunct is named only
 * with a proper noun in it, by the clitic lexicon's counts. Every name found has the score {@link
 * #SCORE}. Immutable and thread-safe; linear in the number of tokens.
 */
public final class ListedNames {

  /**
   * The score of every name found: about the share of them that were right, span and type, on
   * ant-ner dev and every third ANT article, by reading (8 of 9; models/README.md).
   */
  public static final double SCORE = 0.8;

  /** The most words of one conjunct. */
  static final int MAX_CONJUNCT_WORDS = 3;

  /** The most conjuncts of one list. */
  static final int MAX_CONJUNCTS = 16;


  /** Words that end a list: a time ({@code ويوم الثلاثاء}) besides those that end any name. */
  private static final Set<String> STOPS = Set.of("يوم", "ساعه", "شهر", "سنه", "عام");

  private static final ListedNames STANDARD = new ListedNames();

  private final HeadNounWords words = HeadNounWords.standard();

  private ListedNames() {}

  /**
   * The finder over the bundled word lists.
   *
   * @return the standard finder
   */
  public static ListedNames standard() {
    return STANDARD;
  }

  /**
   * {@code names} with the unnamed conjuncts of each list after {@code كل من} named.
   *
   * @param text the text the names were found in
   * @param names its names, sorted and not overlapping
   * @return the names and the conjuncts named, sorted
   */
  public List<Entity> complete(TokenizedText text, List<Entity> names) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(names, "names");
    List<Entity> added = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensIn(sentence.span());
      for (int c = 0; c + 2 < tokens.size(); c++) {
        if (isEachOf(text, tokens, c)) {
          name(text, conjuncts(text, tokens, c + 2), names, added);
        }
      }
    }
    if (added.isEmpty()) {
      return names;
    }
    List<Entity> out = new ArrayList<>(names.size() + added.size());
    out.addAll(names);
    out.addAll(added);
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  /** Whether tokens {@code c} and {@code c + 1} are {@code كل من} (also {@code بكل من}). */
  private boolean isEachOf(TokenizedText text, List<Token> tokens, int c) {
    Token each = tokens.get(c);
    return tokens.get(c + 1).key().equals("من") && each.kind() == TokenKind.WORD
        && !each.clitics().proclitics().contains(Proclitic.AL)
        && words.stem(text, each).equals("كل");
  }

  /** Names the unnamed {@code conjuncts} after the type of the named ones, into {@code added}. */
  private void name(TokenizedText text, List<Conjunct> conjuncts, List<Entity> names,
      List<Entity> added) {
    if (conjuncts.size() < 2) {
      return;
    }
    boolean named = false;
    List<CharSpan> unnamed = new ArrayList<>();
    for (Conjunct c : conjuncts) {
      CharSpan conjunct = c.span();
      Entity same = null;
      boolean overlaps = false;
      for (Entity e : NameSpans.overlapping(names, Entity::span, conjunct)) {
        if (e.span().equals(conjunct)) {
          same = e;
        } else {
          overlaps = true;
        }
      }
      if (same != null) {
        if (!same.type().equals(EntityType.LOCATION)) {
          return; // a list of people or organizations, whose conjuncts are written with titles
        }
        named = true;
      } else if (!overlaps && hasProperNoun(text, c.words())) {
        unnamed.add(conjunct);
      }
    }
    if (!named) {
      return;
    }
    for (CharSpan conjunct : unnamed) {
      String surface = conjunct.textOf(text.text());
      added.add(new Entity(EntityType.LOCATION, conjunct, surface, surface, SCORE));
    }
  }

  /**
   * Whether a word of {@code conjunct} is a proper noun by the clitic lexicon's counts: a common
   * noun after {@code كل من} is no name ({@code وأقاليم ما وراء البحار}, {@code وعدد من}).
   */
  private boolean hasProperNoun(TokenizedText text, List<Token> conjunct) {
    for (Token t : conjunct) {
      if (words.isProperNoun(words.stem(text, t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The conjuncts of the list that starts at token {@code j}, or none when the words there are no
   * list of names.
   */
  private List<Conjunct> conjuncts(TokenizedText text, List<Token> tokens, int j) {
    List<Conjunct> conjuncts = new ArrayList<>();
    while (j < tokens.size() && conjuncts.size() < MAX_CONJUNCTS) {
      Token first = tokens.get(j);
      List<Proclitic> p = first.clitics().proclitics();
      boolean next = conjuncts.isEmpty()
          ? p.isEmpty() || p.equals(List.of(Proclitic.AL))
          : p.equals(List.of(Proclitic.WA)) || p.equals(List.of(Proclitic.WA, Proclitic.AL));
      if (first.kind() != TokenKind.WORD || !next || endsList(text, first)) {
        break;
      }
      int k = j + 1;
      boolean ended = false;
      while (k < tokens.size() && k - j < MAX_CONJUNCT_WORDS
          && tokens.get(k).kind() == TokenKind.WORD
          && (!tokens.get(k).clitics().hasProclitics()
              || HeadNounWords.isDefinite(tokens.get(k)))) {
        Token t = tokens.get(k);
        if (t.key().equals("من")) {
          return conjuncts; // عدد من, مجموعة من: a quantity, and the list ends before it
        }
        if (endsList(text, t) || Nationalities.containsEitherGender(t.span().textOf(text.text()))) {
          ended = true;
          break;
        }
        k++;
      }
      if (!ended && k - j == MAX_CONJUNCT_WORDS && k < tokens.size()
          && tokens.get(k).kind() == TokenKind.WORD && !tokens.get(k).clitics().hasProclitics()) {
        return List.of(); // a conjunct runs on: a clause, not a list of names
      }
      conjuncts.add(new Conjunct(CharSpan.of(NameSpans.nameStart(text.text(), first),
          tokens.get(k - 1).span().end()), tokens.subList(j, k)));
      if (ended) {
        break;
      }
      j = k;
    }
    return conjuncts;
  }

  /** A conjunct: its span (a conjunction left out) and its words. */
  private record Conjunct(CharSpan span, List<Token> words) {}

  /** A particle, a time, a title or a preposition with a pronoun: it ends the list. */
  private boolean endsList(TokenizedText text, Token t) {
    String word = words.stem(text, t);
    return STOPS.contains(word) || words.endsName(text, t, word);
  }
}
