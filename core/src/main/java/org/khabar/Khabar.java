package org.khabar;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Quantity;
import org.khabar.article.Quote;
import org.khabar.article.Sentence;
import org.khabar.article.TimeExpression;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.number.QuantityTagger;
import org.khabar.quote.QuoteFinder;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.structure.Structurer;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicNormalizer;
import org.khabar.time.TemporalTagger;

/**
 * The Khabar pipeline: turns raw Arabic news text into a structured {@link Article}.
 *
 * <p>The stages run in a fixed order: the {@link Structurer} cuts the text into blocks, the {@link
 * SentenceSplitter} splits each block into sentences, the {@link WordTokenizer} splits each
 * sentence into tokens carrying forms normalized by the configured {@link ArabicNormalizer}, and
 * the {@link EntityRecognizer}s read the tokenized text, and the {@link QuoteFinder} finds the
 * quotes of the body blocks with their speakers, linked to those entities. Every span of the result is a half-open
 * range of UTF-16 offsets into the exact text given, with nothing dropped: a BOM or bidi mark
 * simply lies between blocks.
 *
 * <p>Built once with {@link #builder()} (or taken ready-made from {@link #defaults()}), a {@code
 * Khabar} is immutable and thread-safe: one instance serves any number of threads, and the same
 * input always gives an equal article. Any text yields an article, never an exception; only caller
 * mistakes throw: a null argument ({@link NullPointerException} naming it), or a recognizer that
 * breaks its contract ({@link IllegalStateException}, see {@link #process(ArticleSource)}).
 *
 * <pre>{@code
 * Khabar khabar = Khabar.defaults();
 * Article article = khabar.process(ArticleSource.of("000", text));
 * article.headline().ifPresent(h -> System.out.println(article.textOf(h.span())));
 * }</pre>
 */
public final class Khabar {

  private static final Khabar DEFAULTS = builder().build();

  private final ArabicNormalizer normalizer;
  private final Structurer structurer;
  private final SentenceSplitter splitter;
  private final WordTokenizer tokenizer;
  private final List<EntityRecognizer> recognizers;
  private final TemporalTagger temporalTagger = new TemporalTagger();
  private final QuantityTagger quantityTagger = new QuantityTagger();
  private final QuoteFinder quoteFinder;
  private final int maxChars;
  private final Overflow overflow;

  private Khabar(Builder b) {
    this.maxChars = b.maxChars;
    this.overflow = b.overflow;
    this.quoteFinder = b.quoteFinder;
    this.normalizer = b.normalizer;
    this.structurer = b.structurer;
    this.splitter = b.splitter;
    this.tokenizer = new WordTokenizer(b.normalizer);
    this.recognizers = List.copyOf(b.recognizers);
  }

  /**
   * A builder with the default components and no entity recognizer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The shared pipeline with the default components and no entity recognizer.
   *
   * @return the shared default pipeline
   */
  public static Khabar defaults() {
    return DEFAULTS;
  }

  /**
   * The version of this Khabar library, such as {@code 0.1.0}, as the build wrote it; {@code
   * "unknown"} if the build's version file is missing from the class path.
   *
   * @return the library version
   */
  public static String version() {
    return Version.VALUE;
  }

