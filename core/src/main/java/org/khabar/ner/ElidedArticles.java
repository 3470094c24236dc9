package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.text.ArabicLetters;

/**
 * The article that the preposition {@code ل} swallows: {@code للاتحاد الأوروبي} is {@code ل} +
 * {@code الاتحاد الأوروبي} written without the article's alef, so the name's span (after the
 * preposition) reads {@code لاتحاد الأوروبي}. Its canonical form is {@code الاتحاد الأوروبي}, as
 * where the article is written whole, so an index of names counts the two spellings as one. Told
 * by the token's proclitic analysis ({@code ل} then {@code ال}), so {@code لليبيا} (the preposition
 * and {@code ليبيا}) is left as it is. The resolver applies it, and so does {@link
 * org.khabar.Khabar} to the names of every recognizer, whose own lists may give such a span.
 * Stateless.
 */
public final class ElidedArticles {

  private ElidedArticles() {}

  /**
   * Whether {@code span} starts at the lam of an article whose alef the preposition {@code ل}
   * swallowed.
   */
  static boolean startsAtElidedArticle(TokenizedText text, CharSpan span) {
    Optional<Token> at = text.tokenAt(span.start());
    if (at.isEmpty()) {
      return false;
    }
    List<Proclitic> proclitics = at.get().clitics().proclitics();
    int n = proclitics.size();
    int stem = at.get().clitics().stem().start();
    return n >= 2 && proclitics.get(n - 1) == Proclitic.AL && proclitics.get(n - 2) == Proclitic.LI
        && span.start() == stem - 1 && stem >= 2
        && text.text().charAt(stem - 1) == ArabicLetters.LAM
        && text.text().charAt(stem - 2) == ArabicLetters.LAM;
  }

  /** {@code text} with the swallowed alef written back: {@code لاتحاد} gives {@code الاتحاد}. */
  private static String restored(String text) {
    return ArabicLetters.ALEF + text;
  }

  /**
   * {@code entities} with the canonical form of each one that starts at a swallowed article, and
   * has no other canonical form, written with the article whole; the others as they are.
   *
   * @param text the tokenized text the entities were found in
   * @param entities the entities, in any order
   * @return the entities, in the same order
   */
  public static List<Entity> restoreCanonicals(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(e.canonical().equals(e.text()) && startsAtElidedArticle(text, e.span())
          ? e.withCanonical(restored(e.text()))
          : e);
    }
    return out;
  }
}
