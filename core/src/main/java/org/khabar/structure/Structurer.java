package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.text.LanguageResources;

/**
 * Finds the blocks of an article: headline, subheadings, paragraphs, list items, links to related
 * articles and boilerplate, one block per non-blank line.
 *
 * <p>Lines end at every mandatory break of Unicode (LF, CR, CR LF, NEL, VT, FF, U+2028, U+2029);
 * blank lines and lines made only of invisible controls yield no block. Each block is trimmed of
 * the chars {@link Article#isBetweenBlocks} accepts, so the blocks are sorted and disjoint and
 * every other char of the text lies in exactly one of them: boilerplate is labelled, never
 * dropped. The rules run in passes over the lines, each pass a small tested unit; a later pass
 * only relabels lines an earlier one left open:
 *
 * <ol>
 *   <li><b>Boilerplate lines</b> ({@link BlockKind#BOILERPLATE}), whatever their place: a line
 *       holding a tracking blob (a base64-like token found by character statistics) and at most
 *       a few other words, such as a blob followed by a site name (one block: both halves are
 *       boilerplate, and a block never splits a line); a copyright line ({@code ©}); a short line
 *       with a footer phrase ({@code جميع الحقوق محفوظة}, {@code سياسة الخصوصية}); a short line
 *       opening with a share/follow cue ({@code تابعونا على}) or made only of social network
 *       names; the furniture of a page copied as text ({@link WebChromeRules}): a byline,
 *       dateline, comment, tag or print line, a breadcrumb, a line that is only a date; and, at
 *       the top, a menu: a run of at least three lines of at most three words.
 *   <li><b>Layout</b>: a bulleted line ({@code -}, {@code •}, {@code *} ... and a space) is a
 *       {@link BlockKind#LIST_ITEM}; the first line that is not boilerplate, short by {@link
 *       LineLimit#HEADLINE} and not ending like prose ({@code .}, {@code :}, {@code ،} ... before
 *       closing quotes), is the
 *       {@link BlockKind#HEADLINE}; a line that is neither first nor last, short by {@link
 *       LineLimit#SUBHEADING} and not ending like prose is a {@link BlockKind#SUBHEADING}; any
 *       other line a {@link BlockKind#PARAGRAPH}.
 *   <li><b>Related links</b> ({@link BlockKind#RELATED_LINK}): a line opening with a "read also"
 *       cue ({@code اقرأ أيضًا}, {@code إقرأ أيضاً}, {@code مواضيع ذات صلة} ..., compared on the
 *       matching-normalized words); when the cue stands alone on its line, the next line if it
 *       is title-like (short by {@link LineLimit#HEADLINE}, not ending like prose), and after it
 *       any run of bulleted title-like lines. A plain title-like line after the first title is
 *       left a subheading: it usually is one. Also a run of bulleted headline-like lines (at
 *       least {@value #MIN_TITLE_WORDS} words, not ending like prose) inserted between two prose
 *       paragraphs when the paragraph before does not end with a colon: a list of headlines
 *       that nothing announces is a box of links.
 *   <li><b>Colon lists</b>: after a line ending with a colon ({@code جدول الأعمال يتضمن:}), a run
 *       of at least two short lines (by {@link #LIST_ITEM_LIMIT}) that all end the way the first
 *       one ends (all like prose, or all not) and all open the way it opens (with the conjunction
 *       {@code و} attached, or all not) are {@link BlockKind#LIST_ITEM}s; the run stops at the
 *       first line that differs, so a subheading after a list of sentences, or a short paragraph
 *       going on with {@code وأضاف}, is kept.
 *   <li><b>Trailing boilerplate</b>: after the last prose paragraph, the run of very short lines
 *       (by {@link #TRAILER_LIMIT}) that do not end like prose, such as a site name or an agency
 *       credit, is boilerplate.
 * </ol>
 *
 * <p>Time and memory are linear in the text's length (cue phrase lists only read lines of at most
 * {@value #CUE_PREFIX} chars); any text, including unpaired surrogates and control
 * chars, yields blocks and never an exception. Immutable and thread-safe.
 */
public final class Structurer {

  /** List items after a colon: up to 16 words and 160 chars, a clause rather than a paragraph. */
  public static final LineLimit LIST_ITEM_LIMIT = new LineLimit(16, 160);

  /** Trailing site names and credits: up to 5 words and 40 chars. */
  public static final LineLimit TRAILER_LIMIT = new LineLimit(5, 40);

  /** The fewest words a bulleted line needs to read as an inserted headline. */
  static final int MIN_TITLE_WORDS = 5;

  /** How many chars of a line the cue phrase lists look at. */
  static final int CUE_PREFIX = 400;

