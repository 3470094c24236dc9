package org.khabar.models.ner;

/**
 * The frozen word folding the name-finder features use: a matching-style normalization plus a
 * greedy proclitic strip.
 *
 * <p>Kept inside the model's feature code on purpose: a trained model must see exactly the features
 * it was trained with, so this folding may not change when the library's normalizer or clitic
 * analyzer improve. Stateless and thread-safe.
 */
final class ArabicFold {

  private static final char ALEF = '\u0627';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAQSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char FARSI_YEH = '\u06CC';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final char WAW_HAMZA = '\u0624';
  private static final char WAW = '\u0648';
  private static final char YEH_HAMZA = '\u0626';
  private static final char KEHEH = '\u06A9';
  private static final char KAF = '\u0643';
  private static final char TATWEEL = '\u0640';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';

  private ArabicFold() {}

  /** Folds letter variants, drops harakat/tatweel/invisible marks, digits to 0, Latin to lower. */
  static String fold(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (isMark(c)) {
        continue;
      }
      switch (c) {
        case ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA -> sb.append(ALEF);
        case ALEF_MAQSURA, FARSI_YEH, YEH_HAMZA -> sb.append(YEH);
        case TEH_MARBUTA -> sb.append(HEH);
        case WAW_HAMZA -> sb.append(WAW);
        case KEHEH -> sb.append(KAF);
        default -> {
          if (Character.isDigit(c)) {
            sb.append('0');
          } else if (c < 128) {
            sb.append(Character.toLowerCase(c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.isEmpty() ? token : sb.toString();
  }

  /** Harakat, superscript alef, tatweel and invisible format chars: what {@link #fold} drops. */
  static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == TATWEEL
        || Character.getType(c) == Character.FORMAT;
  }

  /**
   * {@code token} without its marks ({@link #isMark}), or {@code token} itself when it has none or
   * is nothing but marks. Vocalized or stretched text ({@code مُحَمَّد}, {@code مـحـمـد}) then
   * reads as the plain spelling the training data use.
   */
  static String withoutMarks(String token) {
    int i = 0;
    while (i < token.length() && !isMark(token.charAt(i))) {
      i++;
    }
    if (i == token.length()) {
      return token;
    }
    StringBuilder sb = new StringBuilder(token.length()).append(token, 0, i);
    for (; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!isMark(c)) {
        sb.append(c);
      }
    }
    return sb.isEmpty() ? token : sb.toString();
  }

  /**
   * Splits a folded word as {@code [conjunction][preposition][article]stem} greedily, keeping at
   * least three letters of stem. Returns {offset of the article or stem after conjunction and
   * preposition, offset of the stem}; for {@code لل} the article's alef is elided, so the first
   * offset points at the second lam.
   */
  static int[] split(String folded) {
    int n = folded.length();
    int i = 0;
    if (n - i >= 4 && (folded.charAt(i) == WAW || folded.charAt(i) == FEH)) {
      i++;
    }
    boolean lamLam = false;
    if (n - i >= 4) {
      char c = folded.charAt(i);
      if (c == LAM && folded.charAt(i + 1) == LAM && n - i >= 5) {
        lamLam = true;
        i++;
      } else if (c == BEH || c == KAF || c == LAM) {
        i++;
      }
    }
    int afterPrep = i;
    if (lamLam) {
      i++;
    } else if (n - i >= 5 && folded.charAt(i) == ALEF && folded.charAt(i + 1) == LAM) {
      i += 2;
    }
    return new int[] {afterPrep, i};
  }

  /**
   * The folded form without conjunction and preposition but with its article, as names are listed
   * in gazetteers ({@code للاتحاد} gives {@code الاتحاد}).
   */
  static String withoutPrepositions(String folded) {
    int[] cut = split(folded);
    if (cut[0] == 0) {
      return folded;
    }
    String rest = folded.substring(cut[0]);
    if (cut[1] == cut[0] + 1 && rest.charAt(0) == LAM) {
      // Elided article of لل: restore its alef.
      return ALEF + rest;
    }
    return rest;
  }
}
