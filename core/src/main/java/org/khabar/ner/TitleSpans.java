package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
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

  /** {@code entities} with the title in front of each person attached, outside its span. */
  List<Entity> attachTitles(TokenizedText text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON || e.title().isPresent()) {
        out.add(e);
        continue;
      }
      CharSpan title = titleBefore(text, e.span());
      out.add(title == null || title.overlaps(e.span()) ? e : e.withTitle(title));
    }
    return out;
  }

  /** The title in front of the name at {@code span}, or null. */
  CharSpan titleBefore(TokenizedText text, CharSpan span) {
    CharSpan title = null;
    for (Sentence sentence : sentencesAt(text, span)) {
      List<Token> tokens = text.tokensIn(sentence.span());
      int first = indexOfTokenContaining(tokens, span.start());
      if (first >= 0) {
        title = titles.titleBefore(text, tokens, first);
      }
    }
    return title;
  }

  private static List<Sentence> sentencesAt(TokenizedText text, CharSpan span) {
    List<Sentence> sentences = text.sentences();
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sentences.size() && sentences.get(lo).span().contains(span.start())
        ? List.of(sentences.get(lo))
        : List.of();
  }

  /** Binary search: sentences can be long (a megabyte without punctuation is one sentence). */
  private static int indexOfTokenContaining(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CharSpan span = tokens.get(mid).span();
      if (span.end() <= offset) {
        lo = mid + 1;
      } else if (span.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
