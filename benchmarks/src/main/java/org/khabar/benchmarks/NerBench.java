package org.khabar.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.ner.EntityRecognizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Our bundled name finder against a plain OpenNLP {@link NameFinderME} with default features (see
 * {@link AnchorNameFinder}), over the same tokens: the sample is tokenized once by our pipeline
 * (without recognizers) in setup, and both sides read those sentences and tokens. One article per
 * operation; the anchor clears its adaptive data after each article, as a document boundary.
 *
 * <p>{@code khabarNameFinder} fails its setup with a clear message while no bundled recognizer is
 * on the class path (see {@link Pipelines}); JMH then reports it as an error and goes on.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class NerBench {

  /** The sample, tokenized once: our tokenized texts and the same tokens as OpenNLP arrays. */
  @State(Scope.Benchmark)
  public static class Tokenized {
    Corpus corpus;
    TokenizedText[] texts;
    String[][][] sentenceTokens;

    @Setup
    public void tokenize() {
      corpus = Corpus.sample();
      Khabar khabar = Pipelines.withoutRecognizers();
      texts = new TokenizedText[corpus.size()];
      sentenceTokens = new String[corpus.size()][][];
      for (int i = 0; i < corpus.size(); i++) {
        Article a = khabar.process(corpus.text(i));
        texts[i] = new TokenizedText(a.text(), a.blocks(), a.sentences(), a.tokens());
        List<Sentence> sentences = a.sentences();
        sentenceTokens[i] = new String[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
          List<Token> tokens = a.tokensIn(sentences.get(s).span());
          String[] words = new String[tokens.size()];
          for (int t = 0; t < words.length; t++) {
            words[t] = a.textOf(tokens.get(t).span());
          }
          sentenceTokens[i][s] = words;
        }
      }
    }
  }

  /** Our bundled recognizer, shared (recognizers are thread-safe by contract). */
  @State(Scope.Benchmark)
  public static class Ours {
    EntityRecognizer recognizer;

    @Setup
    public void load() {
      recognizer = Pipelines.bundledRecognizer();
    }
  }

  /** The anchor's model, shared, trained or loaded once per fork. */
  @State(Scope.Benchmark)
  public static class AnchorModel {
    TokenNameFinderModel model;

    @Setup
    public void load() {
      model = AnchorNameFinder.model();
    }
  }

  /** A {@link NameFinderME} per thread: it keeps adaptive state and is not thread-safe. */
  @State(Scope.Thread)
  public static class Anchor {
    NameFinderME finder;

    @Setup
    public void create(AnchorModel shared) {
      finder = new NameFinderME(shared.model);
    }
  }

  @Benchmark
  public List<Entity> khabarNameFinder(Tokenized in, Cursor cursor, Ours ours) {
    return ours.recognizer.recognize(in.texts[cursor.next(in.corpus)]);
  }

  @Benchmark
  public void opennlpNameFinderME(Tokenized in, Cursor cursor, Anchor anchor, Blackhole bh) {
    for (String[] sentence : in.sentenceTokens[cursor.next(in.corpus)]) {
      bh.consume(anchor.finder.find(sentence));
    }
    anchor.finder.clearAdaptiveData();
  }
}
