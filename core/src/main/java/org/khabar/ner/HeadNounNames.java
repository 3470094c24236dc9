package org.khabar.ner;

import static org.khabar.ner.HeadNounWords.describes;
import static org.khabar.ner.HeadNounWords.hasArticle;
import static org.khabar.ner.HeadNounWords.isDefinite;
import static org.khabar.ner.HeadNounWords.isFeminine;
import static org.khabar.ner.HeadNounWords.isKunya;
import static org.khabar.ner.HeadNounWords.isNameAdjective;
import static org.khabar.ner.HeadNounWords.isNisba;
import static org.khabar.ner.HeadNounWords.isPortfolioAdjective;
import static org.khabar.ner.HeadNounWords.isPrepositionWithPronoun;
import static org.khabar.ner.HeadNounWords.isSoundPlural;
import static org.khabar.ner.HeadNounWords.isTimeAfterLil;
import static org.khabar.ner.HeadNounWords.looksLikeImperfectVerb;
import static org.khabar.ner.HeadNounWords.mayBeFeminine;
import static org.khabar.ner.HeadNounWords.startsLikeImperfect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.khabar.text.DataFiles;

/**
 * Finds names as Arabic builds them on a head noun: organizations ({@code وزارة الداخلية}, {@code
 * مجلس نواب الشعب}, {@code الاتحاد العام التونسي للشغل}, {@code وزارة التجهيز والإسكان}) and
 * places that are buildings and ways ({@code المسجد الأقصى}, {@code مطار قرطاج الدولي}). After the
 * head come the words of the name: definite words ({@code الداخلية}), words with {@code لل} ({@code
 * للشغل}), nouns in a construct before a definite word ({@code نواب الشعب}), words joined by {@code
 * و} with the article ({@code والإسكان}); right after the head of a place or a club also proper
 * nouns ({@code مطار قرطاج}, {@code شبيبة القيروان}: words the clitic lexicon rarely saw with the
 * article); a club named by its sport and a court take the town of their seat after {@code ب}
 * ({@code نادي كرة اليد بجمال}, {@code المحكمة الابتدائية بسوسة}). A head alone ({@code الوزارة})
 * names nothing; some heads ({@code الحكومة}, {@code الدولة}) name an organization only with a
 * nationality after them ({@code الحكومة التونسية}). The heads are a data file, {@code
 * name-heads.txt}, with a desk's additions ({@link #of}). {@link #cut} ends another recognizer's
 * organizations where these rules end a name.
 *
 * <p>The span starts at the head (its article kept, an attached conjunction or preposition left
 * out) and ends at the last word of the name; a time word ({@code اليوم}), a particle, a verb, the
 * head of another name, or an adjective that describes the name rather than belongs to it ({@code
 * مجلس الأمن | المؤلف من}, {@code شركة النفط الروسية | المتعثرة}) ends it. A head with {@code ل}
 * right after it names nothing ({@code شركة للإنتاج}). Every name it finds has the score {@link
 * #SCORE}. Immutable and thread-safe.
 */
public final class HeadNounNames implements EntityRecognizer {

  /**
   * The score of every name found: about the share of them that were right, span and type, on the
   * ant-ner development set (models/README.md).
   */
  public static final double SCORE = 0.75;

  /** The most words of a name after its head. */
  static final int MAX_NAME_WORDS = 8;

  /** The most proper nouns after a place's head ({@code ملعب حمادي العقربي}). */
  static final int MAX_PROPER_NOUNS = 3;

  private static final String RESOURCE = "name-heads.txt";

  /**
   * Words that end a name rather than continue it, normalized: definite times and relative
   * pronouns, the particles and prepositions a construct never takes, and quantifiers.
   */
  static final Set<String> STOPS = Set.of(
      "اليوم", "الامس", "الليله", "الغد", "الماضي", "الماضيه", "المقبل", "المقبله", "القادم",
      "القادمه", "الجاري", "الجاريه", "الحالي", "الحاليه", "الاسبوع", "الشهر", "السنه", "الذي",
      "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "الان", "الاحد", "الاثنين",
      "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "ال", "في", "من", "علي", "الي", "عن",
      "مع", "حول", "بين", "ضد", "لدي", "عند", "منذ", "بعد", "قبل", "خلال", "حتي", "ان", "او", "ام",
      "لا", "ما", "لم", "لن", "قد", "كل", "بعض", "غير", "هذا", "هذه", "ذلك", "تلك", "هو", "هي",
      "هم", "نحو", "دون", "عبر", "امام", "وراء", "فوق", "تحت", "اثر", "ازاء", "لكن", "ثم", "اذ",
      "اذا", "كما", "عدم", "نفس", "حيث", "بينما", "عندما", "جميع", "كافه", "معظم", "اغلب");

