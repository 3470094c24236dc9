package org.khabar.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;

/**
 * Arabic characters named after their Unicode names, and small predicates over them.
 *
 * <p>This is the one place where Khabar code spells Arabic characters: other classes refer to
 * {@code ArabicLetters.ALEF_HAMZA_ABOVE}, never to {@code '\u0623'}. The predicates are pure
 * functions of one char or code point, constant time, and never throw on any value (unpaired
 * surrogates, noncharacters and negative or out-of-range code points simply answer {@code false}).
 * Stateless and thread-safe.
 */
public final class ArabicLetters {

  private ArabicLetters() {}

  // --- punctuation and signs of the Arabic block ---
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_LETTER_MARK = '\u061C';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_PERCENT_SIGN = '\u066A';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  public static final char ARABIC_FULL_STOP = '\u06D4';

  // --- letters ---
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA_ABOVE = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA_ABOVE = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA_ABOVE = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TEH = '\u062A';
  public static final char THEH = '\u062B';
  public static final char JEEM = '\u062C';
  public static final char HAH = '\u062D';
  public static final char KHAH = '\u062E';
  public static final char DAL = '\u062F';
  public static final char THAL = '\u0630';
  public static final char REH = '\u0631';
  public static final char ZAIN = '\u0632';
  public static final char SEEN = '\u0633';
  public static final char SHEEN = '\u0634';
  public static final char SAD = '\u0635';
  public static final char DAD = '\u0636';
  public static final char TAH = '\u0637';
  public static final char ZAH = '\u0638';
  public static final char AIN = '\u0639';
  public static final char GHAIN = '\u063A';
  public static final char TATWEEL = '\u0640';
  public static final char FEH = '\u0641';
  public static final char QAF = '\u0642';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char MEEM = '\u0645';
  public static final char NOON = '\u0646';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';

  // --- harakat and other marks ---
  public static final char FATHATAN = '\u064B';
  public static final char DAMMATAN = '\u064C';
  public static final char KASRATAN = '\u064D';
  public static final char FATHA = '\u064E';
  public static final char DAMMA = '\u064F';
  public static final char KASRA = '\u0650';
  public static final char SHADDA = '\u0651';
  public static final char SUKUN = '\u0652';
  public static final char MADDAH_ABOVE = '\u0653';
  public static final char HAMZA_ABOVE = '\u0654';
  public static final char HAMZA_BELOW = '\u0655';
  public static final char SUPERSCRIPT_ALEF = '\u0670';

  // --- digits ---
  public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';

  // --- letters of the Arabic block beyond the 28 (Quranic, Persian, Urdu, Pashto, Kurdish) ---
  public static final char HIGH_HAMZA = '\u0674';
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  public static final char HIGH_HAMZA_ALEF = '\u0675';
  public static final char HIGH_HAMZA_WAW = '\u0676';
  public static final char HIGH_HAMZA_YEH = '\u0678';
  public static final char PEH = '\u067E';
  public static final char TCHEH = '\u0686';
  public static final char JEH = '\u0698';
  public static final char FEH_DOT_MOVED_BELOW = '\u06A2';
  public static final char VEH = '\u06A4';
  public static final char QAF_DOT_ABOVE = '\u06A7';
  public static final char QAF_THREE_DOTS_ABOVE = '\u06A8';
  public static final char KEHEH = '\u06A9';
  public static final char SWASH_KAF = '\u06AA';
  public static final char NG = '\u06AD';
  public static final char GAF = '\u06AF';
  public static final char NOON_GHUNNA = '\u06BA';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char HEH_YEH_ABOVE = '\u06C0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char HEH_GOAL_HAMZA_ABOVE = '\u06C2';
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_WITH_TAIL = '\u06CD';
  public static final char E = '\u06D0';
  public static final char YEH_BARREE = '\u06D2';
  public static final char YEH_BARREE_HAMZA_ABOVE = '\u06D3';
  public static final char AE = '\u06D5';

  // --- invisible format characters seen in Arabic web text ---
  public static final char SOFT_HYPHEN = '\u00AD';
  public static final char ZERO_WIDTH_SPACE = '\u200B';
  public static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  public static final char ZERO_WIDTH_JOINER = '\u200D';
  public static final char LEFT_TO_RIGHT_MARK = '\u200E';
  public static final char RIGHT_TO_LEFT_MARK = '\u200F';
  public static final char WORD_JOINER = '\u2060';
  public static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';

  // --- ligatures that expand to words ---
  public static final char LIGATURE_ALLAH_ISOLATED_FORM = '\uFDF2';
  public static final char LIGATURE_SALLALLAHOU_ALAYHE_WASALLAM = '\uFDFA';
  public static final char LIGATURE_LAM_ALEF_ISOLATED_FORM = '\uFEFB';

