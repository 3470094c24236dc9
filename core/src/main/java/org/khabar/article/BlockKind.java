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
  /** A link to another article ("اقرأ أيضا" and the titles that follow). */
  RELATED_LINK,
  /** Site furniture: footers, share lines, tracking strings; labelled, never dropped. */
  BOILERPLATE
}
