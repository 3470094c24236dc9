package org.khabar.ner;

import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;
import org.khabar.segment.CliticAnalyzer;
import org.khabar.text.PresentationForms;

/**
 * What a word is to the names built on a head noun: its stem as those rules compare it, a proper
 * noun by the clitic lexicon's counts, a relative adjective, a feminine form, a verb in the
 * imperfect, a person's title. Shared by {@link HeadNounNames}, which builds the names, and the
 * cut of other recognizers' organizations where those names end. Immutable and thread-safe.
 */
final class HeadNounWords {

  private static final HeadNounWords STANDARD = new HeadNounWords();

  private final NameKeys keys = NameKeys.matching();
  private final CliticAnalyzer lexicon = CliticAnalyzer.standard();
  private final PersonTitles titles = PersonTitles.standard();

  private HeadNounWords() {}

  /** The words over the bundled lexicon and titles. */
  static HeadNounWords standard() {
    return STANDARD;
  }

  /** {@code text} normalized as names are compared. */
  String normalize(CharSequence text) {
    return keys.normalize(text);
  }

  /** A word ending in the feminine {@code ة} (normalized to {@code ه}). */
  static boolean isFeminine(String word) {
    return word.endsWith("ه");
  }

  /**
   * A word that may be a feminine adjective: in {@code ة} or in the alif of {@code العليا}, {@code
   * الحمراء} ({@code الكبرى} is normalized to a final {@code ي}).
   */
  static boolean mayBeFeminine(String word) {
    return isFeminine(word) || word.endsWith("ا") || word.endsWith("اء");
  }

  /** A person's title ({@code السيد}, {@code الرئيس}): it ends an organization's name. */
  boolean isTitle(TokenizedText text, Token t) {
    return titles.isHead(keys.normalize(t.clitics().stem().textOf(text.text())))
        || isDefinite(t) && titles.isHead(keys.normalize(t.span().textOf(text.text())));
  }

  /** A word with the article, alone or after other proclitics ({@code الاتحاد}, {@code للاتحاد}). */
  static boolean hasArticle(Token t) {
    return t.clitics().proclitics().contains(Proclitic.AL);
  }

  /** A word the clitic lexicon rarely saw with the article, or never saw: a name. */
  boolean isProperNoun(String word) {
    int bare = lexicon.count(word);
    return bare == 0 || lexicon.count("ال" + word) * 10 <= bare;
  }

  /** A relative adjective ({@code الوطني}, {@code التونسية}): it ends a name's main noun. */
  static boolean isNisba(String word) {
    return word.endsWith("ي") || word.endsWith("يه");
  }

  /** {@code يبقى}, {@code يعقد}: a verb after the name, not a noun of it. */
  static boolean looksLikeImperfectVerb(String word) {
    return word.length() >= 4 && word.charAt(0) == 'ي';
  }

  /** A word whose only proclitic is the article. */
  static boolean isDefinite(Token t) {
    return t.kind() == TokenKind.WORD && t.clitics().proclitics().equals(List.of(Proclitic.AL));
  }

  /**
   * The token's stem without any proclitic, normalized. When the article's lam and the stem's
   * first letter are one ligature ({@code ﺍﻷﻣﻦ}), the stem starts at the ligature, and its lam is
   * left out here.
   */
  String stem(TokenizedText text, Token t) {
    if (!t.clitics().hasProclitics()) {
      return t.key(); // the token's own matching key
    }
    CharSpan span = t.clitics().stem();
    String stem = keys.normalize(span.textOf(text.text()));
    if (span.length() > 0 && t.clitics().proclitics().contains(Proclitic.AL)
        && stem.startsWith("ل")) {
      String first = PresentationForms.expansion(text.text().charAt(span.start()));
      if (first != null && first.length() > 1) {
        return stem.substring(1);
      }
    }
    return stem;
  }
}
