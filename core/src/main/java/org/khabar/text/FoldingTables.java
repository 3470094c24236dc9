package org.khabar.text;

import static org.khabar.text.ArabicLetters.*;

import com.ibm.icu.text.Normalizer2;

/**
 * The static lookup tables behind {@link ArabicNormalizer}: for every BMP char, which rule can
 * touch it and what it becomes.
 *
 * <p>Built once from ICU4J and the constants of {@link ArabicLetters}; immutable afterwards and
 * safe to read from any thread. Chars outside the BMP (both halves of a surrogate pair, and
 * unpaired surrogates) are of kind {@link #NONE}: no rule touches them.
 */
final class FoldingTables {

  private FoldingTables() {}

  /** No rule touches the char. */
  static final byte NONE = 0;
  /** An Arabic presentation form or ligature with a compatibility decomposition. */
  static final byte PRESENTATION = 1;
  /** An Arabic combining mark other than the three that compose with a letter. */
  static final byte MARK = 2;
  /** Maddah above, hamza above or hamza below: compose with a preceding letter, else a mark. */
  static final byte HAMZA_MARK = 3;

  static final byte TATWEEL_KIND = 4;
  static final byte ALEF_VARIANT = 5;
  static final byte ALEF_MAQSURA_KIND = 6;
  static final byte TEH_MARBUTA_KIND = 7;
  static final byte HAMZA_CARRIER = 8;
  static final byte PERSIAN_LETTER = 9;
  static final byte DIGIT = 10;
  static final byte INVISIBLE_CONTROL = 11;
  static final byte JOINER_CONTROL = 12;
  /** Horizontal whitespace other than the ASCII space. */
  static final byte SPACE = 13;
  /** The ASCII space: a whitespace char that needs no work unless it continues a run. */
  static final byte ASCII_SPACE = 14;
  static final byte QUOTE_OR_DASH = 15;

  static final int KIND_COUNT = 16;

  /** The first char of the two presentation-form blocks (U+FB50–U+FDFF, U+FE70–U+FEFF). */
  static final int PRESENTATION_BASE = 0xFB50;

  /** Rule kind of each BMP char. */
  static final byte[] KIND = new byte[0x10000];

  /** For the mapping kinds: the char a char becomes when its rule is on. */
  static final char[] TARGET = new char[0x10000];

  /** Index {@code c - PRESENTATION_BASE}: what a presentation form expands to. */
  static final String[] EXPANSION = new String[0x10000 - PRESENTATION_BASE];

  /**
   * Index {@code (mark - MADDAH_ABOVE) * 256 + (base - 0x0600)}: the canonical composition of an
   * Arabic letter with a following maddah or hamza mark, or 0 when they do not compose.
   */
  private static final char[] COMPOSED = new char[3 * 256];

