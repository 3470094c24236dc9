package org.khabar.ner;

import static org.khabar.ner.HeadNounWords.describes;
import static org.khabar.ner.HeadNounWords.isDefinite;
import static org.khabar.ner.HeadNounWords.isNameAdjective;
import static org.khabar.ner.HeadNounWords.looksLikeImperfectVerb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;

/**
 * Cuts another recognizer's organizations where the head-noun names end ({@link
 * HeadNounNames#cut}): a model learns where names end from the corpora it was trained on, which
 * mark few organizations built on a head noun. Immutable and thread-safe.
 */
final class OrganizationCuts {

  private final HeadNounNames heads;
  private final HeadNounWords words = HeadNounWords.standard();

  OrganizationCuts(HeadNounNames heads) {
    this.heads = heads;
  }

  /** {@code names} cut where {@code headNames} end, as {@link HeadNounNames#cut} says. */
  List<Entity> cut(TokenizedText text, List<Entity> headNames, List<Entity> names) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(headNames, "headNames");
    Objects.requireNonNull(names, "names");
    Map<Integer, Entity> byStart = new HashMap<>();
    for (Entity h : headNames) {
      if (h.type() == EntityType.ORGANIZATION) {
        byStart.put(h.span().start(), h);
      }
    }
    if (byStart.isEmpty()) {
      return names;
    }
    List<Entity> out = new ArrayList<>(names.size());
    for (Entity e : names) {
      Entity h = e.type() == EntityType.ORGANIZATION ? byStart.get(e.span().start()) : null;
      out.add(h != null && h.span().end() < e.span().end() && endsSurely(text, h, e) ? h : e);
    }
    return out;
  }

  /** Whether the word after head-noun name {@code h}, inside {@code longer}, surely ends it. */
  private boolean endsSurely(TokenizedText text, Entity h, Entity longer) {
    List<Token> inside = text.tokensIn(h.span());
    List<Token> after = text.tokensIn(CharSpan.of(h.span().end(), longer.span().end()));
    if (inside.isEmpty() || after.isEmpty() || after.get(0).kind() != TokenKind.WORD) {
      return false;
    }
    Token t = after.get(0);
    String word = words.stem(text, t);
    String surface = words.normalize(t.span().textOf(text.text()));
    if (HeadNounNames.STOPS.contains(word) || HeadNounNames.STOPS.contains(surface)) {
      return !PREPOSITIONS.contains(surface); // منظمة الدفاع عن المستهلك goes on
    }
    if (words.isTitle(text, t) || heads.startsName(word)) {
      return true;
    }
    if (!t.clitics().hasProclitics()) {
      // يحذر; اتحاد الشغل | خليل (not المعهد الثانوي ابن منظور, named after a person)
      return looksLikeImperfectVerb(word)
          || isDefinite(inside.get(inside.size() - 1))
          && !PERSON_NAME_PARTS.contains(word);
    }
    return isDefinite(t) && (!isNameAdjective(word) || describes(word));
  }

  /**
   * The prepositions of {@link HeadNounNames#STOPS}: a head-noun name ends before them, but a name
   * that goes on past one may be right ({@code منظمة الدفاع عن المستهلك}).
   */
  private static final Set<String> PREPOSITIONS = Set.of(
      "في", "من", "علي", "الي", "عن", "مع", "حول", "بين", "ضد", "لدي", "عند", "نحو", "دون", "عبر",
      "امام", "وراء", "فوق", "تحت");

  /** Words that start a person's name inside an organization's: {@code معهد ابن رشد}. */
  private static final Set<String> PERSON_NAME_PARTS = Set.of("ابن", "بن", "ابو", "بو", "عبد");
}
