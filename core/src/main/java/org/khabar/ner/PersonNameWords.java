package org.khabar.ner;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;
import org.khabar.segment.CliticAnalyzer;

/**
 * What a word of a person's name looks like, from a given-names list and the clitic lexicon's news
 * counts: a given name ({@code ألفة}, {@code فوزي}), a surname with the article ({@code السبسي},
 * {@code الشرفي}), a rare word that may stand before one ({@code قايد}), a connector ({@code بن},
 * {@code عبد}, {@code آل}). Immutable and thread-safe.
 */
final class PersonNameWords {

  /** How many times the lexicon may have seen a rare word of a name. */
  static final int COMMON = 300;

  /** How much more often the lexicon saw a definite surname with the article than without it. */
  static final int DEFINITE_RATIO = 5;

  /** How much more often the lexicon saw a given name without the article than with it. */
  static final int BARE_RATIO = 10;

  /**
   * Adverbs of place and time spelled like a given name ({@code داخل}, {@code خارج}), besides the
   * particles of {@link HeadNounNames}.
   */
  private static final Set<String> ADVERBS =
      Set.of("داخل", "خارج", "وسط", "ضمن", "عقب", "جانب", "حوالي", "لدي", "فوق", "قرب");

  private static final Set<String> CONNECTORS =
      Set.of("بن", "بو", "ابن", "ابو", "بنت", "عبد", "ال");

  private final Set<String> givenNames;
  private final NameKeys keys = NameKeys.matching();
  private final CliticAnalyzer lexicon = CliticAnalyzer.standard();
  private final PersonTitles titles = PersonTitles.standard();
  private final HeadNounNames heads;

  private PersonNameWords(Set<String> givenNames, HeadNounNames heads) {
    this.givenNames = givenNames;
    this.heads = heads;
  }

  /**
   * The words of {@code givenNames}, normalized, with the bundled titles and the name heads of
   * {@code heads}.
   *
   * @throws NullPointerException if {@code givenNames} or one of them is null
   */
  static PersonNameWords of(Collection<String> givenNames, HeadNounNames heads) {
    Objects.requireNonNull(givenNames, "givenNames");
    NameKeys keys = NameKeys.matching();
    Set<String> normalized = new HashSet<>();
    for (String name : givenNames) {
      String key = keys.normalize(Objects.requireNonNull(name, "given name"));
      if (!key.isBlank()) {
        normalized.add(key);
      }
    }
    return new PersonNameWords(Set.copyOf(normalized), Objects.requireNonNull(heads, "heads"));
  }

  /** How many given names there are. */
  int size() {
    return givenNames.size();
  }

  /**
   * Whether {@code t} is spelled as a given name, alone or after the article only: the one cheap
   * test every token takes before the others.
   */
  boolean isSpelledAsGivenName(TokenizedText text, Token t) {
    return t.kind() == TokenKind.WORD && (givenNames.contains(t.key())
        || HeadNounWords.isDefinite(t) && givenNames.contains(stem(text, t)));
  }

  /**
   * A given name without proclitics that the lexicon rarely saw with the article; not a particle,
   * a title or the head of another name.
   */
  boolean isGivenName(TokenizedText text, Token t) {
    return isListedGivenName(text, t)
        && lexicon.count("ال" + t.key()) * BARE_RATIO <= lexicon.count(t.key());
  }

  /**
   * A given name without proclitics, not a particle, a title or the head of another name, however
   * often the lexicon saw it as a common word ({@code سلمى} and {@code السلمي}): after a title.
   */
  boolean isListedGivenName(TokenizedText text, Token t) {
    return t.kind() == TokenKind.WORD && !t.clitics().hasProclitics()
        && givenNames.contains(t.key()) && !t.span().textOf(text.text()).startsWith("ال")
        // a preposition with a pronoun may be spelled as a given name once normalized: عليه, علية
        && !HeadNounWords.isPrepositionWithPronoun(t.key()) && !isOther(text, t);
  }

