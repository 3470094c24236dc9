package org.khabar.corpus;

import java.util.Objects;
import org.khabar.article.CharSpan;

/**
 * The news agency an article credits ({@link AgencyCredits#find}): the agency as {@code
 * agencies.txt} lists it ({@code أ ف ب}) and where the article names it, as written ({@code أ. ف.
 * ب}), in UTF-16 offsets into the article's text. Immutable.
 *
 * @param agency the agency, as listed
 * @param span the name as the text writes it, without the brackets or the dash around it
 */
public record AgencyCredit(String agency, CharSpan span) {

  /**
   * Checks the parts.
   *
   * @param agency the agency, as listed
   * @param span the name in the text
   * @throws NullPointerException if one is null
   */
  public AgencyCredit {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(span, "span");
  }
}
