package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;

/**
 * Finds the title or role written in front of a person ({@code الرئيس الفرنسي}) with a {@link
 * PersonTitles} list. Immutable and thread-safe.
 */
final class TitleSpans {

  private final PersonTitles titles;

  TitleSpans(PersonTitles titles) {
    this.titles = titles;
  }

  /** The title list. */
  PersonTitles titles() {
    return titles;
  }

  /**
   * {@code entities} with the title in front of each person attached, outside its span; a title
   * may hold places and organizations ({@code رئيس مجموعة البنك الدولي}) but no other person
   * ({@code طارق السيد وتامر أبو جبل}: {@code السيد} is Tarek's name, not Tamer's title).
   *
   * @param text the tokenized article
   * @param entities its entities, sorted by span and disjoint
   */
  List<Entity> attachTitles(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() != EntityType.PERSON || e.title().isPresent()) {
        out.add(e);
        continue;
      }
      CharSpan title = titleBefore(text, e.span());
      out.add(title == null || title.overlaps(e.span()) || holdsPerson(entities, i, title)
          ? e : e.withTitle(title));
    }
    return out;
  }

  /** Whether a person before entity {@code i} overlaps {@code title}. */
  private static boolean holdsPerson(List<Entity> entities, int i, CharSpan title) {
    for (int j = i - 1; j >= 0 && entities.get(j).span().end() > title.start(); j--) {
      if (entities.get(j).type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** The title in front of the name at {@code span}, or null. */
  CharSpan titleBefore(TokenizedText text, CharSpan span) {
    Optional<Sentence> sentence = text.sentenceAt(span.start());
    Optional<Token> first = text.tokenAt(span.start());
    if (sentence.isEmpty() || first.isEmpty()) {
      return null;
    }
    // The sentence's tokens up to the one the name starts in: a title stands before it.
    List<Token> tokens = text.tokensIn(
        CharSpan.of(sentence.get().span().start(), first.get().span().end()));
    return tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(first.get())
        ? null
        : titles.titleBefore(text, tokens, tokens.size() - 1);
  }
}
