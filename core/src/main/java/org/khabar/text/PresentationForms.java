package org.khabar.text;

import java.util.Objects;

/**
 * Arabic presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF): the contextual shapes
 * that PDF extraction and legacy encodings leave in text in place of letters ({@code ﺑﺎﺭﻳﺲ} for
 * {@code باريس}, {@code ﻻ} for {@code لا}). Each expands to the letters it shows, exactly as
 * {@link ArabicNormalizer.Step#COMPATIBILITY_FORMS} expands it: ICU4J's NFKC applied to these two
 * blocks, an isolated haraka keeping its mark without the carrier space.
 *
 * <p>For code that reads the letters of the original text rather than the normalized view (the
 * clitic analyzer, the name finder's input). Stateless and thread-safe.
 */
public final class PresentationForms {

  private PresentationForms() {}

  /**
   * What {@code c} expands to, or null when it is not an Arabic presentation form.
   *
   * @param c a char
   * @return its letters, or null
   */
  public static String expansion(char c) {
    return c >= FoldingTables.PRESENTATION_BASE
        ? FoldingTables.EXPANSION[c - FoldingTables.PRESENTATION_BASE]
        : null;
  }

  /**
   * {@code text} with every presentation form expanded; the same chars when it holds none. The
   * result can be longer than {@code text} ({@code ﻻ} is two letters), so its offsets are not
   * those of the text.
   *
   * @param text a text
   * @return the text with the forms expanded
   */
  public static String expand(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String e = expansion(c);
      if (e != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(e);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }
}
