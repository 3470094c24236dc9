package org.khabar.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread position in the sample plus the words and chars processed, which JMH reports as rates
 * next to the articles per second of the primary metric. Every benchmark takes one article per
 * invocation, in the same round-robin order, so over an iteration each benchmark sees the same mix.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Cursor {

  /** Words processed (whitespace-separated, see {@link Corpus}); reported as words/s. */
  public long words;

  /** UTF-16 chars processed; reported as chars/s. */
  public long chars;

  private int next;

  @Setup(Level.Iteration)
  public void reset() {
    words = 0;
    chars = 0;
  }

  /** The index of the next article, counting its words and chars as processed. */
  int next(Corpus corpus) {
    int i = next;
    next = i + 1 == corpus.size() ? 0 : i + 1;
    words += corpus.words(i);
    chars += corpus.text(i).length();
    return i;
  }
}
