package org.khabar.text;

import static org.khabar.text.ArabicLetters.ARABIC_FULL_STOP;
import static org.khabar.text.ArabicLetters.ARABIC_LETTER_MARK;
import static org.khabar.text.ArabicLetters.ARABIC_QUESTION_MARK;
import static org.khabar.text.ArabicLetters.LEFT_TO_RIGHT_MARK;
import static org.khabar.text.ArabicLetters.RIGHT_TO_LEFT_MARK;
import static org.khabar.text.ArabicLetters.SOFT_HYPHEN;
import static org.khabar.text.ArabicLetters.WORD_JOINER;
import static org.khabar.text.ArabicLetters.ZERO_WIDTH_JOINER;
import static org.khabar.text.ArabicLetters.ZERO_WIDTH_NON_JOINER;
import static org.khabar.text.ArabicLetters.ZERO_WIDTH_NO_BREAK_SPACE;
import static org.khabar.text.ArabicLetters.ZERO_WIDTH_SPACE;

/**
 * The char classes every stage shares: spaces, line breaks, invisible controls, combining marks
 * and the marks that end a sentence. Arabic letters, digits and harakat are {@link ArabicLetters}'.
 *
 * <p>A stage that needs a class of its own composes these (a word gap is a space or an invisible
 * control) rather than restating a Unicode property. The predicates are pure functions of one char
 * or code point, constant time, and never throw on any value. Stateless and thread-safe.
 */
public final class TextChars {

  /** U+0085 NEXT LINE, a line break that Java's whitespace test does not count. */
  public static final char NEXT_LINE = '\u0085';
  /** U+2026 HORIZONTAL ELLIPSIS (…). */
  public static final char HORIZONTAL_ELLIPSIS = '\u2026';

  private TextChars() {}

