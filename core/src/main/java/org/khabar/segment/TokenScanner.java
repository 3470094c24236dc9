package org.khabar.segment;

import static org.khabar.segment.SegmentChars.isMark;
import static org.khabar.segment.TokenChars.isNumberSeparator;
import static org.khabar.segment.TokenChars.isPunctuation;
import static org.khabar.segment.TokenChars.isRunPunctuation;
import static org.khabar.segment.TokenChars.isSkipped;
import static org.khabar.segment.TokenChars.isTagChar;
import static org.khabar.segment.TokenChars.isWordJoiner;
import static org.khabar.text.ArabicLetters.ARABIC_PERCENT_SIGN;
import static org.khabar.text.ArabicLetters.ZERO_WIDTH_JOINER;
import static org.khabar.text.ArabicLetters.isArabicLetter;
import static org.khabar.text.TextChars.isInvisible;
import static org.khabar.text.TextChars.isWordSeparator;

import org.khabar.article.TokenKind;
import org.khabar.text.ArabicLetters;

/**
 * Finds where each token of a region starts and ends and what kind it is, in one linear pass
 * (the rules are {@link WordTokenizer}'s); what a token carries besides is the tokenizer's.
 * One instance per pass.
 */
final class TokenScanner {

  /** Receives each token's boundaries and kind, in text order. */
  @FunctionalInterface
  interface Sink {
    /** The token {@code [start, stop)} of {@code kind}. */
    void token(int start, int stop, TokenKind kind);
  }

  private final CharSequence text;
  private final int end;
  private final Abbreviations abbreviations;
  private final Sink sink;
  private final WebTokens web;

  /** A pass over {@code text} up to {@code end}, telling {@code sink} each token. */
  TokenScanner(CharSequence text, int end, Abbreviations abbreviations, Sink sink) {
    this.text = text;
    this.end = end;
    this.abbreviations = abbreviations;
    this.sink = sink;
    this.web = new WebTokens(this, text, end);
  }