  static {
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    for (int mark = MADDAH_ABOVE; mark <= HAMZA_BELOW; mark++) {
      for (int base = 0x0600; base < 0x0700; base++) {
        int composed = nfc.composePair(base, mark);
        if (composed > 0 && composed < 0x10000) {
          COMPOSED[(mark - MADDAH_ABOVE) * 256 + (base - 0x0600)] = (char) composed;
        }
      }
    }

    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    for (int c = PRESENTATION_BASE; c <= 0xFEFE; c++) {
      if (c > 0xFDFF && c < 0xFE70) {
        continue;
      }
      String form = String.valueOf((char) c);
      String folded = nfkc.normalize(form);
      if (folded.equals(form)) {
        continue;
      }
      // The isolated forms of harakat (U+FE70-U+FE7F, U+FC5E-U+FC63) decompose to a space carrying
      // the mark. In running text they come from legacy encodings that put them on the preceding
      // letter, so the space would split a word in two; keep the mark, drop the carrier space.
      if (folded.length() > 1
          && folded.charAt(0) == ' '
          && ArabicLetters.isHaraka(folded.charAt(1))) {
        folded = folded.substring(1);
      }
      EXPANSION[c - PRESENTATION_BASE] = folded;
      KIND[c] = PRESENTATION;
    }

    for (int c = 0x0610; c < 0x0900; c++) {
      if (ArabicLetters.isHaraka((char) c)) {
        KIND[c] = MARK;
      }
    }
    KIND[MADDAH_ABOVE] = HAMZA_MARK;
    KIND[HAMZA_ABOVE] = HAMZA_MARK;
    KIND[HAMZA_BELOW] = HAMZA_MARK;

    KIND[TATWEEL] = TATWEEL_KIND;

    map(ALEF_VARIANT, ALEF,
        ALEF_MADDA_ABOVE, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA,
        ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW, HIGH_HAMZA_ALEF);
    map(ALEF_MAQSURA_KIND, YEH, ALEF_MAKSURA);
    map(TEH_MARBUTA_KIND, HEH, TEH_MARBUTA);
    map(HAMZA_CARRIER, WAW, WAW_HAMZA_ABOVE, HIGH_HAMZA_WAW);
    map(HAMZA_CARRIER, YEH, YEH_HAMZA_ABOVE, HIGH_HAMZA_YEH);

    // Other orthographies' shapes of the same Arabic letter. Letters that spell a sound Arabic
    // lacks (peh, tcheh, jeh, gaf, veh, ng, the Urdu retroflexes, the Pashto and Kurdish vowels)
    // are kept: folding them would merge distinct foreign names.
    map(PERSIAN_LETTER, KAF, KEHEH, SWASH_KAF);
    map(PERSIAN_LETTER, YEH, FARSI_YEH, YEH_WITH_TAIL, E, YEH_BARREE);
    map(PERSIAN_LETTER, YEH_HAMZA_ABOVE, YEH_BARREE_HAMZA_ABOVE);
    map(PERSIAN_LETTER, HEH,
        AE, HEH_YEH_ABOVE, HEH_GOAL, HEH_GOAL_HAMZA_ABOVE, HEH_DOACHASHMEE);
    map(PERSIAN_LETTER, TEH_MARBUTA, TEH_MARBUTA_GOAL);
    map(PERSIAN_LETTER, NOON, NOON_GHUNNA);
    // Maghrebi shapes of feh and qaf.
    map(PERSIAN_LETTER, FEH, FEH_DOT_MOVED_BELOW);
    map(PERSIAN_LETTER, QAF, QAF_DOT_ABOVE);

    for (int d = 0; d <= 9; d++) {
      map(DIGIT, (char) ('0' + d), (char) (ARABIC_INDIC_DIGIT_ZERO + d));
      map(DIGIT, (char) ('0' + d), (char) (EXTENDED_ARABIC_INDIC_DIGIT_ZERO + d));
    }
    map(DIGIT, '.', ARABIC_DECIMAL_SEPARATOR);
    map(DIGIT, ',', ARABIC_THOUSANDS_SEPARATOR);
    map(DIGIT, '%', ARABIC_PERCENT_SIGN);

    map(QUOTE_OR_DASH, '"',
        '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036');
    map(QUOTE_OR_DASH, '\'',
        '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u2039', '\u203A');
    map(QUOTE_OR_DASH, '-',
        '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212');

    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      if (TextChars.isInvisibleControl(ch)) {
        KIND[c] = INVISIBLE_CONTROL;
      } else if (TextChars.isJoinerControl(ch)) {
        KIND[c] = JOINER_CONTROL;
      } else if (ch == ' ') {
        KIND[c] = ASCII_SPACE;
      } else if (TextChars.isHorizontalSpace(ch)) {
        KIND[c] = SPACE;
      }
    }
  }

  private static void map(byte kind, char target, char... sources) {
    for (char c : sources) {
      KIND[c] = kind;
      TARGET[c] = target;
    }
  }

  /**
   * The precomposed letter canonically equivalent to {@code base} followed by {@code mark}
   * (ALEF + HAMZA_ABOVE is ALEF_HAMZA_ABOVE, YEH + HAMZA_ABOVE is YEH_HAMZA_ABOVE, ...), or 0.
   */
  static char compose(char base, char mark) {
    if (base < 0x0600 || base > 0x06FF || mark < MADDAH_ABOVE || mark > HAMZA_BELOW) {
      return 0;
    }
    return COMPOSED[(mark - MADDAH_ABOVE) * 256 + (base - 0x0600)];
  }

  /** Whether chars of {@code kind} are rewritten to {@link #TARGET}. */
  static boolean isMapping(byte kind) {
    return kind == ALEF_VARIANT
        || kind == ALEF_MAQSURA_KIND
        || kind == TEH_MARBUTA_KIND
        || kind == HAMZA_CARRIER
        || kind == PERSIAN_LETTER
        || kind == DIGIT
        || kind == QUOTE_OR_DASH;
  }
}