  private final LineLimit headline;
  private final LineLimit subheading;
  private final StructureCues cues;

  /**
   * A structurer with the limits {@link LineLimit#HEADLINE} and {@link LineLimit#SUBHEADING} and
   * the bundled cue phrases.
   */
  public Structurer() {
    this(LineLimit.HEADLINE, LineLimit.SUBHEADING);
  }

  /**
   * A structurer whose headlines and subheadings are short by the given limits.
   *
   * @param headline the limits of a headline
   * @param subheading the limits of a subheading
   */
  public Structurer(LineLimit headline, LineLimit subheading) {
    this(headline, subheading, StructureCues.BUNDLED);
  }

  private Structurer(LineLimit headline, LineLimit subheading, StructureCues cues) {
    this.headline = Objects.requireNonNull(headline, "headline");
    this.subheading = Objects.requireNonNull(subheading, "subheading");
    this.cues = cues;
  }

  /**
   * This structurer with the cue phrases of {@code resources} (the {@code structure/} lists:
   * related-link, chrome, share and footer cues, social network names), read once.
   *
   * @param resources the word lists
   * @return a structurer with the same limits and those cues
   */
  public Structurer withResources(LanguageResources resources) {
    Objects.requireNonNull(resources, "resources");
    return new Structurer(headline, subheading,
        resources.isBundled() ? StructureCues.BUNDLED : StructureCues.of(resources));
  }

