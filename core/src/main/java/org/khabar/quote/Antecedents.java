package org.khabar.quote;

import java.util.List;
import java.util.Optional;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;

/**
 * The entity a definite description stands for when it is the subject of a reporting cue: {@code
 * المنظمة} for the organization named before it, {@code الوزير} for the person written after
 * {@code وزير} before it. Only entities written before the description are read, nearest first,
 * at most {@value #LOOKBACK} of them. Stateless.
 */
final class Antecedents {

  /** How many earlier entities are read, nearest first. */
  static final int LOOKBACK = 30;

  /** How far before the description, in chars, an organization of another head may stand. */
  static final int NEAR = 300;

  /** How many words before an entity may hold its description ({@code وزير الصناعة، فلان}). */
  static final int WORDS_BEFORE = 6;

  private static final List<String> PREFIXES = List.of("", "ال", "ل", "لل", "ب", "بال", "و", "وال");

  private Antecedents() {}

  /**
   * The organization {@code ال + head} refers to: the nearest earlier organization entity whose
   * first word is {@code head} ({@code منظمة العفو الدولية} for {@code المنظمة}) or written after
   * it ({@code شركة X}), else the nearest organization entity within {@value #NEAR} chars.
   *
   * @param text the article's text
   * @param entities its entities, sorted by span
   * @param offset where the description starts
   * @param head the description's noun, matching-normalized, without its article
   */
  static Optional<Entity> organization(
      CharSequence text, List<Entity> entities, int offset, String head) {
    Entity near = null;
    int k = before(entities, offset);
    for (int seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
      Entity e = entities.get(k);
      if (e.type() != EntityType.ORGANIZATION || e.span().end() > offset) {
        continue;
      }
      String first = WordLists.normalize(firstWord(e.text()));
      if (first.equals(head) || first.equals("ال" + head) || describedBefore(text, e, head)) {
        return Optional.of(e);
      }
      if (near == null && offset - e.span().end() <= NEAR) {
        near = e;
      }
    }
    return Optional.ofNullable(near);
  }

  /**
   * The person or organization {@code ال + head} refers to: the nearest earlier one with {@code
   * head} among the {@value #WORDS_BEFORE} words before it ({@code وزير} in {@code وزير الصناعة
   * والطاقة، زكريا حمد} for {@code الوزير}; {@code لموقع فرانس 24} for {@code الموقع}).
   */
  static Optional<Entity> described(
      CharSequence text, List<Entity> entities, int offset, String head) {
    int k = before(entities, offset);
    for (int seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
      Entity e = entities.get(k);
      boolean speaker = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      int at = speaker && e.span().end() <= offset ? headBefore(text, e, head) : -1;
      if (at >= 0 && !personBetween(entities, k, at)) {
        return Optional.of(e); // not: رئيس الجمهورية فلان لوكالة X, whose head is the person's
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a person entity lies between offset {@code at} and entity {@code k}: the description
   * at {@code at} is that person's ({@code رئيس الجمهورية فلان لوكالة X}), while a place or an
   * organization between leaves it to entity {@code k} ({@code المديرة الجهوية للصحة بصفاقس
   * فلانة}).
   */
  private static boolean personBetween(List<Entity> entities, int k, int at) {
    for (int j = k - 1; j >= 0 && entities.get(j).span().end() > at; j--) {
      if (entities.get(j).type() == EntityType.PERSON
          && entities.get(j).span().end() <= entities.get(k).span().start()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code head}, with a proclitic or the article, is one of the words just before e. */
  private static boolean describedBefore(CharSequence text, Entity e, String head) {
    return headBefore(text, e, head) >= 0;
  }

  /**
   * Where {@code head}, with a proclitic or the article, starts among the words just before e, or
   * -1.
   */
  private static int headBefore(CharSequence text, Entity e, String head) {
    int end = e.span().start();
    int words = 0;
    int k = end;
    while (k > 0 && words < WORDS_BEFORE) {
      while (k > 0 && !Character.isLetter(text.charAt(k - 1))) {
        if (text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '.') {
          return -1;
        }
        k--;
      }
      int wordEnd = k;
      while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
        k--;
      }
      if (k == wordEnd) {
        return -1;
      }
      words++;
      String w = WordLists.normalize(text.subSequence(k, wordEnd));
      for (String prefix : PREFIXES) {
        if (w.length() == prefix.length() + head.length() && w.startsWith(prefix)
            && w.endsWith(head)) {
          return k;
        }
      }
    }
    return -1;
  }

  private static String firstWord(String s) {
    int space = s.indexOf(' ');
    return space < 0 ? s : s.substring(0, space);
  }

  /** The index of the last entity that starts before {@code offset}, or -1. */
  private static int before(List<Entity> entities, int offset) {
    return SpeakerRules.firstStartingAt(entities, offset) - 1;
  }
}
