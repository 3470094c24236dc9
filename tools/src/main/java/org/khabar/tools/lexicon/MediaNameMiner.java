package org.khabar.tools.lexicon;

import static org.khabar.tools.lexicon.NameMiner.MIN_COUNT;
import static org.khabar.tools.lexicon.NameMiner.NORMALIZER;
import static org.khabar.tools.lexicon.NameMiner.STOPS;
import static org.khabar.tools.lexicon.NameMiner.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.khabar.article.Article;
import org.khabar.article.EntityType;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;

/**
 * The part of {@link NameMiner} that mines media: radio stations by the name written before {@code
 * أف أم} ({@code الجوهرة أف أم}, {@code الجوهرة "أف أم"}), and social networks by the word written
 * after {@code التواصل الاجتماعي} ({@code فايسبوك}, {@code الفايسبوك}). Not thread-safe.
 */
final class MediaNameMiner {

  /** The words written after a radio station's name: {@code أف أم}. */
  private static final List<List<String>> RADIO_TAILS =
      List.of(List.of("اف", "ام"), List.of("اف", "م"));

  /** Radio stations, by the name written before {@code أف أم}: common words, so not tested. */
  private final Map<String, Integer> radios = new HashMap<>();
  /** Social networks, by the word written after {@code التواصل الاجتماعي}. */
  private final Map<String, Integer> networks = new HashMap<>();

  /**
   * Counts the radio or the network that token {@code i} (not the first) of {@code tokens} ends.
   */
  void count(Article a, List<Token> tokens, int i) {
    if (tokens.get(i).key().equals("الاجتماعي")
        && tokens.get(i - 1).key().equals("التواصل")) {
      // موقع التواصل الاجتماعي فيسبوك, "الفايسبوك": a network, with the article or not, one
      // word (not مقطع فيديو).
      int at = isQuote(tokens, i + 1) ? i + 2 : i + 1;
      NameMiner.name(a, tokens, at, true).filter(n -> n.indexOf(' ') < 0)
          .ifPresent(n -> networks.merge(n, 1, Integer::sum));
    } else {
      for (List<String> tail : RADIO_TAILS) {
        // الجوهرة أف أم, and الجوهرة "أف أم" with its quotation marks
        boolean quoted = i > 1 && isQuote(tokens, i - 1) && isQuote(tokens, i + tail.size());
        int end = i + tail.size() + (quoted ? 1 : 0);
        if (matches(a, tokens, i, tail)) {
          Token station = tokens.get(quoted ? i - 2 : i - 1);
          if (station.kind() == TokenKind.WORD
              && !station.clitics().proclitics().contains(Proclitic.LI)) {
            // الجوهرة أف أم: the station keeps its article, not a preposition before it.
            int start = station.clitics().stem().start();
            if (station.clitics().proclitics().contains(Proclitic.AL)) {
              start = Math.max(station.span().start(), start - 2);
            }
            String name = a.text().substring(start, station.span().end()) + " "
                + (quoted ? tokens.get(i - 1).span().textOf(a.text()) : "")
                + text(a, tokens, i, i + tail.size())
                + (quoted ? tokens.get(end - 1).span().textOf(a.text()) : "");
            radios.merge(name, 1, Integer::sum); // spaced alike however the source spaced it
          }
        }
      }
    }
  }

  /**
   * Adds to {@code kept} the radios seen at least {@link NameMiner#MIN_COUNT} times and the
   * networks also seen after their cue often enough ({@code afterCues}, of a word and its count
   * there).
   */
  void names(Map<EntityType, Map<String, Integer>> kept,
      BiPredicate<String, Integer> afterCues) {
    // Networks: the word after التواصل الاجتماعي at least one time in twenty it is written (not
    // مقطع: a clip shared there), with the article or not (الفايسبوك), and not in the accusative
    // of a common noun (صورا: pictures).
    networks.forEach((name, count) -> {
      String w = NORMALIZER.normalizeToString(name);
      if (count >= MIN_COUNT && !STOPS.contains(w) && !w.endsWith("ا")
          && afterCues.test(w.startsWith("ال") ? w.substring(2) : w, count)) {
        kept.computeIfAbsent(EntityType.ORGANIZATION, k -> new HashMap<>()).merge(name, count,
            Integer::sum);
      }
    });
    radios.forEach((name, count) -> {
      if (count >= MIN_COUNT) {
        kept.computeIfAbsent(EntityType.ORGANIZATION, k -> new HashMap<>()).merge(name, count,
            Integer::sum);
      }
    });
  }

  private static boolean matches(Article a, List<Token> tokens, int i, List<String> words) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(i + k).key().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(List<Token> tokens, int k) {
    return k >= 0 && k < tokens.size() && tokens.get(k).kind() != TokenKind.WORD
        && QUOTES.contains(tokens.get(k).key());
  }

  /** Quotation marks, around a radio's {@code أف أم}. */
  private static final Set<String> QUOTES = Set.of("\"", "\u00AB", "\u00BB", "\u201C", "\u201D");
}
