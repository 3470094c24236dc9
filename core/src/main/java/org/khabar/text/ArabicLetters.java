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
  /** U+060C ARABIC COMMA (،). */
  public static final char ARABIC_COMMA = '\u060C';
  /** U+061B ARABIC SEMICOLON (؛). */
  public static final char ARABIC_SEMICOLON = '\u061B';
  /** U+061C ARABIC LETTER MARK. */
  public static final char ARABIC_LETTER_MARK = '\u061C';
  /** U+061F ARABIC QUESTION MARK (؟). */
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  /** U+066A ARABIC PERCENT SIGN (٪). */
  public static final char ARABIC_PERCENT_SIGN = '\u066A';
  /** U+066B ARABIC DECIMAL SEPARATOR (٫). */
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  /** U+066C ARABIC THOUSANDS SEPARATOR (٬). */
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  /** U+06D4 ARABIC FULL STOP (۔). */
  public static final char ARABIC_FULL_STOP = '\u06D4';

  // --- letters ---
  /** U+0621 ARABIC LETTER HAMZA (ء). */
  public static final char HAMZA = '\u0621';
  /** U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE (آ). */
  public static final char ALEF_MADDA_ABOVE = '\u0622';
  /** U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE (أ). */
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  /** U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE (ؤ). */
  public static final char WAW_HAMZA_ABOVE = '\u0624';
  /** U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW (إ). */
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  /** U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE (ئ). */
  public static final char YEH_HAMZA_ABOVE = '\u0626';
  /** U+0627 ARABIC LETTER ALEF (ا). */
  public static final char ALEF = '\u0627';
  /** U+0628 ARABIC LETTER BEH (ب). */
  public static final char BEH = '\u0628';
  /** U+0629 ARABIC LETTER TEH MARBUTA (ة). */
  public static final char TEH_MARBUTA = '\u0629';
  /** U+062A ARABIC LETTER TEH (ت). */
  public static final char TEH = '\u062A';
  /** U+062B ARABIC LETTER THEH (ث). */
  public static final char THEH = '\u062B';
  /** U+062C ARABIC LETTER JEEM (ج). */
  public static final char JEEM = '\u062C';
  /** U+062D ARABIC LETTER HAH (ح). */
  public static final char HAH = '\u062D';
  /** U+062E ARABIC LETTER KHAH (خ). */
  public static final char KHAH = '\u062E';
  /** U+062F ARABIC LETTER DAL (د). */
  public static final char DAL = '\u062F';
  /** U+0630 ARABIC LETTER THAL (ذ). */
  public static final char THAL = '\u0630';
  /** U+0631 ARABIC LETTER REH (ر). */
  public static final char REH = '\u0631';
  /** U+0632 ARABIC LETTER ZAIN (ز). */
  public static final char ZAIN = '\u0632';
  /** U+0633 ARABIC LETTER SEEN (س). */
  public static final char SEEN = '\u0633';
  /** U+0634 ARABIC LETTER SHEEN (ش). */
  public static final char SHEEN = '\u0634';
  /** U+0635 ARABIC LETTER SAD (ص). */
  public static final char SAD = '\u0635';
  /** U+0636 ARABIC LETTER DAD (ض). */
  public static final char DAD = '\u0636';
  /** U+0637 ARABIC LETTER TAH (ط). */
  public static final char TAH = '\u0637';
  /** U+0638 ARABIC LETTER ZAH (ظ). */
  public static final char ZAH = '\u0638';
  /** U+0639 ARABIC LETTER AIN (ع). */
  public static final char AIN = '\u0639';
  /** U+063A ARABIC LETTER GHAIN (غ). */
  public static final char GHAIN = '\u063A';
  /** U+0640 ARABIC TATWEEL. */
  public static final char TATWEEL = '\u0640';
  /** U+0641 ARABIC LETTER FEH (ف). */
  public static final char FEH = '\u0641';
  /** U+0642 ARABIC LETTER QAF (ق). */
  public static final char QAF = '\u0642';
  /** U+0643 ARABIC LETTER KAF (ك). */
  public static final char KAF = '\u0643';
  /** U+0644 ARABIC LETTER LAM (ل). */
  public static final char LAM = '\u0644';
  /** U+0645 ARABIC LETTER MEEM (م). */
  public static final char MEEM = '\u0645';
  /** U+0646 ARABIC LETTER NOON (ن). */
  public static final char NOON = '\u0646';
  /** U+0647 ARABIC LETTER HEH (ه). */
  public static final char HEH = '\u0647';
  /** U+0648 ARABIC LETTER WAW (و). */
  public static final char WAW = '\u0648';
  /** U+0649 ARABIC LETTER ALEF MAKSURA (ى). */
  public static final char ALEF_MAKSURA = '\u0649';
  /** U+064A ARABIC LETTER YEH (ي). */
  public static final char YEH = '\u064A';

  // --- harakat and other marks ---
  /** U+064B ARABIC FATHATAN. */
  public static final char FATHATAN = '\u064B';
  /** U+064C ARABIC DAMMATAN. */
  public static final char DAMMATAN = '\u064C';
  /** U+064D ARABIC KASRATAN. */
  public static final char KASRATAN = '\u064D';
  /** U+064E ARABIC FATHA. */
  public static final char FATHA = '\u064E';
  /** U+064F ARABIC DAMMA. */
  public static final char DAMMA = '\u064F';
  /** U+0650 ARABIC KASRA. */
  public static final char KASRA = '\u0650';
  /** U+0651 ARABIC SHADDA. */
  public static final char SHADDA = '\u0651';
  /** U+0652 ARABIC SUKUN. */
  public static final char SUKUN = '\u0652';
  /** U+0653 ARABIC MADDAH ABOVE. */
  public static final char MADDAH_ABOVE = '\u0653';
  /** U+0654 ARABIC HAMZA ABOVE. */
  public static final char HAMZA_ABOVE = '\u0654';
  /** U+0655 ARABIC HAMZA BELOW. */
  public static final char HAMZA_BELOW = '\u0655';
  /** U+0670 ARABIC LETTER SUPERSCRIPT ALEF. */
  public static final char SUPERSCRIPT_ALEF = '\u0670';

  // --- digits ---
  /** U+0660 ARABIC-INDIC DIGIT ZERO (٠). */
  public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  /** U+0669 ARABIC-INDIC DIGIT NINE (٩). */
  public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  /** U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO (۰). */
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  /** U+06F9 EXTENDED ARABIC-INDIC DIGIT NINE (۹). */
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';

  // --- letters of the Arabic block beyond the 28 (Quranic, Persian, Urdu, Pashto, Kurdish) ---
  /** U+0674 ARABIC LETTER HIGH HAMZA (ٴ). */
  public static final char HIGH_HAMZA = '\u0674';
  /** U+0671 ARABIC LETTER ALEF WASLA (ٱ). */
  public static final char ALEF_WASLA = '\u0671';
  /** U+0672 ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE (ٲ). */
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  /** U+0673 ARABIC LETTER ALEF WITH WAVY HAMZA BELOW (ٳ). */
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  /** U+0675 ARABIC LETTER HIGH HAMZA ALEF (ٵ). */
  public static final char HIGH_HAMZA_ALEF = '\u0675';
  /** U+0676 ARABIC LETTER HIGH HAMZA WAW (ٶ). */
  public static final char HIGH_HAMZA_WAW = '\u0676';
  /** U+0678 ARABIC LETTER HIGH HAMZA YEH (ٸ). */
  public static final char HIGH_HAMZA_YEH = '\u0678';
  /** U+067E ARABIC LETTER PEH (پ). */
  public static final char PEH = '\u067E';
  /** U+0686 ARABIC LETTER TCHEH (چ). */
  public static final char TCHEH = '\u0686';
  /** U+0698 ARABIC LETTER JEH (ژ). */
  public static final char JEH = '\u0698';
  /** U+06A2 ARABIC LETTER FEH WITH DOT MOVED BELOW (ڢ). */
  public static final char FEH_DOT_MOVED_BELOW = '\u06A2';
  /** U+06A4 ARABIC LETTER VEH (ڤ). */
  public static final char VEH = '\u06A4';
  /** U+06A7 ARABIC LETTER QAF WITH DOT ABOVE (ڧ). */
  public static final char QAF_DOT_ABOVE = '\u06A7';
  /** U+06A8 ARABIC LETTER QAF WITH THREE DOTS ABOVE (ڨ). */
  public static final char QAF_THREE_DOTS_ABOVE = '\u06A8';
  /** U+06A9 ARABIC LETTER KEHEH (ک). */
  public static final char KEHEH = '\u06A9';
  /** U+06AA ARABIC LETTER SWASH KAF (ڪ). */
  public static final char SWASH_KAF = '\u06AA';
  /** U+06AD ARABIC LETTER NG (ڭ). */
  public static final char NG = '\u06AD';
  /** U+06AF ARABIC LETTER GAF (گ). */
  public static final char GAF = '\u06AF';
  /** U+06BA ARABIC LETTER NOON GHUNNA (ں). */
  public static final char NOON_GHUNNA = '\u06BA';
  /** U+06BE ARABIC LETTER HEH DOACHASHMEE (ھ). */
  public static final char HEH_DOACHASHMEE = '\u06BE';
  /** U+06C0 ARABIC LETTER HEH WITH YEH ABOVE (ۀ). */
  public static final char HEH_YEH_ABOVE = '\u06C0';
  /** U+06C1 ARABIC LETTER HEH GOAL (ہ). */
  public static final char HEH_GOAL = '\u06C1';
  /** U+06C2 ARABIC LETTER HEH GOAL WITH HAMZA ABOVE (ۂ). */
  public static final char HEH_GOAL_HAMZA_ABOVE = '\u06C2';
  /** U+06C3 ARABIC LETTER TEH MARBUTA GOAL (ۃ). */
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  /** U+06CC ARABIC LETTER FARSI YEH (ی). */
  public static final char FARSI_YEH = '\u06CC';
  /** U+06CD ARABIC LETTER YEH WITH TAIL (ۍ). */
  public static final char YEH_WITH_TAIL = '\u06CD';
  /** U+06D0 ARABIC LETTER E (ې). */
  public static final char E = '\u06D0';
  /** U+06D2 ARABIC LETTER YEH BARREE (ے). */
  public static final char YEH_BARREE = '\u06D2';
  /** U+06D3 ARABIC LETTER YEH BARREE WITH HAMZA ABOVE (ۓ). */
  public static final char YEH_BARREE_HAMZA_ABOVE = '\u06D3';
  /** U+06D5 ARABIC LETTER AE (ە). */
  public static final char AE = '\u06D5';

  // --- invisible format characters seen in Arabic web text ---
  /** U+00AD SOFT HYPHEN. */
  public static final char SOFT_HYPHEN = '\u00AD';
  /** U+200B ZERO WIDTH SPACE. */
  public static final char ZERO_WIDTH_SPACE = '\u200B';
  /** U+200C ZERO WIDTH NON-JOINER. */
  public static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  /** U+200D ZERO WIDTH JOINER. */
  public static final char ZERO_WIDTH_JOINER = '\u200D';
  /** U+200E LEFT-TO-RIGHT MARK. */
  public static final char LEFT_TO_RIGHT_MARK = '\u200E';
  /** U+200F RIGHT-TO-LEFT MARK. */
  public static final char RIGHT_TO_LEFT_MARK = '\u200F';
  /** U+2060 WORD JOINER. */
  public static final char WORD_JOINER = '\u2060';
  /** U+FEFF ZERO WIDTH NO-BREAK SPACE. */
  public static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';

  // --- ligatures that expand to words ---
  /** U+FDF2 ARABIC LIGATURE ALLAH ISOLATED FORM (ﷲ). */
  public static final char LIGATURE_ALLAH_ISOLATED_FORM = '\uFDF2';
  /** U+FDFA ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM (ﷺ). */
  public static final char LIGATURE_SALLALLAHOU_ALAYHE_WASALLAM = '\uFDFA';
  /** U+FDFB ARABIC LIGATURE JALLAJALALOUHOU (ﷻ). */
  public static final char LIGATURE_JALLAJALALOUHOU = '\uFDFB';
  /** U+FDFD ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM (﷽): no decomposition. */
  public static final char LIGATURE_BISMILLAH_AR_RAHMAN_AR_RAHEEM = '\uFDFD';
  /** U+FEFB ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM (ﻻ). */
  public static final char LIGATURE_LAM_ALEF_ISOLATED_FORM = '\uFEFB';

  /**
   * Whether {@code cp} is a letter of the Arabic script: ICU general category "other letter" and
   * script Arabic. True for the 28 letters, hamza and its carriers, the Persian and Urdu letters
   * and the presentation forms; false for tatweel (a modifier letter of the common script),
   * harakat, digits and punctuation.
   *
   * @param cp a code point
   * @return whether it is an Arabic letter
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
   *
   * @param c a char
   * @return whether it is a haraka
   */
  public static boolean isHaraka(char c) {
    return c >= 0x0610 && c < 0x0900 && HARAKA[c - 0x0610];
  }

  /**
   * Whether {@code c} is an Arabic-Indic (U+0660–U+0669) or Extended Arabic-Indic (U+06F0–U+06F9)
   * digit.
   *
   * @param c a char
   * @return whether it is an Arabic-Indic digit
   */
  public static boolean isArabicDigit(char c) {
    return (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE)
        || (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE);
  }

  /**
   * The value 0–9 of an ASCII, Arabic-Indic or Extended Arabic-Indic digit, or -1 for any other
   * char. Unlike {@link Character#digit(char, int)} it ignores the dozens of other decimal digit
   * systems, so a stray Bengali or fullwidth digit does not silently become a number.
   *
   * @param c a char
   * @return its digit value, or -1
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
   * Whether {@code cp} is used in the Arabic script according to the ICU Script_Extensions
   * property: true for Arabic letters, harakat, tatweel, the Arabic comma and question mark and
   * both digit systems; false for ASCII, Latin letters and generic punctuation.
   *
   * @param cp a code point
   * @return whether the Arabic script uses it
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
