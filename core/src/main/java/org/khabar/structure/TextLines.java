package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.CharSpan;

/**
 * The lines of one text for the {@link Structurer}, with their normalized cue words, computed once
 * each, on demand. Not thread-safe: one per call.
 */
final class TextLines {
  final CharSequence text;
  private final List<Line> lines;
  private final List<List<String>> words;

  TextLines(CharSequence text, List<Line> lines) {
    this.text = text;
    this.lines = lines;
    this.words = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      words.add(null);
    }
  }

  int size() {
    return lines.size();
  }

  CharSpan span(int i) {
    return lines.get(i).span();
  }

  /** Whether line {@code i} is short enough for the cue phrase lists to read all of it. */
  boolean isReadWhole(int i) {
    return span(i).length() <= Structurer.CUE_PREFIX;
  }

  /** The first words of line {@code i}, normalized, read from its first chars only. */
  List<String> words(int i) {
    List<String> w = words.get(i);
    if (w == null) {
      CharSpan s = span(i);
      int end = Math.min(s.end(), s.start() + Structurer.CUE_PREFIX);
      w = CuePhrases.words(text.subSequence(s.start(), end), RelatedLinkRules.MAX_WORDS + 1);
      words.set(i, w);
    }
    return w;
  }
}
