package org.khabar.structure;

import org.khabar.article.BlockKind;

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
    int longest = 0; // the most words of the run's other menu-like lines
    while (end < lines.size() && (kinds[end] == BlockKind.BOILERPLATE || isMenuItem(lines, end))) {
      if (kinds[end] != BlockKind.BOILERPLATE) {
        longest = Math.max(longest, last < 0 ? 0 : words(lines, last));
        last = end;
      }
      end++;
    }
    if (end < WebChromeRules.MIN_MENU_LINES || end >= lines.size()) {
      return; // a menu item marked already (الرئيسية) counts as one of the menu's lines
    }
    boolean titleAfter = headline.admitsTitle(lines.text, lines.span(end));
    for (int i = 0; i < end; i++) {
      if (kinds[i] == BlockKind.BOILERPLATE || i != last || titleAfter
          || words(lines, last) < WebChromeRules.MAX_MENU_WORDS || words(lines, last) <= longest) {
        kinds[i] = BlockKind.BOILERPLATE;
      }
    }
  }

  private static boolean isMenuItem(TextLines lines, int i) {
    return lines.isReadWhole(i) && !LineRules.endsLikeProse(lines.text, lines.span(i))
        && !LineRules.startsWithBullet(lines.text, lines.span(i))
        && words(lines, i) <= WebChromeRules.MAX_MENU_WORDS;
  }

  private static int words(TextLines lines, int i) {
    return LineRules.countWords(lines.text, lines.span(i), WebChromeRules.MAX_MENU_WORDS + 1);
  }
}
