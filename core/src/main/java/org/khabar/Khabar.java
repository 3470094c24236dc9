package org.khabar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.Entity;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.ner.EntityRecognizer;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.structure.Structurer;
import org.khabar.text.ArabicNormalizer;

/**
 * The Khabar pipeline: turns raw Arabic news text into a structured {@link Article}.
 *
 * <p>Built once with {@link #builder()}; immutable and thread-safe afterwards, so one instance
 * serves many threads. Any text yields an article, never an exception; only caller mistakes (a
 * null argument) throw.
 *
 * <pre>{@code
 * Khabar khabar = Khabar.builder().build();
 * Article article = khabar.process(ArticleSource.of("000", text));
 * }</pre>
 */
public final class Khabar {

  private final ArabicNormalizer normalizer;
  private final Structurer structurer;
  private final SentenceSplitter splitter;
  private final WordTokenizer tokenizer;
  private final List<EntityRecognizer> recognizers;

  private Khabar(Builder b) {
    this.normalizer = b.normalizer;
    this.structurer = b.structurer;
    this.splitter = b.splitter;
    this.tokenizer = new WordTokenizer(b.normalizer);
    this.recognizers = List.copyOf(b.recognizers);
  }

  /** A builder with the default components and no entity recognizer. */
  public static Builder builder() {
    return new Builder();
  }

  /** The normalizer whose forms the tokens carry. */
  public ArabicNormalizer normalizer() {
    return normalizer;
  }

  /** Processes one article. */
  public Article process(ArticleSource source) {
    Objects.requireNonNull(source, "source");
    String text = source.text();
    List<Block> blocks = structurer.structure(text);
    List<Sentence> sentences = new ArrayList<>();
    for (Block block : blocks) {
      sentences.addAll(splitter.split(text, block.span()));
    }
    List<Token> tokens = new ArrayList<>();
    for (Sentence sentence : sentences) {
      tokens.addAll(tokenizer.tokenize(text, sentence.span()));
    }
    TokenizedText tokenized = new TokenizedText(text, blocks, sentences, tokens);
    List<Entity> entities = new ArrayList<>();
    for (EntityRecognizer recognizer : recognizers) {
      entities.addAll(recognizer.recognize(tokenized));
    }
    entities.sort(Comparator.comparing(Entity::span));
    return new Article(
        source.id(),
        text,
        source.published(),
        blocks,
        sentences,
        tokens,
        entities,
        List.of(),
        List.of(),
        List.of());
  }

  /** Processes {@code text} as an article with an empty id and no publication date. */
  public Article process(String text) {
    return process(ArticleSource.of("", Objects.requireNonNull(text, "text")));
  }

  /** Configures a {@link Khabar}; not thread-safe, build once and share the result. */
  public static final class Builder {
    private ArabicNormalizer normalizer = ArabicNormalizer.matching();
    private Structurer structurer = new Structurer();
    private SentenceSplitter splitter = new SentenceSplitter();
    private final List<EntityRecognizer> recognizers = new ArrayList<>();

    private Builder() {}

    /** The normalizer for the tokens' normalized forms; the matching preset by default. */
    public Builder normalizer(ArabicNormalizer normalizer) {
      this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
      return this;
    }

    /** Adds an entity recognizer; several are combined, in the order added. */
    public Builder addRecognizer(EntityRecognizer recognizer) {
      recognizers.add(Objects.requireNonNull(recognizer, "recognizer"));
      return this;
    }

    /** Builds the immutable pipeline. */
    public Khabar build() {
      return new Khabar(this);
    }
  }
}
