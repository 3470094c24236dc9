package org.khabar.article;

/** A proclitic attached to the front of an Arabic word, in the order they can occur. */
public enum Proclitic {
  /** The conjunction و ("and"). */
  WA("و"),
  /** The conjunction ف ("so, then"). */
  FA("ف"),
  /** The preposition ب ("with, by"). */
  BI("ب"),
  /** The preposition ل ("for, to"); {@code لل} is ل followed by the article. */
  LI("ل"),
  /** The preposition ك ("like, as"). */
  KA("ك"),
  /** The definite article ال. */
  AL("ال");

  private final String form;

  Proclitic(String form) {
    this.form = form;
  }

  /**
   * The written form of the clitic in its usual spelling.
   *
   * @return the form, such as {@code و}
   */
  public String form() {
    return form;
  }
}