  /**
   * Whether {@code c} is a space of any kind: Java whitespace (which includes the line breaks but
   * not the no-break spaces), a Unicode space separator (Zs, Zl, Zp) or NEXT LINE U+0085. Zero
   * width space and the BOM are invisible controls ({@link #isInvisible}), not spaces.
   *
   * @param c a char
   * @return whether it is a space
   */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F || c >= 0x0600 && c <= 0x06FF) {
      return false; // the chars of Arabic news, answered without Character's tables
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == NEXT_LINE;
  }

  /**
   * Whether a line may break at {@code c}: Java whitespace, so the line breaks, tab and the spaces
   * but not the no-break spaces U+00A0, U+2007 and U+202F, which a text's author put there to keep
   * two words on one line.
   *
   * @param c a char
   * @return whether it is a breaking space
   */
  public static boolean isBreakingSpace(char c) {
    return Character.isWhitespace(c);
  }

  /**
   * Whether {@code c} separates words: a {@linkplain #isSpace space}, ZERO WIDTH SPACE U+200B or
   * the BOM U+FEFF. Never part of a token, nor the edge of a sentence.
   *
   * @param c a char
   * @return whether it separates words
   */
  public static boolean isWordSeparator(char c) {
    return isSpace(c) || c == ZERO_WIDTH_SPACE || c == ZERO_WIDTH_NO_BREAK_SPACE;
  }

  /**
   * Whether {@code c} is horizontal whitespace: tab, space, no-break space, Ogham space mark, the
   * spaces U+2000–U+200A, narrow no-break space U+202F, medium mathematical space U+205F and
   * ideographic space U+3000. Line breaks are not horizontal whitespace (see {@link #isLineBreak});
   * zero width space U+200B is an invisible control, not a space.
   *
   * @param c a char
   * @return whether it is horizontal whitespace
   */
  public static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /**
   * Whether {@code c} breaks a line (a mandatory break in UAX #14): LF, CR, vertical tab, form
   * feed, next line U+0085, line separator U+2028 or paragraph separator U+2029. {@code \r\n} is
   * two.
   *
   * @param c a char
   * @return whether it breaks a line
   */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == NEXT_LINE
        || c == '\u2028' || c == '\u2029';
  }

  /**
   * Whether {@code c} is a bidirectional formatting control: exactly the Unicode property
   * Bidi_Control (ALM U+061C, LRM U+200E, RLM U+200F, the embeddings and overrides U+202A–U+202E
   * and the isolates U+2066–U+2069).
   *
   * @param c a char
   * @return whether it is a bidi control
   */
  public static boolean isBidiControl(char c) {
    return c == ARABIC_LETTER_MARK || c == LEFT_TO_RIGHT_MARK || c == RIGHT_TO_LEFT_MARK
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Whether {@code c} is an invisible control that carries no letter: a bidi control ({@link
   * #isBidiControl}), zero width space U+200B, word joiner U+2060, zero width no-break space or
   * byte order mark U+FEFF, or soft hyphen U+00AD. The joiners ZWNJ U+200C and ZWJ U+200D are not
   * included: they change how Arabic letters join, see {@link #isJoinerControl}.
   *
   * @param c a char
   * @return whether it is an invisible control
   */
  public static boolean isInvisibleControl(char c) {
    return isBidiControl(c) || c == ZERO_WIDTH_SPACE || c == WORD_JOINER
        || c == ZERO_WIDTH_NO_BREAK_SPACE || c == SOFT_HYPHEN;
  }

  /**
   * Whether {@code c} is the zero width non-joiner U+200C or the zero width joiner U+200D.
   *
   * @param c a char
   * @return whether it is ZWNJ or ZWJ
   */
  public static boolean isJoinerControl(char c) {
    return c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER;
  }

  /**
   * Whether {@code c} is invisible and carries no text: an {@linkplain #isInvisibleControl
   * invisible control}, a {@linkplain #isJoinerControl joiner} or an invisible math operator
   * U+2061–U+2064. Looked through between words and trimmed from a span's edges, but kept inside a
   * word when letters surround it.
   *
   * @param c a char
   * @return whether it is invisible
   */
  public static boolean isInvisible(char c) {
    return isInvisibleControl(c) || isJoinerControl(c) || (c >= '\u2061' && c <= '\u2064');
  }

  /**
   * Whether {@code c} is a {@linkplain #isWordSeparator word separator} or {@linkplain #isInvisible
   * invisible}: what a sentence is trimmed of.
   *
   * @param c a char
   * @return whether it is blank
   */
  public static boolean isBlank(char c) {
    return isWordSeparator(c) || isInvisible(c);
  }

  /**
   * Whether {@code cp} is a combining mark: general category Mn, Mc or Me (harakat, shadda, sukun,
   * superscript alef, Quranic marks, Latin accents). It belongs to the letter before it.
   *
   * @param cp a code point
   * @return whether it is a combining mark
   */
  public static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Whether {@code c} may stand in a word: a letter, a digit, or a combining mark on one (a haraka
   * ends {@code يوسُفِ}).
   *
   * @param c a char
   * @return whether it is a word char
   */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || isCombiningMark(c);
  }

  /**
   * Whether {@code c} is a mark that ends a sentence: full stop, exclamation and question marks,
   * the Arabic question mark and full stop, the horizontal ellipsis, and the double marks U+203C,
   * U+2047–U+2049. Whether a full stop ends one (an abbreviation, a number, {@code ..}) is the
   * caller's to decide.
   *
   * @param c a char
   * @return whether it ends a sentence
   */
  public static boolean isSentenceTerminal(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == ARABIC_QUESTION_MARK
        || c == HORIZONTAL_ELLIPSIS
        || c == ARABIC_FULL_STOP
        || c == '\u203C' // DOUBLE EXCLAMATION MARK
        || c == '\u2047' // DOUBLE QUESTION MARK
        || c == '\u2048' // QUESTION EXCLAMATION MARK
        || c == '\u2049'; // EXCLAMATION QUESTION MARK
  }
}
