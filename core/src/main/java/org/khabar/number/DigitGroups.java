package org.khabar.number;

import java.math.BigDecimal;

/**
 * The value of a run of digit groups in a {@link WordScan}: thousands separated by commas or by
 * dots, and a decimal separator. Stateless.
 */
final class DigitGroups {

  private DigitGroups() {}

  /** Reads the digit groups of {@code [i, end)}; {@code used[0]} gets the tokens read. */
  static BigDecimal value(WordScan s, int i, int end, int[] used) {
    int groups = (end - i + 1) / 2;
    int commas = 0;
    int dots = 0;
    for (int g = 1; g < groups; g++) {
      if (s.isSymbol(i + 2 * g - 1, ',')) {
        commas++;
      } else {
        dots++;
      }
    }
    StringBuilder sb = new StringBuilder(s.text(i));
    boolean firstShort = s.text(i).length() <= 3;
    if (groups == 1) {
      used[0] = 1;
      return new BigDecimal(sb.toString());
    }
    // Thousands with commas, then at most one decimal dot.
    if (commas > 0 && firstShort) {
      int g = 1;
      while (g < groups && s.isSymbol(i + 2 * g - 1, ',') && s.text(i + 2 * g).length() == 3) {
        sb.append(s.text(i + 2 * g));
        g++;
      }
      if (g > 1) {
        if (g < groups && s.isSymbol(i + 2 * g - 1, '.')) {
          sb.append('.').append(s.text(i + 2 * g));
          g++;
        }
        used[0] = 2 * g - 1;
        return new BigDecimal(sb.toString());
      }
    }
    if (commas == 0 && dots >= 2 && firstShort) {
      boolean allThree = true;
      for (int g = 1; g < groups; g++) {
        allThree &= s.text(i + 2 * g).length() == 3;
      }
      if (allThree) {
        for (int g = 1; g < groups; g++) {
          sb.append(s.text(i + 2 * g));
        }
        used[0] = end - i;
        return new BigDecimal(sb.toString());
      }
    }
    // One decimal separator: a dot, or a lone comma not followed by three digits.
    sb.append('.').append(s.text(i + 2));
    used[0] = 3;
    return new BigDecimal(sb.toString());
  }
}
