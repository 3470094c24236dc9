package org.khabar.article;

/** What role a block of an article plays. */
public enum BlockKind {
  /** The article's title. */
  HEADLINE,
  /** A section title inside the article. */
  SUBHEADING,
  /** Body text. */
  PARAGRAPH,
  /** One item of a list (bulleted, or introduced by a line ending in a colon). */
  LIST_ITEM,
  /** The caption of a picture or a video ({@code <figcaption>} of an HTML page). */
  CAPTION,
  /** A link to another article ("اقرأ أيضا" and the titles that follow). */
  RELATED_LINK,
  /** Site furniture: footers, share lines, tracking strings; labelled, never dropped. */
  BOILERPLATE,
  /**
   * The text past the limit a pipeline was built with ({@code Khabar.Builder.maxChars}): kept
   * whole, so nothing is lost, but not analysed: no sentence, token or annotation lies in it. At
   * most one, always the last block.
   */
  UNANALYSED;

  /**
   * Whether blocks of this kind are the article's own, analysed text: every kind but {@link
   * #RELATED_LINK}, {@link #BOILERPLATE} and {@link #UNANALYSED}. What lies outside the body (a
   * person named in a related headline, a date in a footer) is kept in the article but not
   * counted as the article's.
   *
   * @return whether blocks of this kind are body text
   */
  public boolean isBody() {
    return this != RELATED_LINK && this != BOILERPLATE && this != UNANALYSED;
  }
}