  /**
   * Whether {@code cp} is a letter of the Arabic script: ICU general category "other letter" and
   * script Arabic. True for the 28 letters, hamza and its carriers, the Persian and Urdu letters
   * and the presentation forms; false for tatweel (a modifier letter of the common script),
   * harakat, digits and punctuation.
   */
  public static boolean isArabicLetter(int cp) {
    if (cp >= HAMZA && cp <= YEH) {
      return cp != TATWEEL;
    }
    if (cp < 0x0600) {
      return false;
    }
    return UCharacter.getType(cp) == UCharacterCategory.OTHER_LETTER
        && UScript.getScript(cp) == UScript.ARABIC;
  }

  /**
   * Whether {@code c} is an Arabic combining mark: a haraka, tanween, shadda, sukun, maddah,
   * combining hamza, superscript alef or Quranic annotation mark. Exactly the nonspacing marks
   * (ICU general category Mn) of the blocks Arabic (U+0610–U+061A, U+064B–U+065F, U+0670,
   * U+06D6–U+06ED but not the spacing signs U+06DD, U+06DE, U+06E5, U+06E6, U+06E9) and Arabic
   * Extended-A/B (U+0897–U+08FF).
   */
  public static boolean isHaraka(char c) {
    return c >= 0x0610 && c < 0x0900 && HARAKA[c - 0x0610];
  }

  /** Whether {@code c} is an Arabic-Indic (U+0660–U+0669) or Extended Arabic-Indic (U+06F0–U+06F9) digit. */
  public static boolean isArabicDigit(char c) {
    return (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE)
        || (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE);
  }

  /**
   * The value 0–9 of an ASCII, Arabic-Indic or Extended Arabic-Indic digit, or -1 for any other
   * char. Unlike {@link Character#digit(char, int)} it ignores the dozens of other decimal digit
   * systems, so a stray Bengali or fullwidth digit does not silently become a number.
   */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
      return c - ARABIC_INDIC_DIGIT_ZERO;
    }
    if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
      return c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO;
    }
    return -1;
  }

  /**
   * Whether {@code c} is a bidirectional formatting control: exactly the Unicode property
   * Bidi_Control (ALM U+061C, LRM U+200E, RLM U+200F, the embeddings and overrides U+202A–U+202E
   * and the isolates U+2066–U+2069).
   */
  public static boolean isBidiControl(char c) {
    return c == ARABIC_LETTER_MARK
        || c == LEFT_TO_RIGHT_MARK
        || c == RIGHT_TO_LEFT_MARK
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Whether {@code c} is an invisible control that carries no letter: a bidi control ({@link
   * #isBidiControl}), zero width space U+200B, word joiner U+2060, zero width no-break space or
   * byte order mark U+FEFF, or soft hyphen U+00AD. The joiners ZWNJ U+200C and ZWJ U+200D are not
   * included: they change how Arabic letters join, see {@link #isJoinerControl}.
   */
  public static boolean isInvisibleControl(char c) {
    return isBidiControl(c)
        || c == ZERO_WIDTH_SPACE
        || c == WORD_JOINER
        || c == ZERO_WIDTH_NO_BREAK_SPACE
        || c == SOFT_HYPHEN;
  }

  /** Whether {@code c} is the zero width non-joiner U+200C or the zero width joiner U+200D. */
  public static boolean isJoinerControl(char c) {
    return c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER;
  }

  /**
   * Whether {@code c} is horizontal whitespace: tab, space, no-break space, Ogham space mark, the
   * spaces U+2000–U+200A, narrow no-break space U+202F, medium mathematical space U+205F and
   * ideographic space U+3000. Line breaks are not horizontal whitespace (see {@link #isLineBreak});
   * zero width space U+200B is an invisible control, not a space.
   */
  public static boolean isHorizontalSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /**
   * Whether {@code c} breaks a line: LF, CR, vertical tab, form feed, next line U+0085, line
   * separator U+2028 or paragraph separator U+2029.
   */
  public static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  /**
   * Whether {@code cp} is used in the Arabic script according to the ICU Script_Extensions
   * property: true for Arabic letters, harakat, tatweel, the Arabic comma and question mark and
   * both digit systems; false for ASCII, Latin letters and generic punctuation.
   */
  public static boolean isArabicScript(int cp) {
    if (cp < 0x0600 || cp > 0x10FFFF) {
      return false;
    }
    return UScript.hasScript(cp, UScript.ARABIC);
  }

  private static final boolean[] HARAKA = new boolean[0x0900 - 0x0610];

  static {
    for (int c = 0x0610; c < 0x0900; c++) {
      boolean arabicBlock = c < 0x0700 || (c >= 0x0870 && c < 0x0900);
      HARAKA[c - 0x0610] =
          arabicBlock && UCharacter.getType(c) == UCharacterCategory.NON_SPACING_MARK;
    }
  }
}