  /**
   * A head's type, whether it names something only before a nationality, and whether proper nouns
   * may follow it (a place's, a club's: مطار قرطاج, شبيبة القيروان).
   */
  private record Head(
      EntityType type, boolean needsNationality, boolean takesProperNouns, boolean plural) {}

  private final Map<String, Head> heads;
  private final HeadNounWords words = HeadNounWords.standard();
  private final OrganizationCuts cuts = new OrganizationCuts(this);

  private HeadNounNames(Map<String, Head> heads) {
    this.heads = Map.copyOf(heads);
  }

  /**
   * The finder with the bundled head nouns; loaded once.
   *
   * @return the standard finder
   */
  public static HeadNounNames standard() {
    return Holder.STANDARD;
  }

  /**
   * A finder with the head nouns of {@code lines}, in the format of the bundled {@code
   * ner/name-heads.txt} ({@code LanguageResources} gives the bundled lines and a desk's additions):
   * {@code TYPE word}, the word after {@code =} for a head that names something only before a
   * nationality, after {@code *} for one that takes proper nouns, and a third field {@code plural}
   * for a plural head.
   *
   * @param lines the heads, one a line; blank lines and {@code #} comments are skipped
   * @return the finder
   * @throws IllegalArgumentException if a line is not a type, a word and maybe {@code plural},
   *     naming it
   */
  public static HeadNounNames of(Iterable<String> lines) {
    NameKeys keys = NameKeys.matching();
    Map<String, Head> heads = new HashMap<>();
    for (String line : Objects.requireNonNull(lines, "lines")) {
      String entry = Objects.requireNonNull(line, "lines[]").strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String[] f = entry.split("\\s+");
      boolean state = f.length > 1 && f[1].startsWith("=");
      boolean star = f.length > 1 && f[1].startsWith("*");
      String word = f.length > 1 ? f[1].substring(state || star ? 1 : 0) : "";
      if (word.isEmpty() || f.length > 3 || f.length == 3 && !f[2].equals("plural")
          || !f[0].matches("[A-Z][A-Z0-9_-]{0,31}")) {
        throw new IllegalArgumentException(
            "ner/name-heads.txt: not \"TYPE word [plural]\": \"" + entry + "\"");
      }
      EntityType type = EntityType.of(f[0]);
      heads.put(keys.normalize(word),
          new Head(type, state, star || type == EntityType.LOCATION, f.length == 3));
    }
    return new HeadNounNames(heads);
  }