  /**
   * The blocks of {@code text}, sorted and disjoint, with spans of UTF-16 offsets into {@code
   * text}; every char outside them is one {@link Article#isBetweenBlocks} accepts.
   *
   * @param text the text
   * @return the blocks
   */
  public List<Block> structure(CharSequence text) {
    Objects.requireNonNull(text, "text");
    TextLines lines = new TextLines(text, Reflow.join(text, LineScanner.scan(text), subheading));
    BlockKind[] kinds = new BlockKind[lines.size()];
    markBoilerplate(lines, kinds);
    markLayout(lines, kinds);
    markRelatedLinks(lines, kinds);
    markColonLists(lines, kinds);
    markTrailingBoilerplate(lines, kinds);
    List<Block> blocks = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      blocks.add(new Block(kinds[i], lines.span(i)));
    }
    return blocks;
  }

  private void markBoilerplate(TextLines lines, BlockKind[] kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (BoilerplateRules.isFurniture(cues, lines.text, lines.span(i),
          lines.isReadWhole(i) ? lines.words(i) : null)) {
        kinds[i] = BlockKind.BOILERPLATE;
      }
    }
    LeadingMenu.mark(lines, kinds, headline);
  }

  /**
   * Whether {@code line}, read as a line of its own, is page furniture by the boilerplate rules
   * (1. above, but the menu at the top: a tracking string; a copyright, footer or share line; a
   * byline, dateline, comment, tag or print line; a breadcrumb; a line that is only a date). For a
   * caller who has its lines from elsewhere, such as an HTML page's blocks.
   *
   * @param line the line
   * @return whether it is furniture
   */
  public static boolean isFurniture(CharSequence line) {
    return isFurniture(StructureCues.BUNDLED, line);
  }

  /**
   * Whether {@code line} is page furniture as {@link #isFurniture} reads it, with this
   * structurer's cue phrases ({@link #withResources}).
   *
   * @param line the line
   * @return whether it is furniture
   */
  public boolean isFurnitureLine(CharSequence line) {
    return isFurniture(cues, line);
  }

  private static boolean isFurniture(StructureCues cues, CharSequence line) {
    Objects.requireNonNull(line, "line");
    CharSpan span = CharSpan.of(0, line.length());
    boolean readWhole = line.length() <= CUE_PREFIX;
    return BoilerplateRules.isFurniture(cues, line, span,
        readWhole ? CuePhrases.words(line, RelatedLinkRules.MAX_WORDS + 1) : null);
  }


  private void markLayout(TextLines lines, BlockKind[] kinds) {
    int last = lines.size() - 1;
    int first = 0; // the first line not furniture: the headline's place
    while (first <= last && kinds[first] != null) {
      first++;
    }
    for (int i = 0; i <= last; i++) {
      if (kinds[i] != null) {
        continue;
      }
      CharSpan line = lines.span(i);
      if (LineRules.startsWithBullet(lines.text, line)) {
        kinds[i] = BlockKind.LIST_ITEM;
      } else if (i == first && headline.admitsTitle(lines.text, line)) {
        kinds[i] = BlockKind.HEADLINE;
      } else if (i > first && i < last && subheading.admitsTitle(lines.text, line)) {
        kinds[i] = BlockKind.SUBHEADING;
      } else {
        kinds[i] = BlockKind.PARAGRAPH;
      }
    }
  }

  private void markRelatedLinks(TextLines lines, BlockKind[] kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == BlockKind.BOILERPLATE || !lines.isReadWhole(i)) {
        continue;
      }
      RelatedLinkRules.Cue cue = RelatedLinkRules.cue(cues, lines.words(i));
      if (cue == RelatedLinkRules.Cue.NONE) {
        continue;
      }
      kinds[i] = BlockKind.RELATED_LINK;
      if (cue == RelatedLinkRules.Cue.ALONE) {
        int j = i + 1;
        if (j < lines.size() && kinds[j] != BlockKind.BOILERPLATE && isLinkTitle(lines, j)) {
          kinds[j] = BlockKind.RELATED_LINK;
          j++;
          while (j < lines.size()
              && kinds[j] == BlockKind.LIST_ITEM
              && isLinkTitle(lines, j)) {
            kinds[j] = BlockKind.RELATED_LINK;
            j++;
          }
        }
        i = j - 1;
      }
    }
    markInsertedHeadlines(lines, kinds);
  }

  /** Runs of bulleted headline-like lines between two prose paragraphs. */
  private void markInsertedHeadlines(TextLines lines, BlockKind[] kinds) {
    int i = 1;
    while (i < lines.size()) {
      if (kinds[i] != BlockKind.LIST_ITEM) {
        i++;
        continue;
      }
      int end = i;
      boolean allTitles = true;
      while (end < lines.size() && kinds[end] == BlockKind.LIST_ITEM) {
        allTitles &= isLinkTitle(lines, end)
            && LineRules.countWords(lines.text, lines.span(end), MIN_TITLE_WORDS) >= MIN_TITLE_WORDS;
        end++;
      }
      boolean between =
          end < lines.size()
              && isProseParagraph(lines, kinds, i - 1)
              && !endsWithColon(lines, i - 1)
              && kinds[end] == BlockKind.PARAGRAPH;
      if (allTitles && between) {
        for (int j = i; j < end; j++) {
          kinds[j] = BlockKind.RELATED_LINK;
        }
      }
      i = end;
    }
  }

  private void markColonLists(TextLines lines, BlockKind[] kinds) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (kinds[i] != BlockKind.PARAGRAPH || !endsWithColon(lines, i)) {
        continue;
      }
      boolean firstEndsLikeProse = LineRules.endsLikeProse(lines.text, lines.span(i + 1));
      boolean firstStartsWithWaw = LineRules.startsWithWaw(lines.text, lines.span(i + 1));
      int end = i + 1;
      while (end < lines.size()
          && isColonListCandidate(lines, kinds, end)
          && LineRules.endsLikeProse(lines.text, lines.span(end)) == firstEndsLikeProse
          && LineRules.startsWithWaw(lines.text, lines.span(end)) == firstStartsWithWaw) {
        end++;
      }
      if (end - (i + 1) >= 2) {
        for (int j = i + 1; j < end; j++) {
          kinds[j] = BlockKind.LIST_ITEM;
        }
        i = end - 1;
      }
    }
  }

  private static boolean isColonListCandidate(TextLines lines, BlockKind[] kinds, int index) {
    BlockKind kind = kinds[index];
    return (kind == BlockKind.PARAGRAPH || kind == BlockKind.SUBHEADING)
        && LIST_ITEM_LIMIT.admits(lines.text, lines.span(index))
        && !endsWithColon(lines, index);
  }

  private static void markTrailingBoilerplate(TextLines lines, BlockKind[] kinds) {
    int i = lines.size() - 1;
    while (i > 0
        && (kinds[i] == BlockKind.BOILERPLATE
            || ((kinds[i] == BlockKind.PARAGRAPH || kinds[i] == BlockKind.SUBHEADING)
                && TRAILER_LIMIT.admits(lines.text, lines.span(i))
                && !LineRules.endsLikeProse(lines.text, lines.span(i))))) {
      i--;
    }
    if (isProseParagraph(lines, kinds, i)) {
      for (int j = i + 1; j < lines.size(); j++) {
        kinds[j] = BlockKind.BOILERPLATE;
      }
    }
  }

  private boolean isLinkTitle(TextLines lines, int index) {
    return headline.admitsTitle(lines.text, lines.span(index));
  }

  private static boolean isProseParagraph(TextLines lines, BlockKind[] kinds, int index) {
    return index >= 0
        && kinds[index] == BlockKind.PARAGRAPH
        && LineRules.endsLikeProse(lines.text, lines.span(index));
  }

  private static boolean endsWithColon(TextLines lines, int index) {
    return LineRules.endsWithColon(lines.text, lines.span(index));
  }

  @Override
  public String toString() {
    return "Structurer[headline=" + headline + ", subheading=" + subheading + "]";
  }
}
