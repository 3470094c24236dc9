package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/**
 * Joins the lines of hard-wrapped text (wire copy, e-mail, text taken from a PDF: every paragraph
 * broken into lines of about one width) back into the paragraphs they were cut from, so that a
 * paragraph is one block and the line breaks inside it read as spaces. Stateless.
 *
 * <p>Text is taken as wrapped when its longest line is at most {@value #MAX_WIDTH} chars (the
 * text's width) and at least {@value #MIN_JOINS} of its lines go on into the next with neither a
 * sentence's end nor a colon at their end (cut mid-sentence, a comma included), and such lines are
 * at least half of those that go on: short paragraphs of a sentence each stay apart. A line goes on
 * into the next when the next line follows it with no blank line, opens with no bullet (a dash
 * after a line of running text that does not end like prose is the text's own dash) and holds no
 * tracking blob, and its first word would not have fitted at the end of the line (within {@value
 * #SLACK} chars of the width, or past the width itself for a line that ends a sentence): a wrapping
 * program moves a word to the next line only then, so the short last line of a paragraph, a
 * headline or a menu item never goes on. A line that ends a sentence does not go on into a
 * title-like line, or two (a title wrapped), that goes on into nothing (a subheading), and a line
 * ending with a colon right after a word ({@code يتضمن:}) goes on into nothing: a list follows.
 * Which full line ending a sentence ends its paragraph is not written in the text when paragraphs
 * are apart by one line break only: {@code SentenceEndLines} tells.
 */
final class Reflow {

  /** Lines longer than this are paragraphs as written: the text is not wrapped. */
  static final int MAX_WIDTH = 120;

  /** The fewest joins that show a text is wrapped. */
  static final int MIN_JOINS = 2;

  /** How many chars short of the width a wrapped line may end (trimmed spaces, a narrow glyph). */
  static final int SLACK = 2;

  /** Bullets that are also the dashes of running text ({@code تونس - جربة}). */
  private static final String DASHES = "-\u2013\u2014";

  private Reflow() {}

  /**
   * The lines of {@code text} with each run of wrapped lines joined into one.
   *
   * @param text the text
   * @param lines its non-blank lines, in order
   * @return the joined lines, or {@code lines} itself when the text is not wrapped
   */
  static List<Line> join(CharSequence text, List<Line> lines, LineLimit subheading) {
    if (lines.size() < MIN_JOINS + 1) {
      return lines;
    }
    int width = 0;
    for (Line line : lines) {
      width = Math.max(width, line.span().length());
    }
    if (width > MAX_WIDTH) {
      return lines;
    }
    boolean[] goesOn = new boolean[lines.size()];
    int joins = 0;
    int cuts = 0; // joins of a line that ends no sentence and no colon: cut mid-sentence
    boolean item = false; // whether line i belongs to a bulleted item
    boolean[] fullEndsParagraph = SentenceEndLines.fullLineEndsParagraph(text, lines, width);
    for (int i = 0; i + 1 < lines.size(); i++) {
      item = LineRules.startsWithBullet(text, lines.get(i).span()) || (item && goesOn[i - 1]);
      goesOn[i] = goesOn(text, lines.get(i), lines.get(i + 1), width, item, fullEndsParagraph[i]);
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      // A sentence ends the line and the next is a title that stands alone: a subheading.
      goesOn[i] &= !(SentenceEndLines.endsSentence(text, lines.get(i).span())
          && startsSubheading(text, lines, goesOn, i + 1, subheading));
    }
    SentenceEndLines.cutOverlongRuns(text, lines, goesOn);
    for (int i = 0; i + 1 < lines.size(); i++) {
      joins += goesOn[i] ? 1 : 0;
      CharSpan span = lines.get(i).span();
      cuts += goesOn[i] && !SentenceEndLines.endsSentence(text, span)
          && !LineRules.endsWithColon(text, span) ? 1 : 0;
    }
    if (cuts < MIN_JOINS || 2 * cuts < joins) {
      return lines; // few lines cut mid-phrase: lines of one sentence each, not wrapped text
    }
    List<Line> joined = new ArrayList<>(lines.size() - joins);
    int i = 0;
    while (i < lines.size()) {
      int last = i;
      while (goesOn[last]) {
        last++;
      }
      Line first = lines.get(i);
      joined.add(new Line(CharSpan.of(first.span().start(), lines.get(last).span().end()),
          first.afterBlankLine()));
      i = last + 1;
    }
    return joined;
  }

  /**
   * Whether line {@code i} starts a title that stands alone: on one line, or wrapped onto a
   * second, going on into nothing, with text after it.
   */
  private static boolean startsSubheading(CharSequence text, List<Line> lines, boolean[] goesOn,
      int i, LineLimit subheading) {
    int last = goesOn[i] ? i + 1 : i;
    return last + 1 < lines.size() && !goesOn[last] && subheading.admitsTitle(text,
        CharSpan.of(lines.get(i).span().start(), lines.get(last).span().end()));
  }

  private static boolean goesOn(CharSequence text, Line line, Line next, int width, boolean item,
      boolean fullEndsParagraph) {
    if (next.afterBlankLine() || BoilerplateRules.isTrackingLine(text, next.span())) {
      return false;
    }
    if (LineRules.startsWithBullet(text, next.span())
        && (item || DASHES.indexOf(text.charAt(next.span().start())) < 0
            || LineRules.endsLikeProse(text, line.span()))) {
      return false; // a list item; a dash after a line cut mid-phrase is the text's own dash
    }
    if (endsWithListColon(text, line.span())) {
      return false; // جدول الأعمال يتضمن: then its items
    }
    int overflow = line.span().length() + 1 + SentenceEndLines.firstWordLength(text, next.span());
    if (SentenceEndLines.endsSentence(text, line.span())) {
      // Within the slack, a line that ends a sentence may as well end its paragraph.
      return overflow > width && !fullEndsParagraph;
    }
    return overflow > width - SLACK;
  }

  /** A colon right after a word: it announces what follows (a list); {@code X : Y} titles go on. */
  private static boolean endsWithListColon(CharSequence text, CharSpan line) {
    int end = line.end();
    return line.length() >= 2 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '\uFF1A')
        && !TextChars.isBreakingSpace(text.charAt(end - 2));
  }
}
