package org.khabar.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.text.ArabicNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our sentence splitter and tokenizer against ICU4J's break iterators for {@code ar} (and OpenNLP's
 * {@code SimpleTokenizer}), one whole article per operation, on the same sample.
 *
 * <p>The anchors only find boundaries; ours also build {@code Sentence} and {@code Token} records,
 * and each token carries its normalized form and clitic analysis, so the ratio states what that
 * extra work costs. ICU iterators are not thread-safe: each thread clones its own.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class SegmentBench {

  /** The sample and our (thread-safe) splitter and tokenizer, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Input {
    Corpus corpus;
    final SentenceSplitter splitter = new SentenceSplitter();
    final WordTokenizer tokenizer = new WordTokenizer(ArabicNormalizer.matching());

    @Setup
    public void load() {
      corpus = Corpus.sample();
    }
  }

  /** ICU's sentence and word iterators for Arabic, one pair per thread. */
  @State(Scope.Thread)
  public static class Icu {
    BreakIterator sentences;
    BreakIterator words;

    @Setup
    public void create() {
      sentences = BreakIterator.getSentenceInstance(new ULocale("ar"));
      words = BreakIterator.getWordInstance(new ULocale("ar"));
    }
  }

  @Benchmark
  public List<Sentence> khabarSentenceSplitter(Input in, Cursor cursor) {
    return in.splitter.split(in.corpus.text(cursor.next(in.corpus)));
  }

  @Benchmark
  public long icuSentenceBreakIterator(Input in, Cursor cursor, Icu icu) {
    return boundaries(icu.sentences, in.corpus.text(cursor.next(in.corpus)));
  }

  @Benchmark
  public List<Token> khabarTokenizerWithClitics(Input in, Cursor cursor) {
    return in.tokenizer.tokenize(in.corpus.text(cursor.next(in.corpus)));
  }

  @Benchmark
  public long icuWordBreakIterator(Input in, Cursor cursor, Icu icu) {
    return boundaries(icu.words, in.corpus.text(cursor.next(in.corpus)));
  }

  @Benchmark
  public Span[] opennlpSimpleTokenizer(Input in, Cursor cursor) {
    return SimpleTokenizer.INSTANCE.tokenizePos(in.corpus.text(cursor.next(in.corpus)));
  }

  /** Walks every boundary; the sum keeps the JIT from dropping the walk. */
  private static long boundaries(BreakIterator iterator, String text) {
    iterator.setText(text);
    long sum = 0;
    for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
      sum += b;
    }
    return sum;
  }
}