  private static final class Holder {
    static final HeadNounNames STANDARD = of(DataFiles.lines(HeadNounNames.class, RESOURCE));
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    List<Entity> out = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensIn(sentence.span());
      for (int i = 0; i < tokens.size(); i++) {
        Head head = tokens.get(i).kind() == TokenKind.WORD ? heads.get(stem(text, tokens.get(i)))
            : null;
        int end = head == null ? i : nameEnd(text, tokens, i, head);
        if (end > i + 1) {
          int start = NameSpans.nameStart(text.text(), tokens.get(i));
          CharSpan span = CharSpan.of(start, tokens.get(end - 1).span().end());
          String surface = span.textOf(text.text());
          out.add(new Entity(head.type(), span, surface, surface, SCORE));
          i = end - 1;
        }
      }
    }
    return out;
  }

  /**
   * {@code names}, another recognizer's (a model's), with each organization that starts where one
   * of {@code headNames} starts and runs past its end cut to that name, when the word after it
   * surely ends a name: a particle or a time, a person's title, another head, a verb, a bare word
   * after a definite one, a definite noun that the name's adjectives refused ({@code الاتحاد العام
   * التونسي للشغل | المنعقد}, {@code اتحاد الشغل | يحذر}, {@code المنظمة الدولية للهجرة |
   * هيلين}). A model learns where names end from the corpora it was trained on, which mark few
   * organizations of this kind.
   *
   * @param text the text both lists were found in
   * @param headNames this recognizer's names in {@code text}
   * @param names other names in {@code text}
   * @return {@code names}, so cut, in their order
   */
  public List<Entity> cut(TokenizedText text, List<Entity> headNames, List<Entity> names) {
    return cuts.cut(text, headNames, names);
  }

  /**
   * The index after the last word of the name headed by token {@code i}, or {@code i} when no
   * name starts there.
   */
  private int nameEnd(TokenizedText text, List<Token> tokens, int i, Head head) {
    Token headToken = tokens.get(i);
    boolean definite = hasArticle(headToken);
    if (i + 1 >= tokens.size() || tokens.get(i + 1).kind() != TokenKind.WORD) {
      return i;
    }
    String headWord = stem(text, headToken);
    String next = stem(text, tokens.get(i + 1));
    if (isDefinite(tokens.get(i + 1)) && isNisba(next) && !agrees(headWord, head, next)) {
      return i; // وزير الخارجية الروسي: the adjective is the minister's, not the ministry's
    }
    boolean nationality = isDefinite(tokens.get(i + 1))
        && Nationalities.containsEitherGender(tokens.get(i + 1).span().textOf(text.text()));
    if (head.needsNationality()) {
      // الحكومة التونسية, الإدارة الأميركية: only a nationality makes it a name.
      return nationality ? i + 2 : i;
    }
    if (definite && head.takesProperNouns() && head.type() == EntityType.ORGANIZATION
        && nationality) {
      return i; // النجم البرازيلي: a player described, not a club
    }
    if (head.takesProperNouns() && head.type() == EntityType.ORGANIZATION && !definite && i > 0
        && words.isTitle(text, tokens.get(i - 1))) {
      return i; // الانتحاري نجم العشراوي: after a person's title, a given name
    }
    if (head.takesProperNouns() && head.type() == EntityType.ORGANIZATION && !definite
        && (!words.isProperNoun(next) || isPrepositionWithPronoun(next))) {
      return i; // a club is named by its town: مستقبل قابس, not مستقبل المفاوضات
    }
    int end = i + 1;
    int j = i + 1;
    // Proper nouns come right after a head in construct, which has no article: مطار قرطاج الدولي,
    // شبيبة القيروان (never المطار قرطاج).
    if (head.type() == EntityType.ORGANIZATION && !definite && !head.takesProperNouns()) {
      int agency = properNounsAndLil(text, tokens, i + 1);
      if (agency > i) {
        return agency; // وكالة تونس افريقيا للأنباء
      }
    }
    if (head.type() == EntityType.ORGANIZATION
        && tokens.get(i + 1).clitics().proclitics().contains(Proclitic.LI)) {
      return i; // شركة للإنتاج, المنظمة للبطولة: a head with a purpose is described, not named
    }
    boolean properNouns = head.takesProperNouns() && !definite;
    while (j < tokens.size() && j - i <= MAX_NAME_WORDS) {
      Token t = tokens.get(j);
      String word = stem(text, t);
      if (t.kind() != TokenKind.WORD || words.endsName(text, t, word) || startsName(word)
          || isDefinite(t) && describes(word) && end == j && (j > i + 1 || definite)) {
        break; // a particle, a time, a person's title, another name (اللجنة القانونية), or an
        // adjective that describes the name so far (مجلس الأمن | المؤلف من; not حقوق المؤلف,
        // the noun a construct takes)
      }
      List<Proclitic> p = t.clitics().proclitics();
      if (properNouns && p.isEmpty() && end == j && j - i <= MAX_PROPER_NOUNS
          && word.length() > 1 && words.isProperNoun(word)
          && (!startsLikeImperfect(word) || j == i + 1 && !beforeParticle(text, tokens, j)
              || isKunya(stem(text, tokens.get(j - 1))))) {
        end = j + 1; // مطار قرطاج (not a conjunction written apart: مستقبل قابس | و)
        j++;
        continue;
      }
      if (p.isEmpty() && j + 1 < tokens.size()
          && isDefinite(tokens.get(j + 1)) && words.isProperNoun(word)
          && Nationalities.containsEitherGender(tokens.get(j + 1).span().textOf(text.text()))) {
        end = j + 1; // نادي كوريتيبا | البرازيلي: a nationality after a proper noun describes it
        break;
      }
      boolean lil = p.equals(List.of(Proclitic.LI, Proclitic.AL));
      if (properNouns && end > i + 1 && head.type() == EntityType.ORGANIZATION
          && (p.contains(Proclitic.LI) || isDefinite(t) && !isNisba(word))) {
        break; // منتخب فرنسا | للمباراة, | المشارك: a team named by a place takes adjectives only
      }
      properNouns = false;
      if (j == i + 3 && !definite && end == j && CLUBS.contains(headWord)
          && namesSport(text, tokens, i)
          && !p.isEmpty() && p.get(0) == Proclitic.BI && word.length() > 1
          && !STOPS.contains(word)) {
        end = j + 1; // نادي كرة اليد بجمال: a club named by its sport is named by its town too
        break;
      }
      if (end == j && COURTS.contains(headWord)
          && p.equals(List.of(Proclitic.BI)) && word.length() > 1 && !STOPS.contains(word)
          && words.isProperNoun(word)) {
        end = j + 1; // المحكمة الابتدائية بسوسة: a court is named by its seat
        break;
      }
      if (p.contains(Proclitic.LI) && head.type() == EntityType.LOCATION) {
        break; // a place's name takes no ل: الخليج | للتعليم, حي السلام | لرفع
      }
      if (isDefinite(t) && !isNisba(word) && !head.plural()
          && (j - 1 > i && isDefinite(tokens.get(j - 1)) && isNisba(stem(text, tokens.get(j - 1)))
              || j == i + 1 && definite)
          && (isFeminine(headWord) ? !mayBeFeminine(word) : isFeminine(word))) {
        break; // المنظمة الوطنية | المتكون, الهيئة | الاعلان: only an adjective that agrees
      }
      if (isDefinite(t) && !head.plural() && isSoundPlural(word)
          && (j == i + 1 && definite || isDefinite(tokens.get(j - 1))
              && isNisba(stem(text, tokens.get(j - 1))))) {
        break; // الحزب | الباكستانيين: a plural adjective does not agree with a singular name
      }
      if (isDefinite(t) && !isNameAdjective(word) && !head.plural() && j > i + 1
          && Nationalities.containsEitherGender(tokens.get(j - 1).span().textOf(text.text()))) {
        break; // شركة النفط الروسية | المتعثرة: after its nationality a name takes no adjective
      }
      if (lil && (STOPS.contains("ال" + word) || isTimeAfterLil(word))) {
        break; // الاتحاد الأوروبي | للفترة: a time is no complement of a name
      }
      if (isDefinite(t) && !isNameAdjective(word) && afterLil(tokens, i, j)) {
        break; // للشغل | المنعقد: after its لل complement a name takes adjectives only
      }
      if (lil && j >= i + 3 && isDefinite(tokens.get(j - 1))
          && !tokens.get(j - 2).clitics().hasProclitics()) {
        break; // مجلس نواب الشعب | للمصادقة: a construct chain is whole; لل starts a clause
      }
      if (isDefinite(t) || lil) {
        end = j + 1; // الداخلية, للشغل
      } else if (p.equals(List.of(Proclitic.WA, Proclitic.AL)) && end == j && j > i + 1
          && !(isNameAdjective(stem(text, tokens.get(j - 1)))
              && !isPortfolioAdjective(stem(text, tokens.get(j - 1))))) {
        // والإسكان after التجهيز, والتعليم العالي after التعليم العام; not right after the head
        // (الجيش والشرطة are two) nor after another adjective (الجيش الوطني والأمن الداخلي, الأمم
        // المتحدة واليونسكو are two).
        end = j + 1;
      } else if ((p.isEmpty() && !(definite && j == i + 1) && !isDefinite(tokens.get(j - 1))
          || p.equals(List.of(Proclitic.LI)))
          && j + 1 < tokens.size() && isDefinite(tokens.get(j + 1))
          && !startsName(stem(text, tokens.get(j + 1))) && !looksLikeImperfectVerb(word)) {
        // نواب الشعب, لكرة القدم: a noun in a construct, taken with the definite word after it;
        // never right after a head with the article (المجلس نواب is not Arabic), nor a bare noun
        // after a definite word, which ends the construct (رئاسة الحكومة | دعم الدولة).
      } else {
        break;
      }
      j++;
    }
    if (head.plural() && !hasNationality(text, tokens, i + 1, end)) {
      return i; // الخطوط (الجوية) التونسية, but not الخطوط الواضحة
    }
    return end;
  }

  /**
   * Whether a particle or a preposition with a pronoun follows token {@code j}: a word before one
   * is a verb rather than a name ({@code مسجد يصلي فيه}, {@code جبل يقع في}).
   */
  private boolean beforeParticle(TokenizedText text, List<Token> tokens, int j) {
    if (j + 1 >= tokens.size() || tokens.get(j + 1).kind() != TokenKind.WORD) {
      return false;
    }
    String next = stem(text, tokens.get(j + 1));
    return STOPS.contains(next) || isPrepositionWithPronoun(next);
  }

  /** Whether a nationality is among tokens {@code from} to {@code to}. */
  private static boolean hasNationality(TokenizedText text, List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Nationalities.containsEitherGender(tokens.get(k).span().textOf(text.text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index after a word with {@code لل} that follows up to {@value #MAX_PROPER_NOUNS} proper
   * nouns from token {@code j} on, and after the relative adjectives with the article after it, or
   * -1: the names of places inside an organization's, which ends there ({@code وكالة قطر
   * للأنباء}, {@code معهد كارنيغي للسلام الدولي}; not {@code للمرة}, an adverb).
   */
  private int properNounsAndLil(TokenizedText text, List<Token> tokens, int j) {
    int k = j;
    while (k < tokens.size() && k - j < MAX_PROPER_NOUNS && tokens.get(k).kind() == TokenKind.WORD
        && !tokens.get(k).clitics().hasProclitics() && words.isProperNoun(stem(text, tokens.get(k)))
        && !STOPS.contains(stem(text, tokens.get(k)))) {
      k++;
    }
    boolean lil = k > j && k < tokens.size()
        && tokens.get(k).clitics().proclitics().equals(List.of(Proclitic.LI, Proclitic.AL))
        && !stem(text, tokens.get(k)).equals("مره");
    if (!lil) {
      return -1;
    }
    int end = k + 1;
    while (end < tokens.size() && end - k <= 2 && isDefinite(tokens.get(end))
        && isNisba(stem(text, tokens.get(end))) && !STOPS.contains(stem(text, tokens.get(end)))) {
      end++; // للسلام الدولي
    }
    return end;
  }

  /** The heads of a court, named by its seat ({@code المحكمة الابتدائية بسوسة}). */
  private static final Set<String> COURTS = Set.of("محكمه");

  /** The heads of a club named by its sport and its town ({@code نادي كرة اليد بجمال}). */
  private static final Set<String> CLUBS = Set.of("نادي", "جمعيه");

  /** Whether the two words after head {@code i} name a sport, as a club's do: {@code كرة اليد}. */
  private boolean namesSport(TokenizedText text, List<Token> tokens, int i) {
    Token ball = tokens.get(i + 1);
    return !ball.clitics().hasProclitics() && stem(text, ball).equals("كره")
        && isDefinite(tokens.get(i + 2));
  }

  /** Whether a word with {@code لل} lies between head {@code i} and token {@code j}. */
  private static boolean afterLil(List<Token> tokens, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      if (tokens.get(k).clitics().proclitics().equals(List.of(Proclitic.LI, Proclitic.AL))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a relative adjective right after a head agrees with it in gender: a feminine head
   * ({@code الخارجية}, {@code الوزارة}) takes a feminine one, a masculine singular head a
   * masculine one; a plural head ({@code الخطوط التونسية}) takes either.
   */
  private static boolean agrees(String headWord, Head head, String adjective) {
    if (head.plural()) {
      return true;
    }
    return isFeminine(headWord) == isFeminine(adjective);
  }

  private String stem(TokenizedText text, Token t) {
    return words.stem(text, t);
  }

  /**
   * The type of the names {@code word} heads, or null: {@code قصر} heads places, so {@code قصر
   * الإليزيه} is no person.
   *
   * @param word a word without proclitics, normalized with {@link NameKeys#matching()}
   */
  EntityType typeOfHead(String word) {
    Head head = heads.get(word);
    return head == null || head.needsNationality() ? null : head.type();
  }

  /**
   * Whether {@code word} is an organization's head that names nothing alone: {@code الوزارة},
   * {@code المعهد}, {@code الحكومة}; not a club's ({@code الترجي}, {@code النجم} name clubs), nor
   * {@code الاتحاد}, which news writes alone for the union, the club or the European Union it
   * named before (ANERcorp marks it so).
   *
   * @param word a word without proclitics, normalized with {@link NameKeys#matching()}
   */
  boolean isBareHead(String word) {
    Head head = heads.get(word);
    return head != null && head.type() == EntityType.ORGANIZATION && !head.takesProperNouns()
        && !word.equals("اتحاد");
  }

  /** Whether {@code word} heads a name of its own (not one that needs a nationality). */
  boolean startsName(String word) {
    Head head = heads.get(word);
    return head != null && !head.needsNationality();
  }
}
