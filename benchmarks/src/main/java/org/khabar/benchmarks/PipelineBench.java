package org.khabar.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline, one article per operation: the primary metric is articles per second and
 * the {@code words} counter words per second (whitespace words, see {@link Corpus}). With 1 and 2
 * threads sharing one {@link Khabar} instance, so the 2-thread figure over the 1-thread one is the
 * scaling a user gets from sharing the pipeline.
 *
 * <p>Anchor: a plain OpenNLP/ICU pipeline on the same articles: ICU's sentence iterator for {@code
 * ar}, OpenNLP's {@code SimpleTokenizer} per sentence and a default-feature {@link NameFinderME} per
 * sentence (see {@link AnchorNameFinder}); the anchor at 2 threads shows how far this machine lets
 * any pipeline scale.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class PipelineBench {

  /** The sample and the one shared default pipeline. */
  @State(Scope.Benchmark)
  public static class Shared {
    Corpus corpus;
    Khabar khabar;

    @Setup
    public void load() {
      corpus = Corpus.sample();
      khabar = Pipelines.standard();
    }
  }

  /** The sample and a pipeline without entity recognizers: what the name finder adds. */
  @State(Scope.Benchmark)
  public static class WithoutNer {
    Corpus corpus;
    Khabar khabar;

    @Setup
    public void load() {
      corpus = Corpus.sample();
      khabar = Pipelines.withoutRecognizers();
    }
  }

  /** The sample alone, for the anchor. */
  @State(Scope.Benchmark)
  public static class Input {
    Corpus corpus;

    @Setup
    public void load() {
      corpus = Corpus.sample();
    }
  }

  /** The anchor's model, shared. */
  @State(Scope.Benchmark)
  public static class AnchorModel {
    TokenNameFinderModel model;

    @Setup
    public void load() {
      model = AnchorNameFinder.model();
    }
  }

  /** The anchor's per-thread parts: neither ICU iterators nor {@link NameFinderME} are shareable. */
  @State(Scope.Thread)
  public static class Anchor {
    BreakIterator sentences;
    NameFinderME finder;

    @Setup
    public void create(AnchorModel shared) {
      sentences = BreakIterator.getSentenceInstance(new ULocale("ar"));
      finder = new NameFinderME(shared.model);
    }
  }

  @Benchmark
  @Threads(1)
  public Article khabarPipeline1Thread(Shared s, Cursor cursor) {
    return s.khabar.process(s.corpus.text(cursor.next(s.corpus)));
  }

  @Benchmark
  @Threads(2)
  public Article khabarPipeline2Threads(Shared s, Cursor cursor) {
    return s.khabar.process(s.corpus.text(cursor.next(s.corpus)));
  }

  @Benchmark
  @Threads(1)
  public Article khabarPipelineWithoutNer1Thread(WithoutNer s, Cursor cursor) {
    return s.khabar.process(s.corpus.text(cursor.next(s.corpus)));
  }

  @Benchmark
  @Threads(1)
  public void anchorPipeline1Thread(Input s, Cursor cursor, Anchor anchor, Blackhole bh) {
    anchor(s.corpus.text(cursor.next(s.corpus)), anchor, bh);
  }

  @Benchmark
  @Threads(2)
  public void anchorPipeline2Threads(Input s, Cursor cursor, Anchor anchor, Blackhole bh) {
    anchor(s.corpus.text(cursor.next(s.corpus)), anchor, bh);
  }

  private static void anchor(String text, Anchor anchor, Blackhole bh) {
    BreakIterator it = anchor.sentences;
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String[] tokens = SimpleTokenizer.INSTANCE.tokenize(text.substring(start, end));
      if (tokens.length > 0) {
        bh.consume(anchor.finder.find(tokens));
      }
    }
    anchor.finder.clearAdaptiveData();
  }
}
