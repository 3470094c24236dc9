package org.khabar.structure;

import java.util.Objects;
import org.khabar.article.CharSpan;

/**
 * One non-blank line of a text, trimmed of surrounding whitespace and invisible controls.
 * Immutable.
 *
 * @param span offsets into the original text; never empty
 * @param afterBlankLine whether at least one blank line separates it from the line before (always
 *     false for the first line)
 */
record Line(CharSpan span, boolean afterBlankLine) {

  Line {
    Objects.requireNonNull(span, "span");
  }
}
