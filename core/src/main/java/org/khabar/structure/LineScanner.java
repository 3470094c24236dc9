package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/**
 * Cuts a text into its non-blank lines, in one linear pass. Stateless and thread-safe.
 *
 * <p>Line ends are the mandatory breaks of Unicode's line breaking algorithm (UAX #14): LF, CR,
 * CR LF (one end, not two), NEL U+0085, VT, FF, LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR
 * U+2029. Each line is trimmed of the chars {@link Article#isBetweenBlocks} accepts; a line left
 * empty (blank, or made only of invisible controls) yields nothing but marks the next line as
 * following a blank line.
 */
final class LineScanner {

  private LineScanner() {}

  /** The non-blank lines of {@code text}, in order. */
  static List<Line> scan(CharSequence text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int start = 0;
    boolean blankSeen = false;
    while (start <= n) {
      int end = start;
      while (end < n && !TextChars.isLineBreak(text.charAt(end))) {
        end++;
      }
      int from = start;
      int to = end;
      while (from < to && Article.isBetweenBlocks(text.charAt(from))) {
        from++;
      }
      while (to > from && Article.isBetweenBlocks(text.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        lines.add(new Line(CharSpan.of(from, to), blankSeen && !lines.isEmpty()));
        blankSeen = false;
      } else {
        blankSeen = true;
      }
      if (end >= n) {
        break;
      }
      start = end + lineEndLength(text, end);
    }
    return lines;
  }

  private static int lineEndLength(CharSequence text, int at) {
    boolean crlf = text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n';
    return crlf ? 2 : 1;
  }
}
