package org.khabar.quote;

import java.util.List;
import org.khabar.article.CharSpan;

/** The pairs of quotation marks of a block ({@link QuoteMarks}), searched by offset. Immutable. */
final class MarkPairs {

  final List<CharSpan> marks;

  MarkPairs(List<CharSpan> marks) {
    this.marks = marks;
  }

  /** The pair of marks strictly around {@code offset}, by binary search, or null. */
  CharSpan pairAround(int offset) {
    int lo = 0;
    int hi = marks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == 0) {
      return null;
    }
    CharSpan pair = marks.get(lo - 1);
    return offset < pair.end() ? pair : null;
  }

  /** Whether {@code offset} lies strictly inside a pair of marks. */
  boolean isInsideMarks(int offset) {
    return pairAround(offset) != null;
  }

  /** {@code clause} up to the closing mark of a pair it ends inside. */
  CharSpan extendToCloseMark(CharSpan clause) {
    CharSpan pair = pairAround(clause.end());
    return pair == null ? clause : CharSpan.of(clause.start(), pair.end());
  }
}
