package org.khabar.tools.lexicon;


import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.EntityType;
import org.khabar.article.Proclitic;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.text.ArabicNormalizer;
import org.khabar.tools.corpus.AntNews;

/**
 * Mines names from unlabeled news with the words news writes before them: a place after {@code
 * ولاية}, {@code معتمدية}, {@code مدينة} and the like ({@code ولاية سيدي بوزيد}), a club after
 * {@code فريق} ({@code فريق النادي الصفاقسي}), a radio station before {@code أف أم}. A name is kept
 * when it was seen at least {@link #MIN_COUNT} times so, and its first word reads as a proper noun:
 * in the corpus it rarely takes the article ({@code صفاقس}, not {@code كبيرة}). Reads ANT news
 * without the articles held out for evaluation ({@link AntNews}), and writes {@code
 * type<TAB>name<TAB>count} lines, most frequent first, for the bundled name list.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp tools/target/khabar-tools.jar \
 *   org.khabar.tools.lexicon.MineNames models/src/main/resources/org/khabar/models/ner/mined-names.tsv
 * </pre>
 */
public final class NameMiner {

  /** The fewest times a name must be seen after its cue. */
  static final int MIN_COUNT = 3;

  /**
   * The most a name's first word may take the article, as a share of its occurrences: a proper
   * noun almost never does.
   */
  static final double MAX_DEFINITE_SHARE = 0.05;

  /** The most words of a mined name. */
  static final int MAX_WORDS = 3;

  static final ArabicNormalizer NORMALIZER = ArabicNormalizer.matching();

  /** Cue word before a place (normalized, without article): the name follows, indefinite. */
  static final List<String> PLACE_CUES = List.of(
      "ولايه", "معتمديه", "مدينه", "بلديه", "منطقه", "قريه", "بلده", "جزيره", "محافظه", "مدن",
      "ولايات", "معتمديات", "عاصمه");

  /**
   * Cue word before an organization (normalized, without article): a group, movement, party or
   * website whose name follows, indefinite ({@code تنظيم داعش}, {@code موقع فيسبوك}).
   */
  private static final List<String> ORGANIZATION_CUES = List.of(
      "تنظيم", "حركه", "حزب", "جماعه", "موقع", "شبكه", "شركه", "مجموعه");

  /** Words that end a mined name or are none: particles and prepositions, normalized. */
  static final Set<String> STOPS = Set.of(
      "في", "من", "علي", "الي", "عن", "مع", "و", "او", "ان", "بن", "ثم", "حيث", "بعد", "قبل",
      "خلال", "منذ", "حتي", "لدي", "عند", "بين", "ضد", "نحو", "كل", "غير", "هذا", "هذه", "ذلك",
      "التي", "الذي", "ما", "لا", "لم", "لن", "قد", "كما", "اذا", "اذ", "غار", "سيدي", "حاسي",
      "امس", "وفق", "حسب", "ذات", "اول", "اخر", "اليوم");

  /** The fewest times a club name (a definite noun and a place's adjective) is seen in sport news. */
  static final int MIN_CLUB_COUNT = 10;

  /** The least share of a club name's occurrences that are in sport news. */
  static final double MIN_SPORT_SHARE = 0.8;

