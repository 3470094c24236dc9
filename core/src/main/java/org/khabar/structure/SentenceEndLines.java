package org.khabar.structure;

import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/**
 * Which full line of hard-wrapped text that ends a sentence also ends its paragraph, where the
 * text does not say so: its paragraphs are apart by one line break, and the next paragraph's first
 * word would not have fitted on the line anyway. Stateless.
 *
 * <p>A sentence ends at a full line about as often whether it ends its paragraph or not, so the
 * text itself tells which is more likely:
 *
 * <ul>
 *   <li>the lead, the text's first sentence, ends its paragraph: news opens with a paragraph of
 *       one sentence (in 595 ANT articles wrapped at 40 columns, 102 of the 104 leads that
 *       ended at a full line did);
 *   <li>any other such line ends its paragraph when more of the text's other sentences end a
 *       paragraph (a line that ends a sentence with room left for the next word) than end inside a
 *       line (and so inside a paragraph): the text writes paragraphs of one sentence;
 *   <li>every such line ends its paragraph in a run of lines far longer than any of the text's
 *       other paragraphs ({@link #cutOverlongRuns}): one paragraph is not several times as long
 *       as all the others;
 *   <li>none does when the text puts blank lines between its paragraphs: one line break is then
 *       never a paragraph's end.
 * </ul>
 */
final class SentenceEndLines {

  /** How many times the longest other paragraph a run of lines must be to be cut. */
  static final int OVERLONG = 2;

  /** The fewest other paragraphs that show how long the text's paragraphs are. */
  static final int MIN_PARAGRAPHS = 3;

  private SentenceEndLines() {}

  /**
   * For each line of {@code lines}, whether it ends its paragraph if it is a full line that ends
   * a sentence.
   *
   * @param text the text
   * @param lines its non-blank lines, in order
   * @param width the text's width: its longest line's length
   * @return one flag per line
   */
  static boolean[] fullLineEndsParagraph(CharSequence text, List<Line> lines, int width) {
    boolean[] ends = new boolean[lines.size()];
    int lead = -1;
    boolean sentenceSeen = false; // a sentence ended inside or at the end of a line of the body
    int paragraphEnds = 0;
    int inside = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      CharSpan span = lines.get(i).span();
      Line next = lines.get(i + 1);
      int within = sentencesEndingInside(text, span);
      boolean ending = endsSentence(text, span);
      if (next.afterBlankLine()) {
        if (ending && i > 0) {
          return ends; // paragraphs apart by a blank line (the first line may be a headline)
        }
        continue; // a line standing alone: a headline, a title
      }
      inside += within;
      if (ending && !sentenceSeen && within == 0) {
        lead = i;
      } else if (ending
          && span.length() + 1 + firstWordLength(text, next.span()) <= width) {
        paragraphEnds++;
      }
      sentenceSeen |= ending || within > 0;
    }
    boolean oneSentenceParagraphs = paragraphEnds > inside;
    for (int i = 0; i < ends.length; i++) {
      ends[i] = i == lead || oneSentenceParagraphs;
    }
    return ends;
  }

  /**
   * Ends a paragraph at each full line ending a sentence in a run of lines that goes on for more
   * than {@value #OVERLONG} times as many lines as the longest of the text's other wrapped
   * paragraphs (runs of two lines or more that end a sentence and go on past none; at least
   * {@value #MIN_PARAGRAPHS} of them): a text does not write one paragraph several times as long
   * as all its others. Not when the text puts blank lines between its paragraphs.
   *
   * @param text the text
   * @param lines its non-blank lines, in order
   * @param goesOn for each line, whether it goes on into the next; changed in place
   */
  static void cutOverlongRuns(CharSequence text, List<Line> lines, boolean[] goesOn) {
    int longest = 0;
    int paragraphs = 0;
    for (int first = 0, last; first < lines.size(); first = last + 1) {
      last = runEnd(goesOn, first);
      boolean ending = endsSentence(text, lines.get(last).span());
      if (ending && first > 0 && last + 1 < lines.size() && lines.get(last + 1).afterBlankLine()) {
        return; // paragraphs apart by a blank line: one line break is never a paragraph's end
      }
      boolean goesOnPastASentence = false;
      for (int i = first; i < last; i++) {
        goesOnPastASentence |= endsSentence(text, lines.get(i).span());
      }
      if (ending && last > first && !goesOnPastASentence) {
        paragraphs++;
        longest = Math.max(longest, last - first + 1);
      }
    }
    if (paragraphs < MIN_PARAGRAPHS) {
      return;
    }
    for (int first = 0, last; first < lines.size(); first = last + 1) {
      last = runEnd(goesOn, first);
      if (last - first + 1 > OVERLONG * longest) {
        for (int i = first; i < last; i++) {
          goesOn[i] &= !endsSentence(text, lines.get(i).span());
        }
      }
    }
  }

  /** The last line of the run of lines that starts at {@code first}. */
  private static int runEnd(boolean[] goesOn, int first) {
    int last = first;
    while (goesOn[last]) {
      last++;
    }
    return last;
  }

  /** How many sentences end inside the line: a terminal mark before a space. */
  private static int sentencesEndingInside(CharSequence text, CharSpan line) {
    int n = 0;
    for (int k = line.start(); k + 1 < line.end(); k++) {
      if (TextChars.isSentenceTerminal(text.charAt(k))
          && TextChars.isBreakingSpace(text.charAt(k + 1))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the line ends with a sentence's terminal mark, before any closing quotes; two stops
   * do not end one.
   */
  static boolean endsSentence(CharSequence text, CharSpan line) {
    int k = line.end() - 1;
    while (k > line.start() && LineRules.CLOSERS.indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    if (k - 2 >= line.start() && text.charAt(k) == '.' && text.charAt(k - 1) == '.'
        && text.charAt(k - 2) != '.') {
      return false; // two stops: the separator of a headline's parts (أوكرانيا.. مقاولون)
    }
    return TextChars.isSentenceTerminal(text.charAt(k));
  }

  /** The length of the (trimmed) line's first word. */
  static int firstWordLength(CharSequence text, CharSpan line) {
    int k = line.start();
    while (k < line.end() && !TextChars.isBreakingSpace(text.charAt(k))) {
      k++;
    }
    return k - line.start();
  }
}
