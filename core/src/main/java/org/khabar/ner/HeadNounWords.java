package org.khabar.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * Whether token {@code t}, whose stem is {@code stem}, ends any name built here: a particle, a
   * time, a relative pronoun ({@link HeadNounNames#STOPS}, by its stem or as written), a
   * preposition with a pronoun or a person's title.
   */
  boolean endsName(TokenizedText text, Token t, String stem) {
    return HeadNounNames.STOPS.contains(stem)
        || HeadNounNames.STOPS.contains(normalize(t.span().textOf(text.text())))
        || isPrepositionWithPronoun(stem) || isTitle(text, t);
  }

  /** A word with the article, alone or after other proclitics: {@code الاتحاد}, {@code للاتحاد}. */
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

  /**
   * An adjective that can belong to a name after a relative one or a word with {@code لل}: a
   * relative adjective, one of the pattern of {@code الأحمر}, {@code الأعلى}, {@code الأوسط}
   * ({@code الصليب الأحمر}, {@code الشرق الأوسط}), or one of {@link #NAME_ADJECTIVES}.
   */
  static boolean isNameAdjective(String word) {
    return isNisba(word) || NAME_ADJECTIVES.contains(word)
        || word.length() == 4 && word.charAt(0) == 'ا' && word.indexOf('ا', 1) < 0
        && !isFeminine(word);
  }

  /**
   * Adjectives other than relative ones that names take, normalized, without the article: {@code
   * الجيش السوري الحر}, {@code اللجنة المشتركة}, {@code الهيئة العليا المستقلة}, {@code الأمم
   * المتحدة}. General Arabic news vocabulary.
   */
  private static final Set<String> NAME_ADJECTIVES = Set.of(
      "حر", "حره", "مشترك", "مشتركه", "موحد", "موحده", "مستقل", "مستقله", "متحد", "متحده", "عام",
      "عامه", "عليا", "كبري", "كبير", "اعلي");

  /**
   * Adjectives and participles that describe a name rather than belong to it, normalized and
   * without the article: {@code السابق}, {@code المؤلف (من)}, {@code البالغ (عدد أعضائه)}, {@code
   * التابع (للأمم المتحدة)}, {@code المعارض}, {@code المبارك}. General Arabic news vocabulary.
   */
  private static final Set<String> DESCRIBING = Set.of(
      "سابق", "سابقه", "وحيد", "وحيده", "مقترح", "مقترحه", "واقع", "واقعه", "بالغ", "بالغه",
      "مولف", "مولفه", "مكون", "مكونه", "متكون", "متكونه", "مسوول", "مسووله", "معني", "معنيه",
      "مذكور", "مذكوره", "مشار", "مشارك", "مشاركه", "منعقد", "منعقده", "مكلف", "مكلفه", "مختص",
      "مختصه", "معارض", "معارضه", "حاكم", "حاكمه", "منحل", "منحله", "محظور", "محظوره", "مبارك",
      "مباركه", "تابع", "تابعه", "معتمد", "معتمده", "معتمدين", "شقيق", "شقيقه", "متمثل", "متمثله",
      "اخير", "اخيره", "مزعوم", "مزعومه", "منتهيه", "مقرب", "مقربه", "مدعوم", "مدعومه", "منظم",
      "منظمه", "مضيف", "مضيفه", "منافس", "منافسه", "متهم", "متهمه", "ممثل", "ممثله", "عايد",
      "عايده", "جديد", "جديده");

  /** Whether {@code word}, normalized and without the article, is one of {@link #DESCRIBING}. */
  static boolean describes(String word) {
    return DESCRIBING.contains(word);
  }

  /**
   * A preposition with a pronoun ({@code إليها}, {@code عليه}, {@code منهم}): it never names.
   */
  static boolean isPrepositionWithPronoun(String word) {
    return PRONOUN_PREPOSITIONS.contains(word);
  }

  private static final Set<String> PRONOUN_PREPOSITIONS = pronounPrepositions();

  private static Set<String> pronounPrepositions() {
    Set<String> forms = new HashSet<>();
    for (String p : List.of("الي", "علي", "من", "في", "عن", "ب", "ل", "مع", "لدي", "عند")) {
      for (String pronoun : List.of("ه", "ها", "هم", "هما", "هن", "كم", "نا")) {
        forms.add(p + pronoun);
      }
    }
    return Set.copyOf(forms);
  }

  /**
   * Words after which a name goes on even with a word that looks like a verb: {@code مستشفى أبو
   * يوسف}.
   */
  private static final Set<String> KUNYA = Set.of("ابو", "ابي", "ابا", "ام", "بن", "ابن", "بنت");

  /** {@code أبو}, {@code بن}, ...: a name goes on after it ({@link #KUNYA}). */
  static boolean isKunya(String word) {
    return KUNYA.contains(word);
  }

  /**
   * The adjective a ministry's portfolio takes before another joined by {@code و}: {@code وزارة
   * التعليم العام والتعليم العالي}.
   */
  static boolean isPortfolioAdjective(String word) {
    return word.equals("عام") || word.equals("عامه");
  }

  /** Times that follow a name with {@code لل}, normalized: {@code للفترة}, {@code للمرة}. */
  private static final Set<String> TIMES = Set.of("فتره", "مره", "عام", "سنه", "شهر", "يوم");

  /** Whether {@code word}, the stem of a word with {@code لل}, is a time ({@link #TIMES}). */
  static boolean isTimeAfterLil(String word) {
    return TIMES.contains(word);
  }

  /** A masculine sound plural ({@code المعتمدين}, {@code الباكستانيون}). */
  static boolean isSoundPlural(String word) {
    return word.length() > 4 && (word.endsWith("ين") || word.endsWith("ون"));
  }

  /**
   * A word that starts as a verb in the imperfect does ({@code يقع}, {@code يعتبر}); a name may
   * too ({@code يوسف}), so the words around it decide.
   */
  static boolean startsLikeImperfect(String word) {
    return word.length() >= 3 && word.charAt(0) == 'ي';
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
