package org.khabar.structure;

import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;

/**
 * A page's menu copied with its article: at the top, a run of at least {@value
 * WebChromeRules#MIN_MENU_LINES} lines of at most {@value WebChromeRules#MAX_MENU_WORDS} words
 * with no prose ending, between the page's other furniture. When the run goes straight into the
 * body, with no title after it, its last short line is the headline if it has {@value
 * WebChromeRules#MAX_MENU_WORDS} words and the menu's other items fewer ({@code طقس اليوم
 * الجمعة} after {@code سياسة}, {@code عربي ودولي}); a shorter headline is lost with the menu.
 * Stateless.
 */
final class LeadingMenu {

  private LeadingMenu() {}

  /**
   * Marks the menu at the top of {@code lines} as boilerplate.
   *
   * @param lines the text's lines
   * @param kinds their kinds so far (furniture marked), updated
   * @param headline what a headline may be
   */
  static void mark(TextLines lines, BlockKind[] kinds, LineLimit headline) {
    int end = 0;
    int last = -1; // the run's last menu-like line
    int lastWords = 0;
    int longest = 0; // the most words of the run's other menu-like lines
    for (; end < lines.size(); end++) {
      if (kinds[end] != BlockKind.BOILERPLATE) {
        int words = menuItemWords(lines, end);
        if (words < 0) {
          break;
        }
        longest = Math.max(longest, lastWords);
        last = end;
        lastWords = words;
      }
    }
    if (end < WebChromeRules.MIN_MENU_LINES || end >= lines.size()) {
      return; // a menu item marked already (الرئيسية) counts as one of the menu's lines
    }
    boolean lastIsHeadline = lastWords == WebChromeRules.MAX_MENU_WORDS && lastWords > longest
        && !headline.admitsTitle(lines.text, lines.span(end));
    for (int i = 0; i < end; i++) {
      if (i != last || !lastIsHeadline) {
        kinds[i] = BlockKind.BOILERPLATE;
      }
    }
  }

  /** The words of line {@code i} if it reads as a menu item, else -1. */
  private static int menuItemWords(TextLines lines, int i) {
    CharSpan span = lines.span(i);
    if (!lines.isReadWhole(i) || LineRules.endsLikeProse(lines.text, span)
        || LineRules.startsWithBullet(lines.text, span)) {
      return -1;
    }
    int words = LineRules.countWords(lines.text, span, WebChromeRules.MAX_MENU_WORDS + 1);
    return words <= WebChromeRules.MAX_MENU_WORDS ? words : -1;
  }
}
