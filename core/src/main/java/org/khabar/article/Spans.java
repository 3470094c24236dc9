package org.khabar.article;

import java.util.List;
import java.util.function.Function;

/** Checks and look-ups over sorted lists of spanned items. */
final class Spans {

  private Spans() {}

  static <T> void checkSortedDisjoint(
      String what, List<T> items, Function<T, CharSpan> spanOf, int textLength) {
    int previousEnd = 0;
    for (int i = 0; i < items.size(); i++) {
      CharSpan span = spanOf.apply(items.get(i));
      if (span.end() > textLength) {
        throw new IllegalArgumentException(
            what + "[" + i + "] " + span + " exceeds text of length " + textLength);
      }
      if (span.start() < previousEnd) {
        throw new IllegalArgumentException(
            what + "[" + i + "] " + span + " overlaps or precedes the item before it");
      }
      previousEnd = span.end();
    }
  }

  static <T> void checkInBounds(
      String what, List<T> items, Function<T, CharSpan> spanOf, int textLength) {
    for (int i = 0; i < items.size(); i++) {
      CharSpan span = spanOf.apply(items.get(i));
      if (span.end() > textLength) {
        throw new IllegalArgumentException(
            what + "[" + i + "] " + span + " exceeds text of length " + textLength);
      }
    }
  }

  /** The items of a sorted, disjoint list that lie within {@code span}, found by binary search. */
  static <T> List<T> within(List<T> items, Function<T, CharSpan> spanOf, CharSpan span) {
    int from = firstEndingAfter(items, spanOf, span.start());
    // Ends increase along a sorted, disjoint list: the items ending within the span come before
    // the first one ending after it. Searched, not walked, so that asking for the few tokens around
    // a name in a sentence of a megabyte stays cheap.
    int to = firstEndingAfter(items, spanOf, span.end());
    // Skip a leading item that starts before the span but ends inside it.
    while (from < to && spanOf.apply(items.get(from)).start() < span.start()) {
      from++;
    }
    return items.subList(from, to);
  }

  private static <T> int firstEndingAfter(List<T> items, Function<T, CharSpan> spanOf, int offset) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spanOf.apply(items.get(mid)).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The item of a sorted, disjoint list whose span contains {@code offset}, or null. */
  static <T> T containing(List<T> items, Function<T, CharSpan> spanOf, int offset) {
    int i = firstEndingAfter(items, spanOf, offset);
    if (i < items.size() && spanOf.apply(items.get(i)).start() <= offset) {
      return items.get(i);
    }
    return null;
  }
}
