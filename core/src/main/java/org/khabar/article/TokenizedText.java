package org.khabar.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text with its blocks, sentences and tokens: what an entity recognizer reads. Immutable.
 *
 * @param text the original text; every span of the lists points into it
 * @param blocks the blocks, sorted and disjoint
 * @param sentences the sentences, sorted and disjoint
 * @param tokens the tokens, sorted and disjoint
 */
public record TokenizedText(
    String text, List<Block> blocks, List<Sentence> sentences, List<Token> tokens) {

  /**
   * Validates and copies the arguments.
   *
   * @param text the original text
   * @param blocks the blocks
   * @param sentences the sentences
   * @param tokens the tokens
   * @throws NullPointerException if an argument is null
   */
  public TokenizedText {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    Spans.checkSortedDisjoint("blocks", blocks, Block::span, text.length());
    Spans.checkSortedDisjoint("sentences", sentences, Sentence::span, text.length());
    Spans.checkSortedDisjoint("tokens", tokens, Token::span, text.length());
  }

  /**
   * The tokens that lie within {@code span}, in order; a view of {@link #tokens()}.
   *
   * @param span a span of the text
   * @return the tokens inside it
   */
  public List<Token> tokensIn(CharSpan span) {
    return Spans.within(tokens, Token::span, span);
  }

  /**
   * The token that holds the char at {@code offset}, found by binary search.
   *
   * @param offset an offset into the text
   * @return the token, or empty when the char lies between tokens or outside the text
   */
  public Optional<Token> tokenAt(int offset) {
    return Optional.ofNullable(Spans.containing(tokens, Token::span, offset));
  }

  /**
   * The sentence that holds the char at {@code offset}, found by binary search.
   *
   * @param offset an offset into the text
   * @return the sentence, or empty when the char lies between sentences or outside the text
   */
  public Optional<Sentence> sentenceAt(int offset) {
    return Optional.ofNullable(Spans.containing(sentences, Sentence::span, offset));
  }

  /**
   * The original text at {@code span}.
   *
   * @param span a span of the text
   * @return the text at it
   */
  public String textOf(CharSpan span) {
    return span.textOf(text);
  }
}
