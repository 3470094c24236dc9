package org.khabar;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.Token;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.EntityResolver;
import org.khabar.number.NumberTagger;
import org.khabar.number.QuantityTagger;
import org.khabar.quote.QuoteFinder;
import org.khabar.quote.QuoteTagger;
import org.khabar.segment.CliticAnalyzer;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.structure.Structurer;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.LanguageResources;
import org.khabar.time.TemporalTagger;
import org.khabar.time.TimeTagger;

/**
 * The Khabar pipeline: turns raw Arabic news text into a structured {@link Article}.
 *
 * <p>The stages run in a fixed order ({@code analyse} shows it): the {@link Structurer} cuts the
 * text into blocks, the {@link SentenceSplitter} splits each block into sentences, the {@link
 * WordTokenizer} splits each sentence into tokens (with their matching keys, and forms normalized
 * by the configured {@link ArabicNormalizer}), the {@link EntityRecognizer}s read the tokenized
 * text (their names merged, then resolved together when a resolver is set), the {@link TimeTagger}
 * and the {@link NumberTagger} read each block, and the {@link QuoteTagger} finds the quotes of the
 * body blocks with their speakers, linked to the entities. The builder sets each stage. Every span
 * of the result is a half-open range of UTF-16 offsets into the exact text given, with nothing
 * dropped: a BOM or bidi mark simply lies between blocks.
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
  private final int maxChars;
  private final Overflow overflow;
  private final Analysis analysis;

  private Khabar(Builder b) {
    this.maxChars = b.maxChars;
    this.overflow = b.overflow;
    this.normalizer = b.normalizer;
    this.structurer = b.structurer;
    this.analysis = new Analysis(b.splitter, new WordTokenizer(b.normalizer, b.clitics),
        new Recognition(b.recognizers, b.resolver), b.timeTagger, b.numberTagger, b.quoteTagger);
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

  /** {@return the normalizer of the tokens' normalized forms ({@link Token#norm()})} */
  public ArabicNormalizer normalizer() {
    return normalizer;
  }

  /** {@return the structurer that cuts texts into blocks} */
  public Structurer structurer() {
    return structurer;
  }

  /** {@return the splitter that cuts blocks into sentences} */
  public SentenceSplitter sentenceSplitter() {
    return analysis.splitter();
  }

  /** {@return the stage that finds quotes and speakers} */
  public QuoteTagger quoteTagger() {
    return analysis.quoteTagger();
  }

  /** {@return the stage that finds dates, times, durations and sets} */
  public TimeTagger timeTagger() {
    return analysis.timeTagger();
  }

  /** {@return the stage that finds numbers and quantities} */
  public NumberTagger numberTagger() {
    return analysis.numberTagger();
  }

  /** {@return the entity recognizers, in the order they were added, unmodifiable} */
  public List<EntityRecognizer> recognizers() {
    return analysis.recognition().recognizers();
  }

  /**
   * {@return the longest text this pipeline analyses whole, in UTF-16 chars; {@link
   * Integer#MAX_VALUE} when none was set}
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
   * <p>The entities of all recognizers are merged by Khabar's one merge policy ({@link
   * EntityRecognizers#merge}): a span several recognizers give takes the type of the one added
   * first, and where names overlap the longer wins, then the higher score, then the earlier start,
   * then the recognizer added first; a {@linkplain Builder#resolver resolver}, if set, then
   * resolves them together. A recognizer that throws, returns null, or returns an entity whose span
   * exceeds the text or whose {@code text} differs from the text at its span has a bug; rather than
   * hide it (a wrong offset usually means offsets were taken in a normalized copy), the pipeline
   * fails with an {@link IllegalStateException} naming the recognizer, the article and the entity.
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
    int cut = LongTexts.cut(text, maxChars);
    return LongTexts.withUnanalysedRest(analyse(source, text.substring(0, cut)), text, cut);
  }

  /**
   * Processes an article whose blocks the caller knows already (an HTML page's, from its markup),
   * using them instead of the structurer's; a text longer than {@link #maxChars()} is processed
   * as {@link #process(ArticleSource)} does it.
   *
   * @param source the article's id, text and publication date
   * @param blocks its blocks: sorted, disjoint, non-empty, within the text, with only whitespace
   *     and invisible controls ({@link Article#isBetweenBlocks}) outside them
   * @return the article, with every span an offset into {@code source.text()}
   * @throws NullPointerException if an argument or a block is null
   * @throws IllegalArgumentException if a block is out of order, overlaps the one before, exceeds
   *     the text, or leaves a visible char outside every block
   * @throws IllegalStateException if a recognizer breaks its contract
   */
  public Article process(ArticleSource source, List<Block> blocks) {
    String text = Objects.requireNonNull(source, "source").text();
    Objects.requireNonNull(blocks, "blocks");
    GivenBlocks.check(text, blocks);
    if (text.length() > maxChars) {
      return process(source);
    }
    return analysis.run(source, text, List.copyOf(blocks));
  }

  /** Runs every stage over {@code text}: the whole of the source's text, or its first part. */
  private Article analyse(ArticleSource source, String text) {
    return analysis.run(source, text, structurer.structure(text));
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

  /** Configures a {@link Khabar}: not thread-safe; a setter given null throws, naming it. */
  public static final class Builder {
    private ArabicNormalizer normalizer = ArabicNormalizer.matching();
    private Structurer structurer = new Structurer();
    private SentenceSplitter splitter = new SentenceSplitter();
    private final List<EntityRecognizer> recognizers = new ArrayList<>();
    private Optional<EntityResolver> resolver = Optional.empty();
    private CliticAnalyzer clitics = CliticAnalyzer.standard();
    private QuoteTagger quoteTagger = new QuoteFinder();
    private TimeTagger timeTagger = new TemporalTagger();
    private NumberTagger numberTagger = new QuantityTagger();
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
     * The stage that finds quotes and speakers; {@code new QuoteFinder()} by default. It must be
     * thread-safe.
     *
     * @param quoteTagger the quote tagger
     * @return this builder
     */
    public Builder quoteTagger(QuoteTagger quoteTagger) {
      this.quoteTagger = Objects.requireNonNull(quoteTagger, "quoteTagger");
      return this;
    }

    /**
     * The stage that finds dates, times, durations and sets in each block; {@code new
     * TemporalTagger()} by default. It must be thread-safe.
     *
     * @param timeTagger the time tagger
     * @return this builder
     */
    public Builder timeTagger(TimeTagger timeTagger) {
      this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
      return this;
    }

    /**
     * The stage that finds numbers and quantities in each block; {@code new QuantityTagger()} by
     * default. It must be thread-safe. Numbers inside a time expression are left out.
     *
     * @param numberTagger the number tagger
     * @return this builder
     */
    public Builder numberTagger(NumberTagger numberTagger) {
      this.numberTagger = Objects.requireNonNull(numberTagger, "numberTagger");
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
     * Builds the sentence splitter, the tokenizer's clitic analysis, the structurer, the quote
     * finder and the date and number taggers from {@code resources}, the bundled word lists with a
     * newsroom's additions, replacing those stages: set one of your own after it.
     *
     * @param resources the word lists
     * @return this builder
     * @throws IllegalArgumentException if an added number, time or count line is bad, naming it
     */
    public Builder resources(LanguageResources resources) {
      this.splitter = SentenceSplitter.of(Objects.requireNonNull(resources, "resources"));
      this.clitics = CliticAnalyzer.standard()
          .withUnsplittable(resources.added("segment/unsplittable.txt"))
          .withCounts(resources.added("segment/lexicon.tsv"));
      this.structurer = structurer.withResources(resources);
      this.quoteTagger = QuoteFinder.of(resources);
      this.timeTagger = TemporalTagger.of(resources);
      this.numberTagger = QuantityTagger.of(resources);
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
     * Resolves the merged entities of all recognizers together, a stage after them ({@link
     * EntityResolver}): names are propagated, typed alike and linked across recognizers. Unset by
     * default, as the bundled recognizers resolve their own; set it beside recognizers of yours.
     *
     * @param resolver the resolver of the merged entities
     * @return this builder
     */
    public Builder resolver(EntityResolver resolver) {
      this.resolver = Optional.of(Objects.requireNonNull(resolver, "resolver"));
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
