package org.khabar.benchmarks;

import com.ibm.icu.text.Normalizer2;
import java.util.concurrent.TimeUnit;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.NormalizedText;
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
 * Our normalizer (matching preset) against Lucene's {@code ArabicNormalizer} and ICU4J's NFKC, one
 * article per operation, on the same sample.
 *
 * <ul>
 *   <li>{@code khabarNormalizeWithAlignment}: the whole article, normalized string and alignment
 *       (what the pipeline and gazetteers use);
 *   <li>{@code khabarNormalizeToStringPerToken}: each whitespace token, string only (what a
 *       token's {@code norm} costs);
 *   <li>{@code luceneArabicNormalizerPerToken} (anchor): Lucene's in-place {@code normalize(char[],
 *       int)} on each whitespace token, copied into a scratch buffer first since it overwrites its
 *       input (Lucene's token filter also works on a reused buffer);
 *   <li>{@code icuNfkc} (anchor): {@code Normalizer2.getNFKCInstance().normalize} over the article.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class NormalizerBench {

  /** The sample with its whitespace tokens, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Input {
    Corpus corpus;
    String[][] tokens;
    char[][][] tokenChars;
    final ArabicNormalizer khabar = ArabicNormalizer.matching();
    final org.apache.lucene.analysis.ar.ArabicNormalizer lucene =
        new org.apache.lucene.analysis.ar.ArabicNormalizer();
    final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

    @Setup
    public void load() {
      corpus = Corpus.sample();
      tokens = new String[corpus.size()][];
      tokenChars = new char[corpus.size()][][];
      for (int i = 0; i < corpus.size(); i++) {
        tokens[i] = Corpus.whitespaceTokens(corpus.text(i));
        tokenChars[i] = new char[tokens[i].length][];
        for (int t = 0; t < tokens[i].length; t++) {
          tokenChars[i][t] = tokens[i][t].toCharArray();
        }
      }
    }
  }

  /** Lucene's reusable term buffer, one per thread. */
  @State(Scope.Thread)
  public static class Scratch {
    char[] buffer = new char[256];
  }

  @Benchmark
  public NormalizedText khabarNormalizeWithAlignment(Input in, Cursor cursor) {
    return in.khabar.normalize(in.corpus.text(cursor.next(in.corpus)));
  }

  @Benchmark
  public void khabarNormalizeToStringPerToken(Input in, Cursor cursor, Blackhole bh) {
    for (String token : in.tokens[cursor.next(in.corpus)]) {
      bh.consume(in.khabar.normalizeToString(token));
    }
  }

  @Benchmark
  public void luceneArabicNormalizerPerToken(
      Input in, Cursor cursor, Scratch scratch, Blackhole bh) {
    for (char[] token : in.tokenChars[cursor.next(in.corpus)]) {
      char[] buffer = scratch.buffer;
      if (buffer.length < token.length) {
        buffer = scratch.buffer = new char[token.length * 2];
      }
      System.arraycopy(token, 0, buffer, 0, token.length);
      bh.consume(in.lucene.normalize(buffer, token.length));
    }
    bh.consume(scratch.buffer);
  }

  @Benchmark
  public String icuNfkc(Input in, Cursor cursor) {
    return in.nfkc.normalize(in.corpus.text(cursor.next(in.corpus)));
  }
}