  /** A given name written with the article, as a surname is ({@code الباجي}, {@code الحبيب}). */
  boolean isDefiniteGivenName(TokenizedText text, Token t) {
    return isDefiniteSurname(text, t) && givenNames.contains(stem(text, t));
  }

  /**
   * {@code السبسي}, {@code الشرفي}: the article on a stem rarely written without it, not a
   * nationality nor a feminine word ({@code الوطنية}).
   */
  boolean isDefiniteSurname(TokenizedText text, Token t) {
    if (!HeadNounWords.isDefinite(t) || isOther(text, t)) {
      return false;
    }
    String stem = stem(text, t);
    return stem.length() > 2 && !Nationalities.contains(stem)
        && !stem.endsWith("ه") // الوطنية: an adjective
        && lexicon.count(stem) * DEFINITE_RATIO <= lexicon.count("ال" + stem);
  }

  /**
   * A word without proclitics, rare in news and rarely with the article, not in a verb's form
   * ({@code يعلق}, {@code تردي}) nor with a pronoun: a word of a name before a definite surname.
   */
  boolean isRareWord(TokenizedText text, Token t) {
    if (t.kind() != TokenKind.WORD || t.clitics().hasProclitics() || isStop(text, t)) {
      return false;
    }
    String w = t.key();
    return w.length() > 2 && lexicon.count(w) < COMMON
        && lexicon.count("ال" + w) * BARE_RATIO <= lexicon.count(w)
        && w.charAt(0) != 'ي' && w.charAt(0) != 'ت' && !hasPronounSuffix(w);
  }

  /** {@code بن}, {@code بو}, {@code أبو}, {@code عبد}, {@code آل}: a word joined to the next. */
  static boolean isConnector(Token t) {
    return t.kind() == TokenKind.WORD && CONNECTORS.contains(t.key());
  }

  /** A title word ({@code رئيس}, {@code الوزير}). */
  boolean isTitle(TokenizedText text, Token t) {
    return titles.isHead(stem(text, t)) || titles.isHead(t.key());
  }

  /** A particle, a time word, a preposition ({@code على}, {@code أمام}, {@code اليوم}). */
  boolean isStop(TokenizedText text, Token t) {
    return HeadNounNames.STOPS.contains(t.key()) || HeadNounNames.STOPS.contains(stem(text, t))
        || ADVERBS.contains(t.key());
  }

  /** A stop word, a title, the head of another name or a word with a pronoun: not a name's. */
  private boolean isOther(TokenizedText text, Token t) {
    String stem = stem(text, t);
    return isStop(text, t) || isTitle(text, t) || heads.typeOfHead(stem) != null
        || hasPronounSuffix(stem);
  }

  /** A word ending in an attached pronoun ({@code افتتاحيتها}): no name does. */
  private static boolean hasPronounSuffix(String word) {
    return word.length() > 4
        && (word.endsWith("ها") || word.endsWith("هم") || word.endsWith("هما"));
  }

  /**
   * The token's stem without its proclitics, normalized: its key without the proclitics' letters
   * when the key starts with them, as it nearly always does, else the stem normalized anew.
   */
  String stem(TokenizedText text, Token t) {
    List<Proclitic> proclitics = t.clitics().proclitics();
    if (proclitics.isEmpty()) {
      return t.key();
    }
    String key = t.key();
    int at = 0;
    for (int i = 0; i < proclitics.size() && at >= 0; i++) {
      Proclitic p = proclitics.get(i);
      // لل: the preposition took the article's alef
      String letters = p == Proclitic.AL && i > 0 && proclitics.get(i - 1) == Proclitic.LI
          ? "ل" : p.form();
      at = key.startsWith(letters, at) ? at + letters.length() : -1;
    }
    return at > 0 && at < key.length() ? key.substring(at)
        : keys.normalize(t.clitics().stem().textOf(text.text()));
  }
}
