package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;

/**
 * Joins the parts of one name that a recognizer split where only spaces separate them. Immutable
 * and thread-safe.
 */
final class NameJoins {

  private final TitleSpans titles;

  NameJoins(TitleSpans titles) {
    this.titles = titles;
  }

  /**
   * Joins names the recognizer split where only spaces separate them: first, after a title, a
   * single word taken for a place followed by a person's single name (the place is the person's
   * given name: {@code وزيرة الخارجية فيكتوريا نولاند}); then two parts of one person's or one
   * organization's name ({@code حلف} + {@code الناتو}). Adjacent places stay apart ({@code إيطاليا}
   * then a given name that looks like a country). Input and output sorted and disjoint.
   */
  List<Entity> joinSplitNames(TokenizedText text, List<Entity> entities) {
    String s = text.text();
    List<Entity> people = join(s, entities, (before, e) ->
        before.type() == EntityType.LOCATION
            && e.type() == EntityType.PERSON
            && WordGaps.isOneWord(s, before.span())
            && WordGaps.isOneWord(s, e.span())
            && titles.titleBefore(text, before.span()) != null);
    return join(s, people, NameJoins::partsOfOneName);
  }

  /** Whether two names that only spaces separate are parts of one person's or organization's. */
  static boolean partsOfOneName(Entity before, Entity e) {
    return before.type().equals(e.type())
        && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
  }

  /** Joins each entity to the one before it when only spaces separate them and {@code joins}. */
  static List<Entity> join(
      String s, List<Entity> entities, BiPredicate<Entity, Entity> joins) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      int last = out.size() - 1;
      if (last >= 0
          && WordGaps.onlySpacesBetween(s, out.get(last).span(), e.span())
          && joins.test(out.get(last), e)) {
        Entity before = out.get(last);
        CharSpan span = CharSpan.of(before.span().start(), e.span().end());
        String surface = span.textOf(s);
        out.set(
            last,
            new Entity(e.type(), span, surface, surface, Math.min(before.score(), e.score())));
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
