package org.khabar.segment;

/**
 * The key form under which the clitic lexicon stores and looks up Arabic words.
 *
 * <p>A deliberately small, fixed fold, independent of the normalizer's presets so that the bundled
 * lexicon never goes stale when a preset changes: harakat and other combining marks, tatweel and
 * invisible controls are dropped; alef with hamza above or below, alef with madda and alef wasla
 * become bare alef; alef maqsura becomes yeh; teh marbuta becomes heh; Persian kaf and yeh become
 * their Arabic letters. Everything else is kept as is. Stateless and thread-safe.
 */
public final class LexiconForm {

  static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  static final char ALEF = '\u0627';
  static final char ALEF_WASLA = '\u0671';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char FARSI_YEH = '\u06CC';
  static final char KEHEH = '\u06A9';
  static final char KAF = '\u0643';

  private LexiconForm() {}

  /** The key form of {@code word}. */
  public static String of(CharSequence word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = fold(word.charAt(i));
      if (c != 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The folded char, or 0 when the char is dropped. */
  static char fold(char c) {
    if (SegmentChars.isMark(c) || SegmentChars.isInvisible(c)) {
      return 0;
    }
    switch (c) {
      case ALEF_WITH_MADDA_ABOVE:
      case ALEF_WITH_HAMZA_ABOVE:
      case ALEF_WITH_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA:
      case FARSI_YEH:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      case KEHEH:
        return KAF;
      default:
        return c;
    }
  }
}