  /** Reads the build's version file once, on first use. */
  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      Properties properties = new Properties();
      try (InputStream in = Khabar.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        properties.load(in);
      } catch (IOException e) {
        return "unknown";
      }
      return properties.getProperty("version", "unknown");
    }
  }

  /**
   * The normalizer of the tokens' normalized forms ({@link Token#norm()}).
   *
   * @return the normalizer
   */
  public ArabicNormalizer normalizer() {
    return normalizer;
  }

  /**
   * The structurer that cuts texts into blocks.
   *
   * @return the structurer
   */
  public Structurer structurer() {
    return structurer;
  }

  /**
   * The splitter that cuts blocks into sentences.
   *
   * @return the sentence splitter
   */
  public SentenceSplitter sentenceSplitter() {
    return splitter;
  }

  /**
   * The finder of quotes and speakers.
   *
   * @return the quote finder
   */
  public QuoteFinder quoteFinder() {
    return quoteFinder;
  }

  /**
   * The entity recognizers, in the order they were added.
   *
   * @return the recognizers, unmodifiable
   */
  public List<EntityRecognizer> recognizers() {
    return recognizers;
  }

  /**
   * The longest text this pipeline analyses whole, in UTF-16 chars.
   *
   * @return the limit; {@link Integer#MAX_VALUE} when none was set
   */
  public int maxChars() {
    return maxChars;
  }

  /**
   * What happens to a text longer than {@link #maxChars()}.
   *
   * @return the policy
   */
  public Overflow overflow() {
    return overflow;
  }

  /** What {@link #process(ArticleSource)} does with a text longer than {@link #maxChars()}. */
  public enum Overflow {
    /**
     * Analyses the text up to the last line break (or else space) before the limit and keeps the
     * rest as one {@link BlockKind#UNANALYSED} block: nothing is lost, the memory used stays
     * bounded by the limit.
     */
    KEEP_UNANALYSED,
    /** Throws a {@link TextTooLongException} naming the article, its length and the limit. */
    REFUSE
  }

  /**
   * Processes one article.
   *
   * <p>The entities of all recognizers are merged: sorted by span, and where two overlap the longer
   * wins, then the higher score, then the earlier start, then the recognizer added first. A
   * recognizer that throws, returns null, or returns an entity whose span exceeds the text or whose
   * {@code text} differs from the text at its span has a bug; rather than hide it (a wrong offset
   * usually means offsets were taken in a normalized copy), the pipeline fails with an {@link
   * IllegalStateException} naming the recognizer, the article and the entity.
   *
   * <p>A text longer than {@link #maxChars()} (unlimited unless the builder set it) is either
   * analysed up to a line break or space near the limit and kept whole, its rest one {@link
   * BlockKind#UNANALYSED} block, or refused, as {@link #overflow()} says.
   *
   * @param source the article's id, text and publication date
   * @return the article, with every span an offset into {@code source.text()}
   * @throws NullPointerException if {@code source} is null
   * @throws IllegalStateException if a recognizer breaks its contract
   * @throws TextTooLongException if the text is longer than {@link #maxChars()} and {@link
   *     #overflow()} is {@link Overflow#REFUSE}
   */
  public Article process(ArticleSource source) {
    Objects.requireNonNull(source, "source");
    String text = source.text();
    if (text.length() <= maxChars) {
      return analyse(source, text);
    }
    if (overflow == Overflow.REFUSE) {
      throw new TextTooLongException(source.id(), text.length(), maxChars);
    }
    int cut = cut(text, maxChars);
    Article head = analyse(source, text.substring(0, cut));
    List<Block> blocks = new ArrayList<>(head.blocks());
    int start = cut;
    int end = text.length();
    while (start < end && Article.isBetweenBlocks(text.charAt(start))) {
      start++;
    }
    while (end > start && Article.isBetweenBlocks(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      blocks.add(new Block(BlockKind.UNANALYSED, CharSpan.of(start, end)));
    }
    return new Article(head.id(), text, head.published(), blocks, head.sentences(), head.tokens(),
        head.entities(), head.quotes(), head.times(), head.numbers());
  }

  /**
   * Where to cut a text longer than {@code limit}: after the last line break of its second half
   * before the limit, else after the last whitespace there, else at the limit; never inside a
   * surrogate pair.
   */
  static int cut(String text, int limit) {
    int floor = limit / 2;
    int space = -1;
    for (int i = limit; i > floor; i--) {
      char c = text.charAt(i - 1);
      if (ArabicLetters.isLineBreak(c)) {
        return i;
      }
      if (space < 0 && Article.isBetweenBlocks(c)) {
        space = i;
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isHighSurrogate(text.charAt(limit - 1))
        && Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /** Runs every stage over {@code text}: the whole of the source's text, or its first part. */
  private Article analyse(ArticleSource source, String text) {
    List<Block> blocks = structurer.structure(text);
    List<Sentence> sentences = new ArrayList<>();
    for (Block block : blocks) {
      sentences.addAll(splitter.split(text, block.span()));
    }
    // The article's own word counts settle clitic splits of names the bundled lexicon lacks.
    WordTokenizer documentTokenizer = tokenizer.forDocument(text);
    List<Token> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      found.addAll(documentTokenizer.tokenize(text, sentence.span()));
    }
    // One immutable copy, which TokenizedText and Article keep as it is (List.copyOf of an
    // immutable list is that list).
    List<Token> tokens = List.copyOf(found);
    TokenizedText tokenized = new TokenizedText(text, blocks, sentences, tokens);
    List<Entity> entities = recognize(source.id(), tokenized);
    List<TimeExpression> times = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    for (Block block : blocks) {
      times.addAll(temporalTagger.extract(text, block.span(), source.published()));
      quantities.addAll(quantityTagger.extract(text, block.span()));
    }
    // A number inside a date or a duration is reported once, as part of the time expression.
    List<Quantity> numbers =
        QuantityTagger.outside(quantities, times.stream().map(TimeExpression::span).toList());
    List<Quote> quotes = quoteFinder.find(tokenized, entities);
    return new Article(
        source.id(),
        text,
        source.published(),
        blocks,
        sentences,
        tokens,
        entities,
        quotes,
        times,
        numbers);
  }

  /**
   * Processes {@code text} as an article with an empty id and no publication date.
   *
   * @param text the raw text
   * @return the article
   */
  public Article process(String text) {
    return process(ArticleSource.of("", Objects.requireNonNull(text, "text")));
  }

  private List<Entity> recognize(String id, TokenizedText tokenized) {
    if (recognizers.isEmpty()) {
      return List.of();
    }
    List<List<Entity>> byRecognizer = new ArrayList<>();
    for (int r = 0; r < recognizers.size(); r++) {
      EntityRecognizer recognizer = recognizers.get(r);
      List<Entity> found;
      try {
        found = recognizer.recognize(tokenized);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "entity recognizer " + describe(r) + " failed on article '" + id + "'", e);
      }
      if (found == null) {
        throw new IllegalStateException(
            "entity recognizer " + describe(r) + " returned null for article '" + id + "'");
      }
      for (Entity entity : found) {
        checkEntity(entity, r, id, tokenized.text());
      }
      byRecognizer.add(found);
    }
    return EntityRecognizers.merge(byRecognizer);
  }

  private void checkEntity(Entity entity, int recognizer, String id, String text) {
    String problem = null;
    if (entity == null) {
      problem = "a null entity";
    } else if (entity.span().end() > text.length()) {
      problem = entity + " whose span exceeds the text of length " + text.length();
    } else if (!entity.text().equals(entity.span().textOf(text))) {
      problem = entity + " whose text differs from the text at its span";
    }
    if (problem != null) {
      throw new IllegalStateException(
          "entity recognizer " + describe(recognizer) + " returned " + problem
              + " for article '" + id + "'");
    }
  }

  private String describe(int recognizer) {
    return "#" + recognizer + " (" + recognizers.get(recognizer).getClass().getName() + ")";
  }

  /**
   * Configures a {@link Khabar}. Not thread-safe: configure it in one thread, build once and share
   * the result. Null-hostile: every setter throws {@link NullPointerException} naming its argument.
   */
  public static final class Builder {
    private ArabicNormalizer normalizer = ArabicNormalizer.matching();
    private Structurer structurer = new Structurer();
    private SentenceSplitter splitter = new SentenceSplitter();
    private final List<EntityRecognizer> recognizers = new ArrayList<>();
    private QuoteFinder quoteFinder = new QuoteFinder();
    private int maxChars = Integer.MAX_VALUE;
    private Overflow overflow = Overflow.KEEP_UNANALYSED;

    private Builder() {}

    /**
     * Bounds the text analysed per article, and so the memory one article takes (README, Memory):
     * a longer text is kept with its rest unanalysed, or refused, as {@code overflow} says. No
     * limit by default.
     *
     * @param limit the most UTF-16 chars analysed, at least 1
     * @param overflow what to do with a longer text
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    public Builder maxChars(int limit, Overflow overflow) {
      Preconditions.checkArgument(limit >= 1, "maxChars must be at least 1: %s", limit);
      this.overflow = Objects.requireNonNull(overflow, "overflow");
      this.maxChars = limit;
      return this;
    }

    /**
     * The finder of quotes and speakers; {@code new QuoteFinder()} by default.
     *
     * @param quoteFinder the quote finder
     * @return this builder
     */
    public Builder quoteFinder(QuoteFinder quoteFinder) {
      this.quoteFinder = Objects.requireNonNull(quoteFinder, "quoteFinder");
      return this;
    }

    /**
     * The normalizer for the tokens' normalized forms ({@link Token#norm()}), what a caller
     * displays or indexes; the matching preset by default. What the pipeline finds does not
     * depend on it: its rules compare the tokens' matching keys ({@link Token#key()}).
     *
     * @param normalizer the normalizer
     * @return this builder
     */
    public Builder normalizer(ArabicNormalizer normalizer) {
      this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
      return this;
    }

    /**
     * The structurer that cuts texts into blocks; {@code new Structurer()} by default.
     *
     * @param structurer the structurer
     * @return this builder
     */
    public Builder structurer(Structurer structurer) {
      this.structurer = Objects.requireNonNull(structurer, "structurer");
      return this;
    }

    /**
     * The splitter that cuts blocks into sentences; {@code new SentenceSplitter()} by default.
     *
     * @param splitter the sentence splitter
     * @return this builder
     */
    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.splitter = Objects.requireNonNull(splitter, "splitter");
      return this;
    }

    /**
     * Adds an entity recognizer; several are merged as {@link Khabar#process(ArticleSource)}
     * describes. It must be thread-safe, since the built pipeline calls it from every thread.
     *
     * @param recognizer a thread-safe entity recognizer
     * @return this builder
     */
    public Builder addRecognizer(EntityRecognizer recognizer) {
      recognizers.add(Objects.requireNonNull(recognizer, "recognizer"));
      return this;
    }

    /**
     * Builds the immutable pipeline; the builder may be reused afterwards.
     *
     * @return the pipeline
     */
    public Khabar build() {
      return new Khabar(this);
    }
  }
}
