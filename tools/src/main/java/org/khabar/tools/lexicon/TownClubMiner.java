package org.khabar.tools.lexicon;

import static org.khabar.tools.lexicon.NameMiner.MIN_CLUB_COUNT;
import static org.khabar.tools.lexicon.NameMiner.MIN_COUNT;
import static org.khabar.tools.lexicon.NameMiner.MIN_SPORT_SHARE;
import static org.khabar.tools.lexicon.NameMiner.NORMALIZER;
import static org.khabar.tools.lexicon.NameMiner.PLACE_CUES;
import static org.khabar.tools.lexicon.NameMiner.STOPS;
import static org.khabar.tools.lexicon.NameMiner.isArabic;
import static org.khabar.tools.lexicon.NameMiner.isDefinite;
import static org.khabar.tools.lexicon.NameMiner.stem;
import static org.khabar.tools.lexicon.NameMiner.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.article.Article;
import org.khabar.article.EntityType;
import org.khabar.article.Proclitic;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;

/**
 * The part of {@link NameMiner} that mines towns whose first word is a common noun ({@code منزل
 * تميم}, {@code بن قردان}) and the clubs named by a word and a town ({@code نسر طبلبة}, {@code
 * بعث بني خيار}), which sport news writes next to a dash in its fixtures. Not thread-safe.
 */
final class TownClubMiner {

  /**
   * Nouns that start the names of Maghrebi towns, normalized: {@code منزل تميم}, {@code بني خيار},
   * {@code سيدي بوزيد}, {@code حمام الأنف}, {@code بن قردان}. Alone they are common words (a house,
   * the sons of, a well, my lord, a bath, a son), so a name that starts with one is taken after a
   * place's cue only.
   */
  private static final Set<String> TOWN_PREFIXES = Set.of(
      "منزل", "بني", "بير", "بئر", "سيدي", "حمام", "قصر", "راس", "عين", "وادي", "جبل", "برج",
      "ساقيه", "شط", "غار", "حاسي", "دوار", "بن");

  /**
   * Where a match is played, normalized: {@code ملعب بن قردان} is written next to a dash in
   * fixtures as its club is, but names a place.
   */
  private static final Set<String> VENUES = Set.of("ملعب", "قاعه", "مركب", "مسبح");

  /** The least share of a club's occurrences in sport news written next to a dash. */
  static final double MIN_DASH_SHARE = 0.1;

  /** Towns that start with a {@link #TOWN_PREFIXES} noun: after a cue, and after ب or في. */
  private final Map<String, Integer> compoundAfterCue = new HashMap<>();
  private final Map<String, Integer> compoundAfterIn = new HashMap<>();
  /** Clubs named by a word and a town ({@code نسر طبلبة}): in all news, sport, next to a dash. */
  private final Map<String, Integer> townClubs = new HashMap<>();
  private final Map<String, Integer> sportTownClubs = new HashMap<>();
  private final Map<String, Integer> dashTownClubs = new HashMap<>();

  /**
   * Counts, at token {@code i} of a sentence's {@code tokens} (first pass), the town whose first
   * word is a {@link #TOWN_PREFIXES} noun after a place's cue ({@code معتمدية منزل تميم}, {@code
   * stem} the cue's), after {@code في}, or with {@code ب} attached.
   */
  void count(Article a, List<Token> tokens, int i, String stem) {
    Token t = tokens.get(i);
    if (i + 1 < tokens.size() && isTownPrefix(a, tokens.get(i + 1))
        && (PLACE_CUES.contains(stem) || stem.equals("في"))) {
      compound(a, tokens, i + 1).ifPresent(n -> (PLACE_CUES.contains(stem)
          ? compoundAfterCue : compoundAfterIn).merge(n, 1, Integer::sum));
    } else if (isTownPrefix(a, t) && t.clitics().proclitics().contains(Proclitic.BI)) {
      compound(a, tokens, i).ifPresent(n -> compoundAfterIn.merge(n, 1, Integer::sum));
    }
  }

  /** A word that starts a town's name ({@link #TOWN_PREFIXES}), with no proclitic but ب, و. */
  private static boolean isTownPrefix(Article a, Token t) {
    return t.kind() == TokenKind.WORD && TOWN_PREFIXES.contains(stem(a, t))
        && !t.clitics().proclitics().contains(Proclitic.AL)
        && !t.clitics().proclitics().contains(Proclitic.LI);
  }

  /**
   * The town whose {@link #TOWN_PREFIXES} noun is token {@code from}, without its proclitics: the
   * noun and the Arabic word after it ({@code منزل تميم}), and {@code بن} or {@code بو} and the
   * word after them ({@code سيدي علي بن عون}), or the word after {@code عبد}.
   */
  private static Optional<String> compound(Article a, List<Token> tokens, int from) {
    if (from + 1 >= tokens.size()) {
      return Optional.empty();
    }
    Token next = tokens.get(from + 1);
    if (next.kind() != TokenKind.WORD || !isArabic(next.key()) || STOPS.contains(next.key())
        || next.clitics().hasProclitics() && !isDefinite(next)) {
      return Optional.empty();
    }
    int end = from + 2;
    if (next.key().equals("عبد") && end < tokens.size()
        && tokens.get(end).kind() == TokenKind.WORD && isArabic(tokens.get(end).key())) {
      end++; // سيدي عبد الرحمان
    } else if (end + 1 < tokens.size() && (tokens.get(end).key().equals("بن")
        || tokens.get(end).key().equals("بو")) && tokens.get(end + 1).kind() == TokenKind.WORD
        && !tokens.get(end + 1).clitics().hasProclitics() && isArabic(tokens.get(end + 1).key())) {
      end += 2;
    }
    return Optional.of(a.text().substring(tokens.get(from).clitics().stem().start(),
        tokens.get(end - 1).span().end()));
  }

