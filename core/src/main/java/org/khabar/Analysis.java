package org.khabar;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Quantity;
import org.khabar.article.Quote;
import org.khabar.article.Sentence;
import org.khabar.article.TimeExpression;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.number.NumberTagger;
import org.khabar.number.QuantityTagger;
import org.khabar.number.WordScan;
import org.khabar.quote.QuoteTagger;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.time.TemporalTagger;
import org.khabar.time.TimeTagger;

/**
 * The stages of {@link Khabar} after the structurer, run in their order over an article's blocks:
 * sentences, tokens, entities, dates and numbers, quotes. Immutable and thread-safe when its
 * stages are.
 */
record Analysis(SentenceSplitter splitter, WordTokenizer tokenizer, Recognition recognition,
    TimeTagger timeTagger, NumberTagger numberTagger, QuoteTagger quoteTagger) {

  /** Runs every stage but the structurer over {@code text}, whose blocks are {@code blocks}. */
  Article run(ArticleSource source, String text, List<Block> blocks) {
    List<Sentence> sentences = new ArrayList<>();
    for (Block block : blocks) {
      sentences.addAll(splitter.splitParagraph(text, block.span()));
    }
    // The article's own word counts settle clitic splits of names the bundled lexicon lacks.
    List<CharSpan> regions = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      regions.add(sentence.span());
    }
    // One immutable copy, which TokenizedText and Article keep as it is (List.copyOf of an
    // immutable list is that list).
    List<Token> tokens = List.copyOf(tokenizer.tokenizeDocument(text, regions));
    TokenizedText tokenized = new TokenizedText(text, blocks, sentences, tokens);
    List<Entity> entities = recognition.recognize(source.id(), tokenized);
    List<TimeExpression> times = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    for (Block block : blocks) {
      if (timeTagger instanceof TemporalTagger dates
          && numberTagger instanceof QuantityTagger nums) {
        // The default stages read one scan of the block, made from its tokens' keys.
        WordScan scan = WordScan.of(text, block.span(), tokenized.tokensIn(block.span()));
        times.addAll(dates.extract(scan, source.published()));
        quantities.addAll(nums.extract(scan));
      } else {
        times.addAll(timeTagger.extract(text, block.span(), source.published()));
        quantities.addAll(numberTagger.extract(text, block.span()));
      }
    }
    // A number inside a date or a duration is reported once, as part of the time expression.
    List<Quantity> numbers =
        QuantityTagger.outside(quantities, times.stream().map(TimeExpression::span).toList());
    List<Quote> quotes = quoteTagger.find(tokenized, entities);
    return new Article(source.id(), text, source.published(), blocks, sentences, tokens,
        entities, quotes, times, numbers);
  }
}