  private final Khabar khabar = Khabar.defaults();
  /** Pairs of definite words whose second is a relative adjective, in all news and in sport. */
  private final Map<String, Integer> adjectivePairs = new HashMap<>();
  private final Map<String, Integer> sportAdjectivePairs = new HashMap<>();
  private final Map<String, Integer> bare = new HashMap<>();
  private final Map<String, Integer> definite = new HashMap<>();
  /** How often each word (normalized stem) comes with the preposition ب: places do. */
  private final Map<String, Integer> withBi = new HashMap<>();
  private final Map<EntityType, Map<String, Integer>> found = new TreeMap<>();
  /** Radio stations and social networks. */
  private final MediaNameMiner media = new MediaNameMiner();
  /** Towns that start with a common noun, and the clubs named by a word and a town. */
  private final TownClubMiner townsAndClubs = new TownClubMiner();
  /** The towns clubs are named by, once the first pass is done (normalized). */
  private Set<String> clubTowns;
  /**
   * Mines the names of one text.
   *
   * @param text a news text
   * @param sport whether it is sport news, where clubs are named
   */
  public void add(String text, boolean sport) {
    Article a = khabar.process(text);
    for (Sentence s : a.sentences()) {
      List<Token> tokens = a.tokensIn(s.span());
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.WORD) {
          continue;
        }
        if (i + 1 < tokens.size() && isDefinite(t) && isDefinite(tokens.get(i + 1))
            && stem(a, tokens.get(i + 1)).endsWith("ي")) {
          // النادي الصفاقسي: a club is a definite noun and the adjective of its town.
          String pair = text(a, tokens, i, i + 2);
          int last = i + 2;
          if (stem(a, tokens.get(i + 1)).equals("رياضي") && i + 2 < tokens.size()
              && isDefinite(tokens.get(i + 2)) && stem(a, tokens.get(i + 2)).endsWith("ي")) {
            pair = text(a, tokens, i, i + 3); // الترجي الرياضي التونسي
            last = i + 3;
          }
          adjectivePairs.merge(pair, 1, Integer::sum);
          if (sport) {
            sportAdjectivePairs.merge(pair, 1, Integer::sum);
          }
          if (last == i + 3) {
            i++;
          }
        }
        String stem = stem(a, t);
        (t.clitics().proclitics().contains(Proclitic.AL) ? definite : bare)
            .merge(stem, 1, Integer::sum);
        if (t.clitics().proclitics().contains(Proclitic.BI)) {
          withBi.merge(stem, 1, Integer::sum);
        }
        townsAndClubs.count(a, tokens, i, stem);
        if (PLACE_CUES.contains(stem)) {
          // ولاية سيدي بوزيد, ولاية القيروان: a town's name may have the article, and is then one
          // word (not القدس المحتلة).
          name(a, tokens, i + 1, true).filter(NameMiner::noDefiniteAdjective)
              .ifPresent(n -> count(EntityType.LOCATION, n));
        } else if (ORGANIZATION_CUES.contains(stem)) {
          // One word: تنظيم داعش, موقع فيسبوك (longer runs after these cues are clauses).
          name(a, tokens, i + 1, false).filter(NameMiner::oneNameWord)
              .ifPresent(n -> count(EntityType.ORGANIZATION, n));
        } else if (i > 0) {
          media.count(a, tokens, i);
        }
      }
    }
  }

  /**
   * Second pass, after every text went through {@link #add}: counts the clubs named by a word and
   * a town ({@code مستقبل قابس}, {@code بعث بني خيار}), in all news, in sport news, and next to a
   * dash, as fixtures write them ({@code نسر طبلبة - سبورتينغ المكنين}).
   *
   * @param text a news text
   * @param sport whether it is sport news
   */
  public void addClubs(String text, boolean sport) {
    if (clubTowns == null) {
      Set<String> oneWord = new HashSet<>();
      for (String[] n : names()) {
        if (n[0].equals(EntityType.LOCATION.name()) && n[1].indexOf(' ') < 0) {
          oneWord.add(NORMALIZER.normalizeToString(n[1]));
        }
      }
      clubTowns = townsAndClubs.clubTowns(oneWord);
    }
    townsAndClubs.addClubs(khabar.process(text), sport, clubTowns);
  }

  /**
   * The name that starts at token {@code from}: up to {@link #MAX_WORDS} words without a
   * proclitic, or with the article only when {@code definite} is allowed (and then all definite).
   */
  static Optional<String> name(Article a, List<Token> tokens, int from,
      boolean definiteAllowed) {
    int end = from;
    Boolean allDefinite = null;
    while (end < tokens.size() && end - from < MAX_WORDS) {
      Token t = tokens.get(end);
      if (t.kind() != TokenKind.WORD || !isArabic(t.key())) {
        break;
      }
      List<Proclitic> p = t.clitics().proclitics();
      boolean def = p.equals(List.of(Proclitic.AL));
      if (!(p.isEmpty() || (definiteAllowed && def)) || STOPS.contains(t.key())) {
        break;
      }
      if (allDefinite == null) {
        allDefinite = def;
      } else if (allDefinite != def) {
        break;
      }
      end++;
    }
    if (end == from) {
      return Optional.empty();
    }
    return Optional.of(text(a, tokens, from, end));
  }

  /**
   * One word that is no verb of the present ({@code تنشط}, {@code سيقدم}) and does not start with
   * the article ({@code حزب الله} names the party, not {@code الله}).
   */
  private static boolean oneNameWord(String name) {
    String w = NORMALIZER.normalizeToString(name);
    return w.indexOf(' ') < 0 && !w.startsWith("ال") && !w.matches("س?[تين].{3}");
  }

  private static boolean noDefiniteAdjective(String name) {
    String w = NORMALIZER.normalizeToString(name);
    return !w.startsWith("ال") || w.indexOf(' ') < 0;
  }

  static boolean isDefinite(Token t) {
    return t.kind() == TokenKind.WORD && t.clitics().proclitics().equals(List.of(Proclitic.AL));
  }

  static boolean isArabic(String word) {
    return !word.isEmpty() && word.charAt(0) >= '\u0621' && word.charAt(0) <= '\u064A';
  }

  static String text(Article a, List<Token> tokens, int from, int end) {
    return a.text().substring(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
  }

  static String stem(Article a, Token t) {
    return NORMALIZER.normalizeToString(t.clitics().stem().textOf(a.text()));
  }

  private void count(EntityType type, String name) {
    found.computeIfAbsent(type, k -> new HashMap<>()).merge(name, 1, Integer::sum);
  }

  /**
   * The mined names kept: seen at least {@link #MIN_COUNT} times, with a first word that reads as
   * a proper noun.
   *
   * @return type, name and count, most frequent first
   */
  public List<String[]> names() {
    Map<EntityType, Map<String, Integer>> kept = new TreeMap<>();
    for (Map.Entry<EntityType, Map<String, Integer>> byType : found.entrySet()) {
      for (Map.Entry<String, Integer> e : byType.getValue().entrySet()) {
        if (e.getValue() >= MIN_COUNT && properNoun(e.getKey())
            && (byType.getKey() != EntityType.LOCATION || takesBi(e.getKey()))
            && !(byType.getKey() == EntityType.ORGANIZATION
                && (isPlace(e.getKey()) || !mostlyAfterCues(e.getKey(), e.getValue())))) {
          kept.computeIfAbsent(byType.getKey(), k -> new HashMap<>()).put(e.getKey(), e.getValue());
        }
      }
    }
    // Clubs: a definite noun and the adjective of a place mined above, mostly in sport news.
    Set<String> towns = new HashSet<>();
    for (String place : kept.getOrDefault(EntityType.LOCATION, Map.of()).keySet()) {
      String p = NORMALIZER.normalizeToString(place);
      if (p.indexOf(' ') < 0) {
        towns.add(p);
      }
    }
    Set<String> places = new HashSet<>(CLDR_REGIONS);
    places.addAll(towns);
    Map<String, Set<String>> adjectivesByHead = new HashMap<>();
    Map<String, Integer> clubs = new HashMap<>();
    for (Map.Entry<String, Integer> e : sportAdjectivePairs.entrySet()) {
      String[] words = NORMALIZER.normalizeToString(e.getKey()).split(" ");
      String adjective = words[words.length - 1].substring(2);
      String base = adjective.substring(0, adjective.length() - 1);
      boolean ofPlace = places.contains(base) || places.contains(base + "ه")
          || places.contains(base + "ا") || places.contains(base + "يا");
      if (ofPlace && e.getValue() >= MIN_CLUB_COUNT
          && e.getValue() >= MIN_SPORT_SHARE * adjectivePairs.get(e.getKey())) {
        clubs.put(e.getKey(), e.getValue());
        adjectivesByHead.computeIfAbsent(words[0], k -> new HashSet<>()).add(base);
      }
    }
    // A club's first word names clubs of several places, a town among them (النادي الصفاقسي,
    // النادي الإفريقي); a role word before a nationality (اللاعب التونسي) names one, and a league
    // (الدوري الإسباني) only countries.
    for (Map.Entry<String, Integer> club : clubs.entrySet()) {
      String head = NORMALIZER.normalizeToString(club.getKey()).split(" ")[0];
      Set<String> of = adjectivesByHead.get(head);
      if (of.size() >= 2 && of.stream().anyMatch(b -> towns.contains(b) || towns.contains(b + "ه")
          || towns.contains(b + "ا") || towns.contains(b + "يا"))) {
        kept.computeIfAbsent(EntityType.ORGANIZATION, k -> new HashMap<>())
            .merge(club.getKey(), club.getValue(), Integer::sum);
      }
    }
    townsAndClubs.names(kept);
    media.names(kept, this::mostlyAfterCues);
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<EntityType, Map<String, Integer>> byType : kept.entrySet()) {
      byType.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> out.add(new String[] {
              byType.getKey().name(), e.getKey(), e.getValue().toString()}));
    }
    return out;
  }

  /**
   * Whether an organization's one-word name is seen after its cues at least {@link
   * #MIN_CUE_SHARE} of the times it is seen at all: {@code داعش} is, a verb after {@code شركة}
   * ({@code كانت}) is not.
   */
  boolean mostlyAfterCues(String name, int afterCues) {
    String w = NORMALIZER.normalizeToString(name);
    int all = bare.getOrDefault(w, 0) + definite.getOrDefault(w, 0);
    return afterCues >= MIN_CUE_SHARE * all;
  }

  /** The least share of a mined organization's occurrences that follow its cues. */
  static final double MIN_CUE_SHARE = 0.05;

  /** Whether {@code name} was mined as a place ({@code مجموعة تونس}: a group of a country). */
  private boolean isPlace(String name) {
    return found.getOrDefault(EntityType.LOCATION, Map.of()).getOrDefault(name, 0) >= MIN_COUNT
        || CLDR_REGIONS.contains(NORMALIZER.normalizeToString(name));
  }

  /** The Arabic names of the countries and continents of ICU4J's CLDR data, normalized. */
  private static final Set<String> CLDR_REGIONS = cldrRegions();

  private static Set<String> cldrRegions() {
    LocaleDisplayNames names =
        LocaleDisplayNames.getInstance(new ULocale("ar"));
    Set<String> out = new HashSet<>();
    for (Region.RegionType type : new Region.RegionType[] {
        Region.RegionType.TERRITORY,
        Region.RegionType.CONTINENT}) {
      for (Region region : Region.getAvailable(type)) {
        String name = NORMALIZER.normalizeToString(names.regionDisplayName(region.toString()));
        out.add(name.startsWith("ال") ? name.substring(2) : name);
      }
    }
    return out;
  }

  /** Whether the name's first word comes with the preposition ب at times, as a place does. */
  private boolean takesBi(String name) {
    String first = NORMALIZER.normalizeToString(name).split(" ")[0];
    if (first.startsWith("ال")) {
      first = first.substring(2);
    }
    int all = bare.getOrDefault(first, 0) + definite.getOrDefault(first, 0);
    return withBi.getOrDefault(first, 0) >= Math.max(1, MIN_BI_SHARE * all);
  }

  /** The least share of a place's occurrences with the preposition ب. */
  static final double MIN_BI_SHARE = 0.01;

  /**
   * Whether the name's first word reads as a proper noun: without the article, it rarely takes
   * one ({@code صفاقس}, not {@code كبيرة}); with it, it is rarely seen without ({@code القيروان},
   * not {@code المدينة}).
   */
  private boolean properNoun(String name) {
    String[] words = NORMALIZER.normalizeToString(name).split(" ");
    boolean withArticle = words[0].startsWith("ال");
    String first = withArticle ? words[0].substring(2) : words[0];
    int asIs = bare.getOrDefault(first, 0);
    int defined = definite.getOrDefault(first, 0);
    int other = withArticle ? asIs : defined;
    return asIs + defined > 0 && other <= MAX_DEFINITE_SHARE * (asIs + defined);
  }
}