  /** Scans from {@code start} to the end. */
  void run(int start) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      int cp = codePointAt(i);
      int len = Character.charCount(cp);
      if (isWordSeparator(c) || isInvisible(c) || isSkipped(cp)) {
        i += len;
        continue;
      }
      int j;
      if ((j = web.url(i)) > i) {
        emit(i, j, TokenKind.URL);
      } else if ((c == '#' || c == '@') && i + 1 < end && isTagChar(codePointAt(i + 1))) {
        j = web.tag(i + 1);
        emit(i, j, c == '#' ? TokenKind.HASHTAG : TokenKind.MENTION);
      } else if ((j = web.email(i)) > i) {
        emit(i, j, TokenKind.EMAIL);
      } else if (Character.isDigit(cp)) {
        j = number(i);
        emit(i, j, TokenKind.NUMBER);
      } else if (Character.isLetter(cp) || isMark(cp)) {
        j = initialism(i);
        if (j <= i) {
          j = word(i);
        }
        emit(i, j, hasLetter(i, j) ? TokenKind.WORD : TokenKind.SYMBOL);
      } else if (isRunPunctuation(c)) {
        j = i + 1;
        while (j < end && isRunPunctuation(text.charAt(j))) {
          j++;
        }
        emit(i, j, TokenKind.PUNCTUATION);
      } else if (c == '%' || c == ARABIC_PERCENT_SIGN || c == '\u2030') {
        j = i + 1;
        emit(i, j, TokenKind.SYMBOL);
      } else if (isPunctuation(cp)) {
        j = i + len;
        emit(i, j, TokenKind.PUNCTUATION);
      } else {
        j = symbol(i);
        emit(i, j, TokenKind.SYMBOL);
      }
      i = j;
    }
  }

  /**
   * Emits the token {@code [start, stop)}; a run longer than {@link WordTokenizer#MAX_TOKEN_CHARS} (no word
   * is, only junk such as a million letters without a space) is cut into tokens of at most that
   * length, between surrogate pairs, so that normalizing one token stays small.
   */
  private void emit(int start, int stop, TokenKind kind) {
    if (stop - start <= WordTokenizer.MAX_TOKEN_CHARS) {
      sink.token(start, stop, kind);
      return;
    }
    while (stop - start > WordTokenizer.MAX_TOKEN_CHARS) {
      int cut = start + WordTokenizer.MAX_TOKEN_CHARS;
      if (Character.isLowSurrogate(text.charAt(cut))
          && Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      sink.token(start, cut, pieceKind(start, cut, kind));
      start = cut;
    }
    sink.token(start, stop, pieceKind(start, stop, kind));
  }

  /** A piece of a word or symbol run is a word when it has a letter. */
  private TokenKind pieceKind(int start, int stop, TokenKind kind) {
    return kind == TokenKind.WORD || kind == TokenKind.SYMBOL
        ? (hasLetter(start, stop) ? TokenKind.WORD : TokenKind.SYMBOL)
        : kind;
  }

  /** The code point at {@code i}, never reading past the region's end; lone surrogates as is. */
  int codePointAt(int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < end) {
      char d = text.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  private boolean hasLetter(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetter(text.charAt(k)) && text.charAt(k) != ArabicLetters.TATWEEL) {
        return true;
      }
    }
    return false;
  }

  /** Letters of one family, their marks, and joiners between letters. */
  private int word(int i) {
    int first = codePointAt(i);
    int k = i;
    // A word may open with stray marks; its family is that of its first letter.
    while (k < end && isMark(codePointAt(k))) {
      k += Character.charCount(codePointAt(k));
    }
    if (k >= end || !Character.isLetter(codePointAt(k))) {
      return Math.max(k, i + Character.charCount(first));
    }
    boolean arabic = isArabicLetter(text.charAt(k));
    while (k < end) {
      if (arabic && text.charAt(k) >= ArabicLetters.HAMZA && text.charAt(k) <= ArabicLetters.YEH) {
        k++; // an Arabic letter or tatweel, as the tests below would find
        continue;
      }
      int cp = codePointAt(k);
      int len = Character.charCount(cp);
      if (isMark(cp) || (Character.isLetter(cp) && sameFamily(cp, arabic))) {
        k += len;
      } else if (!arabic && Character.isDigit(cp)) {
        k += len;
      } else if (isInvisible(text.charAt(k)) && !isWordSeparator(text.charAt(k))) {
        int m = k;
        while (m < end && isInvisible(text.charAt(m)) && !isWordSeparator(text.charAt(m))) {
          m++;
        }
        if (m < end && Character.isLetter(codePointAt(m)) && sameFamily(codePointAt(m), arabic)) {
          k = m;
        } else {
          break;
        }
      } else if (!arabic && isWordJoiner(text.charAt(k)) && k + 1 < end) {
        int next = codePointAt(k + 1);
        if (Character.isLetterOrDigit(next) && sameFamily(next, false)) {
          k += 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return k;
  }

  private boolean sameFamily(int cp, boolean arabic) {
    boolean isArabic = cp < 0x10000 && isArabicLetter((char) cp);
    return isArabic == arabic;
  }

  /**
   * Single letters joined by dots ({@code U.S.}, {@code ج.م.ع}): the end of the initialism, or
   * {@code i} when there is none.
   */
  private int initialism(int i) {
    int k = i;
    int letters = 0;
    int lastLetterEnd = i;
    while (k < end) {
      int cp = codePointAt(k);
      if (!Character.isLetter(cp) || cp == ArabicLetters.TATWEEL) {
        break;
      }
      k += Character.charCount(cp);
      while (k < end && isMark(codePointAt(k))) {
        k += Character.charCount(codePointAt(k));
      }
      if (k < end && Character.isLetterOrDigit(codePointAt(k))) {
        break; // a segment of two or more letters: not an initialism from here on
      }
      letters++;
      lastLetterEnd = k;
      if (k + 1 < end && text.charAt(k) == '.' && Character.isLetter(codePointAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    if (letters < 2) {
      return i;
    }
    if (lastLetterEnd < end
        && text.charAt(lastLetterEnd) == '.'
        && abbreviations.contains(text, i, lastLetterEnd + 1)) {
      return lastLetterEnd + 1;
    }
    return lastLetterEnd;
  }

  /** Digits with inner separators that have a digit on both sides. */
  private int number(int i) {
    int k = i;
    while (k < end) {
      int cp = codePointAt(k);
      if (Character.isDigit(cp)) {
        k += Character.charCount(cp);
      } else if (isNumberSeparator(text.charAt(k))
          && k + 1 < end
          && Character.isDigit(codePointAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private int symbol(int i) {
    int k = i + Character.charCount(codePointAt(i));
    while (k < end) {
      int cp = codePointAt(k);
      int type = Character.getType(cp);
      if (isMark(cp) || type == Character.MODIFIER_SYMBOL && cp >= 0x1F3FB && cp <= 0x1F3FF) {
        k += Character.charCount(cp);
      } else if (text.charAt(k) == ZERO_WIDTH_JOINER
          && k + 1 < end
          && Character.getType(codePointAt(k + 1)) == Character.OTHER_SYMBOL) {
        k += 1 + Character.charCount(codePointAt(k + 1));
      } else {
        break;
      }
    }
    return k;
  }
}
