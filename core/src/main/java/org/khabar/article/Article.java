package org.khabar.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A structured news article: the original text and everything found in it. Immutable and
 * thread-safe.
 *
 * <p>Every span of every list is a half-open range of UTF-16 offsets into {@link #text()}, the
 * exact text the caller gave. Blocks, sentences and tokens are sorted and disjoint; every char of
 * the text belongs to exactly one block or is whitespace between blocks, so nothing is lost.
 *
 * @param id the caller's identifier (a file name, a URL, a database key)
 * @param text the original text
 * @param published the publication date, against which relative dates are resolved
 * @param blocks the structural blocks
 * @param sentences the sentences, each inside one block
 * @param tokens the tokens, each inside one sentence
 * @param entities named entities, sorted by span
 * @param quotes quotes with their speakers, sorted by span
 * @param times temporal expressions, sorted by span
 * @param numbers numbers and quantities, sorted by span
 */
public record Article(
    String id,
    String text,
    Optional<LocalDate> published,
    List<Block> blocks,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Quantity> numbers) {

  /**
   * Validates the article: copies the lists, and checks that every span lies within the text, that
   * blocks, sentences and tokens are sorted and disjoint, and that every char outside the blocks is
   * whitespace or an invisible control.
   *
   * @param id the caller's identifier
   * @param text the original text
   * @param published the publication date, if known
   * @param blocks the blocks
   * @param sentences the sentences
   * @param tokens the tokens
   * @param entities the entities
   * @param quotes the quotes
   * @param times the time expressions
   * @param numbers the numbers
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the list and the span, if a span breaks these rules
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    blocks = List.copyOf(blocks);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    numbers = List.copyOf(numbers);
    int n = text.length();
    Spans.checkSortedDisjoint("blocks", blocks, Block::span, n);
    Spans.checkSortedDisjoint("sentences", sentences, Sentence::span, n);
    Spans.checkSortedDisjoint("tokens", tokens, Token::span, n);
    Spans.checkInBounds("entities", entities, Entity::span, n);
    Spans.checkInBounds("quotes", quotes, Quote::span, n);
    Spans.checkInBounds("times", times, TimeExpression::span, n);
    Spans.checkInBounds("numbers", numbers, Quantity::span, n);
    checkNothingLost(text, blocks);
  }

  /** Throws unless every char outside the blocks is whitespace. */
  private static void checkNothingLost(String text, List<Block> blocks) {
    int at = 0;
    for (Block block : blocks) {
      checkWhitespace(text, at, block.span().start());
      at = block.span().end();
    }
    checkWhitespace(text, at, text.length());
  }

  private static void checkWhitespace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isBetweenBlocks(c)) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "char U+%04X at %d lies outside every block", (int) c, i));
      }
    }
  }

  /**
   * Whether a char may stand between blocks unaccounted for: whitespace, including the Unicode
   * space separators, and the invisible format controls that carry no text (zero-width chars, bidi
   * marks, embeddings and isolates, the word joiner, the BOM).
   *
   * @param c a char
   * @return whether it may lie outside every block
   */
  public static boolean isBetweenBlocks(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u0085'
        || (c >= '\u200B' && c <= '\u200F') // ZERO WIDTH SPACE .. RIGHT-TO-LEFT MARK
        || (c >= '\u202A' && c <= '\u202E') // bidi embeddings and overrides
        || c == '\u2060' // WORD JOINER
        || (c >= '\u2066' && c <= '\u2069') // bidi isolates
        || c == '\u061C' // ARABIC LETTER MARK
        || c == '\uFEFF'; // ZERO WIDTH NO-BREAK SPACE (BOM)
  }

  /**
   * The original text at {@code span}.
   *
   * @param span a span of this article
   * @return the original text at it
   */
  public String textOf(CharSpan span) {
    return span.textOf(text);
  }

  /**
   * The headline block, if the article has one.
   *
   * @return the first {@link BlockKind#HEADLINE} block, or empty
   */
  public Optional<Block> headline() {
    return blocks.stream().filter(b -> b.kind() == BlockKind.HEADLINE).findFirst();
  }

  /**
   * The sentences that lie within {@code span}, in order.
   *
   * @param span a span of this article
   * @return the sentences inside it
   */
  public List<Sentence> sentencesIn(CharSpan span) {
    return Spans.within(sentences, Sentence::span, span);
  }

  /**
   * The tokens that lie within {@code span}, in order.
   *
   * @param span a span of this article
   * @return the tokens inside it
   */
  public List<Token> tokensIn(CharSpan span) {
    return Spans.within(tokens, Token::span, span);
  }

  /**
   * The blocks that are the article's own text ({@link BlockKind#isBody()}), in order.
   *
   * @return the body blocks
   */
  public List<Block> bodyBlocks() {
    return blocks.stream().filter(b -> b.kind().isBody()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether {@code span} is part of the article's body: the block holding its first char is a
   * body block ({@link BlockKind#isBody()}). A span that starts between blocks, or an empty span
   * at the text's end, is not.
   *
   * @param span a span of this article
   * @return whether it starts in a body block
   */
  public boolean isBody(CharSpan span) {
    Block block = Spans.containing(blocks, Block::span, span.start());
    return block != null && block.kind().isBody();
  }

  /**
   * The sentences of body blocks, in order.
   *
   * @return the body sentences
   */
  public List<Sentence> sentencesInBody() {
    return inBody(sentences, Sentence::span);
  }

  /**
   * The entities of body blocks: what a count of people or places in the article should read.
   *
   * @return the body entities
   */
  public List<Entity> entitiesInBody() {
    return inBody(entities, Entity::span);
  }

  /**
   * The quotes of body blocks.
   *
   * @return the body quotes
   */
  public List<Quote> quotesInBody() {
    return inBody(quotes, Quote::span);
  }

  /**
   * The temporal expressions of body blocks.
   *
   * @return the body time expressions
   */
  public List<TimeExpression> timesInBody() {
    return inBody(times, TimeExpression::span);
  }

  /**
   * The numbers of body blocks.
   *
   * @return the body numbers
   */
  public List<Quantity> numbersInBody() {
    return inBody(numbers, Quantity::span);
  }

  private <T> List<T> inBody(List<T> items, Function<T, CharSpan> spanOf) {
    return items.stream()
        .filter(item -> isBody(spanOf.apply(item)))
        .collect(Collectors.toUnmodifiableList());
  }
}
