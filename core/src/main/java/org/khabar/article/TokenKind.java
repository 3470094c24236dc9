package org.khabar.article;

/** The coarse class of a token. */
public enum TokenKind {
  /** A word in any script, Arabic or Latin. */
  WORD,
  /** A number in any digit system, with its separators ({@code 3.5}, {@code ٣٫٥}, {@code 1,000}). */
  NUMBER,
  /** A punctuation mark, Arabic or Latin. */
  PUNCTUATION,
  /** A web address. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A {@code #hashtag}. */
  HASHTAG,
  /** An {@code @mention}. */
  MENTION,
  /** Any other symbol (currency signs, emoji, stray marks). */
  SYMBOL
}
