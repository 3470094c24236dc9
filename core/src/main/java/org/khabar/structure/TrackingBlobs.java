package org.khabar.structure;

import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/**
 * Finds machine-made tokens in a line: base64 and similar tracking strings that sites append to
 * the text they publish. Stateless and thread-safe; linear in the line's length.
 *
 * <p>A token (a run of non-whitespace chars) is a blob when it is made only of the base64
 * alphabet ({@code A-Z a-z 0-9 + / = _ -}), holds at least {@value #MIN_LENGTH} chars, and looks
 * random rather than like a word or a number: it mixes at least two of upper case, lower case and
 * digits and ends with base64 padding {@code =}, or it mixes all three and holds at least {@value
 * #MIN_UNPADDED_LENGTH} chars. An English word, an acronym, a year or a phone number fails these
 * character statistics; a URL fails the alphabet (it holds {@code :} and {@code .}).
 */
final class TrackingBlobs {

  static final int MIN_LENGTH = 12;
  static final int MIN_UNPADDED_LENGTH = 20;

  private TrackingBlobs() {}

  /** Whether the chars of {@code text} at {@code token} form a blob. */
  static boolean isBlob(CharSequence text, CharSpan token) {
    int length = token.length();
    if (length < MIN_LENGTH) {
      return false;
    }
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = token.start(); i < token.end(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '+' && c != '/' && c != '=' && c != '_' && c != '-') {
        return false;
      }
    }
    int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0);
    boolean padded = text.charAt(token.end() - 1) == '=';
    return (padded && classes >= 2) || (classes == 3 && length >= MIN_UNPADDED_LENGTH);
  }

  /**
   * The counts of a line's tokens: {@code [blobs, other tokens holding a letter or digit]}.
   * Counting stops early once {@code maxOthers} other tokens are exceeded.
   */
  static int[] count(CharSequence text, CharSpan line, int maxOthers) {
    int blobs = 0;
    int others = 0;
    int i = line.start();
    while (i < line.end() && others <= maxOthers) {
      while (i < line.end() && TextChars.isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean word = false;
      while (i < line.end() && !TextChars.isSpace(text.charAt(i))) {
        word |= Character.isLetterOrDigit(text.charAt(i));
        i++;
      }
      if (i > start) {
        if (isBlob(text, CharSpan.of(start, i))) {
          blobs++;
        } else if (word) {
          others++;
        }
      }
    }
    return new int[] {blobs, others};
  }
}
