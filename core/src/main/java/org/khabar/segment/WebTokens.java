package org.khabar.segment;

import static org.khabar.segment.SegmentChars.isMark;
import static org.khabar.segment.TokenChars.isAsciiLetter;
import static org.khabar.segment.TokenChars.isAsciiLetterOrDigit;
import static org.khabar.segment.TokenChars.isEmailLocalChar;
import static org.khabar.segment.TokenChars.isTagChar;
import static org.khabar.segment.TokenChars.isUrlChar;
import static org.khabar.text.ArabicLetters.ZERO_WIDTH_JOINER;
import static org.khabar.text.ArabicLetters.ZERO_WIDTH_NON_JOINER;
import static org.khabar.text.TextChars.isInvisible;
import static org.khabar.text.TextChars.isWordSeparator;

/**
 * The tokens of the web in a {@link TokenScanner}'s pass: URLs, e-mail addresses, and the names of
 * hashtags and mentions. Remembers failed e-mail look-aheads so that the pass stays linear.
 */
final class WebTokens {

  private final TokenScanner scanner;
  private final CharSequence text;
  private final int end;
  /** No e-mail address can start before this offset: keeps the look-ahead linear. */
  private int emailFailUntil = -1;

  WebTokens(TokenScanner scanner, CharSequence text, int end) {
    this.scanner = scanner;
    this.text = text;
    this.end = end;
  }

  /** The end of a hashtag's or mention's name starting at {@code i}. */
  int tag(int i) {
    int k = i;
    while (k < end) {
      int cp = scanner.codePointAt(k);
      if (isTagChar(cp) || isMark(cp)) {
        k += Character.charCount(cp);
      } else if ((text.charAt(k) == ZERO_WIDTH_NON_JOINER
              || text.charAt(k) == ZERO_WIDTH_JOINER)
          && k + 1 < end
          && isTagChar(scanner.codePointAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /** The end of a URL starting at {@code i}, or {@code i} when none starts there. */
  int url(int i) {
    if (!(startsWithIgnoreCase(i, "http://")
        || startsWithIgnoreCase(i, "https://")
        || startsWithIgnoreCase(i, "www."))) {
      return i;
    }
    int k = i;
    int open = 0;
    while (k < end) {
      char c = text.charAt(k);
      if (isWordSeparator(c) || isInvisible(c) || !isUrlChar(c)) {
        break;
      }
      if (c == '(') {
        open++;
      } else if (c == ')') {
        open--;
      }
      k++;
    }
    // Trailing sentence punctuation and an unbalanced closing bracket are not part of the URL.
    while (k > i) {
      char c = text.charAt(k - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
          || c == '*') {
        k--;
      } else if (c == ')' && open < 0) {
        open++;
        k--;
      } else {
        break;
      }
    }
    int minimum = i + (startsWithIgnoreCase(i, "www.") ? 5 : 8);
    if (k < minimum) {
      return i;
    }
    return k;
  }

  /** {@code local@domain.tld}, ASCII only; remembers failed look-aheads to stay linear. */
  int email(int i) {
    if (i < emailFailUntil || !isEmailLocalChar(text.charAt(i))
        || !Character.isLetterOrDigit(text.charAt(i))) {
      return i;
    }
    int k = i;
    while (k < end && isEmailLocalChar(text.charAt(k))) {
      k++;
    }
    if (k >= end || text.charAt(k) != '@' || text.charAt(k - 1) == '.') {
      emailFailUntil = k;
      return i;
    }
    int at = k;
    int m = at + 1;
    int dots = 0;
    int lastGood = -1;
    int labelLength = 0;
    int labelLetters = 0;
    while (m < end) {
      char c = text.charAt(m);
      if (isAsciiLetterOrDigit(c) || c == '-') {
        labelLength++;
        if (isAsciiLetter(c)) {
          labelLetters++;
        }
        m++;
        if (dots > 0 && labelLetters >= 2 && labelLength == labelLetters) {
          lastGood = m;
        }
      } else if (c == '.' && labelLength > 0 && m + 1 < end
          && isAsciiLetterOrDigit(text.charAt(m + 1))) {
        dots++;
        labelLength = 0;
        labelLetters = 0;
        m++;
      } else {
        break;
      }
    }
    if (lastGood < 0) {
      emailFailUntil = at;
      return i;
    }
    return lastGood;
  }

  private boolean startsWithIgnoreCase(int i, String prefix) {
    if (i + prefix.length() > end) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      char c = text.charAt(i + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
