package org.khabar.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;

/**
 * Splits a person's name off the end of an organization or a place the recognizer ran into it:
 * {@code جهاز الأمن الوطني فاسيل ماليوك}, when the recognizer names {@code ماليوك} as a person
 * elsewhere in the article, gives the organization {@code جهاز الأمن الوطني} and the person
 * {@code فاسيل ماليوك}. The person's name is one the recognizer gave a person in the article, and
 * it follows a word with the article; a word without the article right before a one-word name,
 * after one with the article, is taken as the person's first name (an organization's words after
 * a definite one are definite too). Stateless.
 */
final class PersonTails {

  private PersonTails() {}

  /**
   * The entities with person names split off the organizations and places that end with them.
   *
   * @param text the article
   * @param entities the entities, disjoint
   * @param names each entity's normalized words; the new entities' are added
   * @param article the normalized article {@code ال}
   * @return the entities, in the same order, split ones replaced by their parts
   */
  static List<Entity> split(TokenizedText text, List<Entity> entities,
      Map<Entity, List<String>> names, String article) {
    Set<List<String>> persons = new HashSet<>();
    for (Entity e : entities) {
      List<String> name = names.get(e);
      if (e.type() == EntityType.PERSON && !name.isEmpty()) {
        persons.add(name);
      }
    }
    if (persons.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<String> name = names.get(e);
      int at = e.type() == EntityType.PERSON ? -1 : personAt(name, persons, article);
      if (at < 0) {
        out.add(e);
        continue;
      }
      List<Token> tokens = NameSpans.tokensOverlapping(text, e.span());
      if (tokens.size() != name.size()) {
        out.add(e);
        continue;
      }
      String s = text.text();
      CharSpan kept = CharSpan.of(e.span().start(), tokens.get(at - 1).span().end());
      Entity rest = new Entity(e.type(), kept, kept.textOf(s), kept.textOf(s), e.score());
      names.put(rest, List.copyOf(name.subList(0, at)));
      out.add(rest);
      CharSpan span = CharSpan.of(
          Math.max(e.span().start(), NameSpans.nameStart(s, tokens.get(at))), e.span().end());
      Entity person = new Entity(EntityType.PERSON, span, span.textOf(s), span.textOf(s),
          e.score());
      names.put(person, List.copyOf(name.subList(at, name.size())));
      out.add(person);
    }
    return out;
  }

  /**
   * Where a person's name starts in {@code name}, or -1: after a definite word, so that two or more
   * words of the organization are left ({@code جامعة فؤاد الأول} is a university named after a
   * person, not a university and a person).
   */
  private static int personAt(List<String> name, Set<List<String>> persons, String article) {
    for (int i = 2; i < name.size(); i++) {
      if (persons.contains(name.subList(i, name.size()))) {
        int at = i >= 3 && !name.get(i - 1).startsWith(article)
            && name.get(i - 2).startsWith(article) && name.size() - i == 1 ? i - 1 : i;
        return name.get(at - 1).startsWith(article) ? at : -1;
      }
    }
    return -1;
  }
}
