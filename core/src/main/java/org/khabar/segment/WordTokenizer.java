package org.khabar.segment;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.text.ArabicNormalizer;

/**
 * Splits text into tokens with offsets, normalized forms and clitic analyses.
 *
 * <p>SKELETON: whitespace tokens. Immutable and thread-safe.
 */
public final class WordTokenizer {

  private final ArabicNormalizer normalizer;

  /** A tokenizer whose tokens carry forms normalized by {@code normalizer}. */
  public WordTokenizer(ArabicNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The tokens of {@code text} within {@code region}, sorted and disjoint. */
  public List<Token> tokenize(CharSequence text, CharSpan region) {
    List<Token> out = new ArrayList<>();
    int i = region.start();
    while (i < region.end()) {
      while (i < region.end() && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < region.end() && !Character.isWhitespace(text.charAt(i))) i++;
      if (i > start) {
        CharSpan span = CharSpan.of(start, i);
        String norm = normalizer.normalizeToString(text.subSequence(start, i));
        out.add(new Token(span, TokenKind.WORD, norm, CliticAnalysis.none(span)));
      }
    }
    return out;
  }

  /** The tokens of the whole of {@code text}. */
  public List<Token> tokenize(CharSequence text) {
    return tokenize(text, CharSpan.of(0, text.length()));
  }
}
