package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/**
 * Pairs quotation marks within one region of text (a block): guillemets {@code « »}, curly
 * quotes {@code “ ”} and straight quotes {@code " "}. Stateless and thread-safe; one linear pass.
 *
 * <p>Each style pairs on its own: a guillemet or curly quote opens when none of its style is
 * open and closes at the next closing mark of its style (Arabic typesetting often writes {@code ”}
 * to open and {@code “} to close, so a curly quote opened with either closes with either);
 * straight quotes, which look the same on both sides, pair in order of appearance, except that a
 * mark can be told by its spacing: one glued to the word before and spaced after ({@code كلام" و})
 * cannot open, one spaced before and glued to the word after ({@code و "كلام}) opens afresh even
 * when a mark is open, so one missing mark does not turn the text between two quotes into a quote.
 * An unclosed mark pairs with nothing. Of pairs
 * that overlap, the one that opens first wins, so the result is sorted, disjoint, and a pair of
 * one style nested in another is dropped (it is part of the outer quote).
 */
final class QuoteMarks {

  static final char LEFT_GUILLEMET = '\u00AB';
  static final char RIGHT_GUILLEMET = '\u00BB';
  static final char LEFT_DOUBLE_QUOTE = '\u201C';
  static final char RIGHT_DOUBLE_QUOTE = '\u201D';
  static final char STRAIGHT_QUOTE = '"';

  private QuoteMarks() {}

  /** Whether {@code i} is outside {@code region} or holds whitespace. */
  private static boolean isSpaceAt(CharSequence text, int i, CharSpan region) {
    return i < region.start() || i >= region.end() || TextChars.isSpace(text.charAt(i));
  }

  /** The pairs of marks in {@code region} of {@code text}; each span includes both marks. */
  static List<CharSpan> pairs(CharSequence text, CharSpan region) {
    List<CharSpan> guillemets = new ArrayList<>();
    List<CharSpan> curly = new ArrayList<>();
    List<CharSpan> straight = new ArrayList<>();
    int openGuillemet = -1;
    int openCurly = -1;
    int openStraight = -1;
    for (int i = region.start(); i < region.end(); i++) {
      char c = text.charAt(i);
      if (c == LEFT_GUILLEMET && openGuillemet < 0) {
        openGuillemet = i;
      } else if (c == RIGHT_GUILLEMET && openGuillemet >= 0) {
        guillemets.add(CharSpan.of(openGuillemet, i + 1));
        openGuillemet = -1;
      } else if (c == LEFT_DOUBLE_QUOTE || c == RIGHT_DOUBLE_QUOTE) {
        if (openCurly < 0) {
          openCurly = i;
        } else {
          curly.add(CharSpan.of(openCurly, i + 1));
          openCurly = -1;
        }
      } else if (c == STRAIGHT_QUOTE) {
        boolean opens = !isSpaceAt(text, i + 1, region) && isSpaceAt(text, i - 1, region);
        boolean closes = isSpaceAt(text, i + 1, region) && !isSpaceAt(text, i - 1, region);
        if (openStraight < 0) {
          if (!closes) {
            openStraight = i; // a mark glued to the word before and spaced after closes: skip it
          }
        } else if (opens) {
          openStraight = i; // the one open before was a stray mark: start again here
        } else {
          straight.add(CharSpan.of(openStraight, i + 1));
          openStraight = -1;
        }
      }
    }
    List<CharSpan> all = new ArrayList<>(guillemets.size() + curly.size() + straight.size());
    all.addAll(guillemets);
    all.addAll(curly);
    all.addAll(straight);
    all.sort(null);
    List<CharSpan> out = new ArrayList<>(all.size());
    int end = -1;
    for (CharSpan s : all) {
      if (s.start() >= end) {
        out.add(s);
        end = s.end();
      }
    }
    return out;
  }
}
