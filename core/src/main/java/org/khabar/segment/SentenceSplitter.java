package org.khabar.segment;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.article.Sentence;

/**
 * Splits news text into sentences.
 *
 * <p>SKELETON: one sentence per non-blank line. Immutable and thread-safe.
 */
public final class SentenceSplitter {

  /** A splitter with the default rules. */
  public SentenceSplitter() {}

  /** The sentences of {@code text} that lie within {@code region}, sorted and disjoint. */
  public List<Sentence> split(CharSequence text, CharSpan region) {
    List<Sentence> out = new ArrayList<>();
    int i = region.start();
    while (i < region.end()) {
      while (i < region.end() && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < region.end() && text.charAt(i) != '\n') i++;
      int end = i;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end > start) out.add(new Sentence(CharSpan.of(start, end)));
    }
    return out;
  }

  /** The sentences of the whole of {@code text}. */
  public List<Sentence> split(CharSequence text) {
    return split(text, CharSpan.of(0, text.length()));
  }
}
