package org.khabar.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;

/**
 * The resolver's type decisions: a person's name on a place's or an organization's head noun takes
 * the head's type, an organization's head noun alone is no name, and all mentions of one name take
 * the type with the highest total score.
 * Immutable and thread-safe.
 */
final class NameTypes {

  private final HeadNounNames heads;
  private final NameKeys keys = NameKeys.matching();

  NameTypes(HeadNounNames heads) {
    this.heads = heads;
  }

  /** The head nouns whose types it gives. */
  HeadNounNames heads() {
    return heads;
  }

  /**
   * All mentions of the same name (same keys in {@code names}) get the type with the highest total
   * score; {@code names} learns the keys of each retyped entity.
   */
  static List<Entity> unifyTypes(List<Entity> entities, Map<Entity, List<String>> names) {
    Map<List<String>, Map<EntityType, Double>> votes = new HashMap<>();
    for (Entity e : entities) {
      votes
          .computeIfAbsent(names.get(e), k -> new TreeMap<>())
          .merge(e.type(), e.score() + 1e-9, Double::sum);
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      EntityType best =
          votes.get(names.get(e)).entrySet().stream()
              .max(Map.Entry.<EntityType, Double>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow()
              .getKey();
      Entity unified = best.equals(e.type()) ? e : e.withType(best);
      names.put(unified, names.get(e));
      out.add(unified);
    }
    return out;
  }

  /**
   * {@code entities} without the names that are an organization's head noun alone ({@code منظمة},
   * {@code المعهد}): a generic mention, not a name (a club's head alone, {@code الترجي}, is one).
   */
  List<Entity> withoutBareHeads(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION && WordGaps.isOneWord(text.text(), e.span())) {
        List<Token> tokens = NameSpans.tokensOverlapping(text, e.span());
        if (tokens.size() == 1 && heads.isBareHead(
            stemKey(text, tokens.get(0)))) {
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  /**
   * A person's name right after {@code سيدي} ("my lord", the saint a Maghrebi town is named after)
   * is the town's: {@code ب|سيدي علي بن عون} names a place, typed so and taking the word.
   */
  List<Entity> saintsTowns(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    int previousEnd = 0;
    for (Entity e : entities) {
      Entity town = e;
      if (e.type() == EntityType.PERSON) {
        List<Token> before = text.tokensIn(CharSpan.of(previousEnd, e.span().start()));
        Token sidi = before.isEmpty() ? null : before.get(before.size() - 1);
        if (sidi != null && sidi.kind() == TokenKind.WORD
            && SAINT.equals(stemKey(text, sidi))
            && text.text().substring(sidi.span().end(), e.span().start()).isBlank()) {
          CharSpan span = CharSpan.of(sidi.clitics().stem().start(), e.span().end());
          String surface = span.textOf(text.text());
          town = new Entity(EntityType.LOCATION, span, surface, surface, e.score());
        }
      }
      out.add(town);
      previousEnd = e.span().end();
    }
    return out;
  }

  private static final String SAINT = "سيدي";

  /** The token's stem, without its proclitics, as names are compared. */
  private String stemKey(TokenizedText text, Token t) {
    return keys.normalize(t.clitics().stem().textOf(text.text()));
  }

  /**
   * A person's name that starts with the head noun of a place or an organization ({@code قصر
   * الإليزيه}, {@code وزارة الدفاع}) takes the head's type: no person is named so.
   */
  List<Entity> retypeHeadedPersons(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      EntityType type = null;
      if (e.type() == EntityType.PERSON && !WordGaps.isOneWord(text.text(), e.span())) {
        List<Token> tokens = NameSpans.tokensOverlapping(text, e.span());
        type = heads.typeOfHead(stemKey(text, tokens.get(0)));
      }
      out.add(type == null ? e : e.withType(type));
    }
    return out;
  }
}
