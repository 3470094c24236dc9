package org.khabar.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.corpus.Fingerprint;
import org.khabar.models.DefaultModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The near-duplicate fingerprints of an article the pipeline has analysed ({@code
 * khabarFingerprint}: shingles of the body's matching forms, two MinHash signatures, SimHash, the
 * exact shingle set, the agency credit) against Lucene's MinHash chain over the raw text ({@code
 * luceneMinHash}: whitespace tokens, 5-word shingles, {@code MinHashFilter} with 128 buckets), one
 * article per operation over the benchmark sample. Issue 21's target: 20,000 articles a second on
 * one core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class FingerprintBench {

  /** The sample's articles, analysed once by the bundled pipeline, and their texts. */
  @State(Scope.Benchmark)
  public static class Articles {
    final List<Article> articles = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    Analyzer lucene;
    int next;

    @Setup
    public void load() {
      Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
      int i = 0;
      for (String text : Corpus.sample().texts()) {
        articles.add(khabar.process(ArticleSource.of("a" + i++, text)));
        texts.add(text);
      }
      lucene = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new WhitespaceTokenizer();
          ShingleFilter shingles = new ShingleFilter(source, 5, 5);
          shingles.setOutputUnigrams(false);
          return new TokenStreamComponents(source, new MinHashFilter(shingles, 1, 128, 1, true));
        }
      };
    }

    int next() {
      next = (next + 1) % articles.size();
      return next;
    }
  }

  @Benchmark
  public Fingerprint khabarFingerprint(Articles a) {
    return Fingerprint.of(a.articles.get(a.next()));
  }

  @Benchmark
  public int luceneMinHash(Articles a) {
    try (TokenStream ts = a.lucene.tokenStream("body", new StringReader(a.texts.get(a.next())))) {
      ts.reset();
      int n = 0;
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