  /**
   * Second pass, after every text went through {@link NameMiner#add}: counts the clubs named by a
   * word and a town ({@code مستقبل قابس}, {@code بعث بني خيار}), in all news, in sport news, and
   * next to a dash, as fixtures write them ({@code نسر طبلبة - سبورتينغ المكنين}).
   *
   * @param a a news article
   * @param sport whether it is sport news
   * @param clubTowns the towns clubs are named by ({@link #clubTowns})
   */
  void addClubs(Article a, boolean sport, Set<String> clubTowns) {
    for (Sentence s : a.sentences()) {
      List<Token> tokens = a.tokensIn(s.span());
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.WORD || t.clitics().hasProclitics() || !isArabic(t.key())
            || STOPS.contains(t.key()) || TOWN_PREFIXES.contains(t.key())
            || PLACE_CUES.contains(t.key()) || VENUES.contains(t.key())) {
          continue;
        }
        int end = -1;
        for (int n = Math.min(2, tokens.size() - i - 1); n >= 1 && end < 0; n--) {
          if (allWords(tokens, i + 1, i + 1 + n) && clubTowns.contains(
              NORMALIZER.normalizeToString(text(a, tokens, i + 1, i + 1 + n)))) {
            end = i + 1 + n;
          }
        }
        if (end < 0) {
          continue;
        }
        String club = text(a, tokens, i, end);
        townClubs.merge(club, 1, Integer::sum);
        if (sport) {
          sportTownClubs.merge(club, 1, Integer::sum);
          if (isDash(tokens, i - 1) || isDash(tokens, end)) {
            dashTownClubs.merge(club, 1, Integer::sum);
          }
        }
      }
    }
  }

  private static boolean allWords(List<Token> tokens, int from, int end) {
    for (int k = from; k < end; k++) {
      Token t = tokens.get(k);
      if (t.kind() != TokenKind.WORD || !isArabic(t.key())
          || t.clitics().hasProclitics() && !isDefinite(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDash(List<Token> tokens, int k) {
    if (k < 0 || k >= tokens.size()) {
      return false;
    }
    String key = tokens.get(k).key();
    return key.equals("-") || key.equals("\u2013") || key.equals("\u2014");
  }

  /**
   * The towns clubs are named by: {@code oneWordPlaces}, the one-word places mined after their
   * cues, and the towns that start with a {@link #TOWN_PREFIXES} noun seen at least {@link
   * NameMiner#MIN_COUNT} times after a cue, {@code ب} or {@code في}; normalized.
   */
  Set<String> clubTowns(Set<String> oneWordPlaces) {
    Set<String> towns = new HashSet<>(oneWordPlaces);
    Map<String, Integer> compounds = new HashMap<>(compoundAfterIn);
    compoundAfterCue.forEach((name, count) -> compounds.merge(name, count, Integer::sum));
    compounds.forEach((name, count) -> {
      if (count >= MIN_COUNT) {
        towns.add(NORMALIZER.normalizeToString(name));
      }
    });
    return towns;
  }

  /** Adds to {@code kept} the towns and the clubs mined, by type. */
  void names(Map<EntityType, Map<String, Integer>> kept) {
    // Towns whose first word is a common noun: only after a place's cue (ولاية سيدي بوزيد).
    compoundAfterCue.forEach((name, count) -> {
      if (count >= MIN_COUNT) {
        kept.computeIfAbsent(EntityType.LOCATION, k -> new HashMap<>()).merge(name, count,
            Integer::sum);
      }
    });
    // Clubs named by a word and a town: mostly in sport news, and written next to a dash in
    // fixtures (not كأس تونس, أبطال أوروبا, ملعب سوسة); the longest of two that start alike.
    Map<String, Integer> townClubsKept = new HashMap<>();
    sportTownClubs.forEach((club, count) -> {
      if (count >= MIN_CLUB_COUNT && count >= MIN_SPORT_SHARE * townClubs.get(club)
          && dashTownClubs.getOrDefault(club, 0) >= MIN_DASH_SHARE * count) {
        townClubsKept.put(club, count);
      }
    });
    townClubsKept.forEach((club, count) -> {
      boolean shorter = townClubsKept.keySet().stream().anyMatch(o -> o.startsWith(club + " "));
      if (!shorter) {
        kept.computeIfAbsent(EntityType.ORGANIZATION, k -> new HashMap<>()).merge(club, count,
            Integer::sum);
      }
    });
  }
}
