package org.khabar.segment;

import static org.khabar.segment.SegmentChars.ARABIC_PERCENT_SIGN;
import static org.khabar.segment.SegmentChars.ARABIC_DECIMAL_SEPARATOR;
import static org.khabar.segment.SegmentChars.ARABIC_QUESTION_MARK;
import static org.khabar.segment.SegmentChars.ARABIC_THOUSANDS_SEPARATOR;
import static org.khabar.segment.SegmentChars.HORIZONTAL_ELLIPSIS;
import static org.khabar.segment.SegmentChars.RIGHT_SINGLE_QUOTATION_MARK;
import static org.khabar.segment.SegmentChars.ZERO_WIDTH_JOINER;
import static org.khabar.segment.SegmentChars.isArabicLetter;
import static org.khabar.segment.SegmentChars.isInvisible;
import static org.khabar.segment.SegmentChars.isMark;
import static org.khabar.segment.SegmentChars.isSpace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.text.ArabicNormalizer;

/**
 * Splits text into tokens with offsets, normalized forms and clitic analyses, in one linear pass.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Whitespace, invisible controls (bidi marks, zero-width chars) standing between tokens,
 *       other control chars (NUL...) and unpaired surrogates are skipped: they are never tokens.
 *   <li>A word ({@link TokenKind#WORD}) is a run of letters of one script family (Arabic or not)
 *       with the harakat, tatweel and other combining marks that follow them; ZWNJ, ZWJ and bidi
 *       marks with letters on both sides stay inside the word. Latin words keep inner hyphens and
 *       apostrophes ({@code e-mail}, {@code COVID-19}, {@code O'Neill}) and digits after a letter
 *       ({@code G20}); Arabic words stop at digits. Single letters joined by dots ({@code U.S.},
 *       {@code ج.م.ع}) are one word, with the final dot when the whole is a listed abbreviation.
 *   <li>A number ({@link TokenKind#NUMBER}) is a run of digits of any system with inner
 *       separators {@code . , ٫ ٬ / :} between digits: {@code 1,000}, {@code 3.5}, {@code ٣٫٥},
 *       {@code 11/12/2025}, {@code 10:30}. The percent sign ({@code %}, {@code ٪}) is its own
 *       {@link TokenKind#SYMBOL} token, so that the number's token stays a plain number.
 *   <li>URLs ({@code http://}, {@code https://}, {@code www.}), e-mail addresses, {@code #hashtags}
 *       (any letters) and {@code @mentions} are single tokens; trailing sentence punctuation is
 *       left out of a URL.
 *   <li>Each punctuation char is its own {@link TokenKind#PUNCTUATION} token, except runs of
 *       {@code . ! ? ؟ …} ({@code ...}, {@code ..}, {@code ?!}) which are one token.
 *   <li>Anything else (emoji, currency signs) is a {@link TokenKind#SYMBOL}, one code point with
 *       its modifiers; surrogate pairs are never split.
 * </ul>
 *
 * <p>Each token carries {@code normalizer.normalizeToString(tokenText)}, its matching key (the same
 * with {@link ArabicNormalizer#matching()}, one string when the normalizer is the matching one) and,
 * for Arabic words,
 * the {@link CliticAnalyzer}'s analysis (others get {@link CliticAnalysis#none}). Guarantees:
 * token spans are UTF-16 offsets into the text given, within the region, sorted, disjoint and
 * never empty; any text yields tokens or none, never an exception. Immutable and thread-safe.
 */
public final class WordTokenizer {

  private static final ArabicNormalizer MATCHING = ArabicNormalizer.matching();

  private final ArabicNormalizer normalizer;
  /** Whether the normalizer is the matching one, so a token's key is its normalized form. */
  private final boolean normIsKey;
  private final CliticAnalyzer clitics;
  private final Abbreviations abbreviations;
  /**
   * The normalized form of each one-char token, filled as met and shared by every tokenizer of the
   * same normalizer: a flood of one symbol (a million {@code #}) then holds one string, not one per
   * token. Racy filling is safe: every writer stores an equal, immutable string.
   */
  private final String[] oneCharNorms;

  /**
   * A tokenizer whose tokens carry forms normalized by {@code normalizer}.
   *
   * @param normalizer the normalizer of the tokens' forms
   */
  public WordTokenizer(ArabicNormalizer normalizer) {
    this(normalizer, CliticAnalyzer.standard());
  }

  /**
   * A tokenizer with the given normalizer and clitic analyzer.
   *
   * @param normalizer the normalizer of the tokens' forms
   * @param clitics the clitic analyzer
   */
  public WordTokenizer(ArabicNormalizer normalizer, CliticAnalyzer clitics) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.normIsKey = normalizer.equals(MATCHING);
    this.clitics = Objects.requireNonNull(clitics, "clitics");
    this.abbreviations = Abbreviations.bundled();
    this.oneCharNorms = new String[Character.MAX_VALUE + 1];
  }

  private WordTokenizer(WordTokenizer base, CliticAnalyzer clitics) {
    this.normalizer = base.normalizer;
    this.normIsKey = base.normIsKey;
    this.clitics = clitics;
    this.abbreviations = base.abbreviations;
    this.oneCharNorms = base.oneCharNorms;
  }

  /**
   * The tokens of {@code text} within {@code region}, sorted and disjoint.
   *
   * @param text the text
   * @param region the region to tokenize
   * @return the tokens, with spans into {@code text}
   * @throws IndexOutOfBoundsException if the region exceeds the text
   */
  public List<Token> tokenize(CharSequence text, CharSpan region) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(region, "region");
    if (region.end() > text.length()) {
      throw new IndexOutOfBoundsException(
          "region " + region + " exceeds text of length " + text.length());
    }
    return new Scan(text, region.end()).run(region.start());
  }

  /**
   * A tokenizer for the regions of one document, whose clitic analyzer also weighs how the
   * document itself uses its words (see {@link CliticAnalyzer#withDocumentCounts}). Costs one
   * extra linear pass; use it once per document, then drop it.
   *
   * @param text the whole document
   * @return the tokenizer for it
   */
  public WordTokenizer forDocument(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Map<String, Integer> counts = new HashMap<>();
    Scan scan = new Scan(text, text.length());
    scan.counts = counts;
    scan.run(0);
    // The keys are already in LexiconForm: no second fold.
    return new WordTokenizer(this, clitics.withFoldedDocumentCounts(counts));
  }

  /**
   * The tokens of the whole of {@code text}.
   *
   * @param text the text
   * @return the tokens
   */
  public List<Token> tokenize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return tokenize(text, CharSpan.of(0, text.length()));
  }

  private String oneCharNorm(char c) {
    String norm = oneCharNorms[c];
    if (norm == null) {
      norm = normalizer.normalizeToString(String.valueOf(c));
      oneCharNorms[c] = norm;
    }
    return norm;
  }

  /**
   * The longest token, in UTF-16 chars: a longer run without a break is cut (see {@code
   * Scan.emit}). Far above any word, e-mail address or hashtag, and above nearly every URL.
   */
  public static final int MAX_TOKEN_CHARS = 1024;

  /** The per-call state of one pass. */
  private final class Scan {
    private final CharSequence text;
    private final int end;
    private final List<Token> out = new ArrayList<>();
    /** No e-mail address can start before this offset: keeps the look-ahead linear. */
    private int emailFailUntil = -1;
    /** When set, the pass only counts Arabic words (in {@link LexiconForm}) and emits nothing. */
    private Map<String, Integer> counts;

    Scan(CharSequence text, int end) {
      this.text = text;
      this.end = end;
    }

    List<Token> run(int start) {
      int i = start;
      while (i < end) {
        char c = text.charAt(i);
        int cp = codePointAt(i);
        int len = Character.charCount(cp);
        if (isSpace(c) || isInvisible(c) || isSkipped(cp)) {
          i += len;
          continue;
        }
        int j;
        if ((j = url(i)) > i) {
          emit(i, j, TokenKind.URL);
        } else if ((c == '#' || c == '@') && i + 1 < end && isTagChar(codePointAt(i + 1))) {
          j = tag(i + 1);
          emit(i, j, c == '#' ? TokenKind.HASHTAG : TokenKind.MENTION);
        } else if ((j = email(i)) > i) {
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
      return out;
    }

    /**
     * Emits the token {@code [start, stop)}; a run longer than {@link #MAX_TOKEN_CHARS} (no word
     * is, only junk such as a million letters without a space) is cut into tokens of at most that
     * length, between surrogate pairs, so that normalizing one token stays small.
     */
    private void emit(int start, int stop, TokenKind kind) {
      if (stop - start <= MAX_TOKEN_CHARS) {
        emitOne(start, stop, kind);
        return;
      }
      while (stop - start > MAX_TOKEN_CHARS) {
        int cut = start + MAX_TOKEN_CHARS;
        if (Character.isLowSurrogate(text.charAt(cut))
            && Character.isHighSurrogate(text.charAt(cut - 1))) {
          cut--;
        }
        emitOne(start, cut, pieceKind(start, cut, kind));
        start = cut;
      }
      emitOne(start, stop, pieceKind(start, stop, kind));
    }

    /** A piece of a word or symbol run is a word when it has a letter. */
    private TokenKind pieceKind(int start, int stop, TokenKind kind) {
      return kind == TokenKind.WORD || kind == TokenKind.SYMBOL
          ? (hasLetter(start, stop) ? TokenKind.WORD : TokenKind.SYMBOL)
          : kind;
    }

    private void emitOne(int start, int stop, TokenKind kind) {
      if (counts != null) {
        if (kind == TokenKind.WORD && isArabicLetter(text.charAt(firstLetter(start, stop)))) {
          counts.merge(LexiconForm.of(text, start, stop), 1, Integer::sum);
        }
        return;
      }
      CharSpan span = CharSpan.of(start, stop);
      String norm;
      String key;
      if (stop - start == 1) {
        norm = oneCharNorm(text.charAt(start));
        key = normIsKey ? norm : MATCHING.normalizeToString(String.valueOf(text.charAt(start)));
      } else {
        String surface = text.subSequence(start, stop).toString();
        norm = normalizer.normalizeToString(surface);
        key = normIsKey ? norm : MATCHING.normalizeToString(surface);
      }
      CliticAnalysis analysis =
          kind == TokenKind.WORD && isArabicLetter(text.charAt(firstLetter(start, stop)))
              ? clitics.analyze(text, span)
              : CliticAnalysis.none(span);
      out.add(new Token(span, kind, norm, key, analysis));
    }

    /** The code point at {@code i}, never reading past the region's end; lone surrogates as is. */
    private int codePointAt(int i) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < end) {
        char d = text.charAt(i + 1);
        if (Character.isLowSurrogate(d)) {
          return Character.toCodePoint(c, d);
        }
      }
      return c;
    }

    private int firstLetter(int from, int to) {
      for (int k = from; k < to; k++) {
        if (Character.isLetter(text.charAt(k))) {
          return k;
        }
      }
      return from;
    }

    private boolean hasLetter(int from, int to) {
      for (int k = from; k < to; k++) {
        if (Character.isLetter(text.charAt(k)) && text.charAt(k) != SegmentChars.ARABIC_TATWEEL) {
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
        int cp = codePointAt(k);
        int len = Character.charCount(cp);
        if (isMark(cp) || (Character.isLetter(cp) && sameFamily(cp, arabic))) {
          k += len;
        } else if (!arabic && Character.isDigit(cp)) {
          k += len;
        } else if (isInvisible(text.charAt(k)) && !isSpace(text.charAt(k))) {
          int m = k;
          while (m < end && isInvisible(text.charAt(m)) && !isSpace(text.charAt(m))) {
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
        if (!Character.isLetter(cp) || cp == SegmentChars.ARABIC_TATWEEL) {
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

    private int tag(int i) {
      int k = i;
      while (k < end) {
        int cp = codePointAt(k);
        if (isTagChar(cp) || isMark(cp)) {
          k += Character.charCount(cp);
        } else if ((text.charAt(k) == SegmentChars.ZERO_WIDTH_NON_JOINER
                || text.charAt(k) == ZERO_WIDTH_JOINER)
            && k + 1 < end
            && isTagChar(codePointAt(k + 1))) {
          k++;
        } else {
          break;
        }
      }
      return k;
    }

    private int url(int i) {
      if (!(startsWithIgnoreCase(i, "http://")
          || startsWithIgnoreCase(i, "https://")
          || startsWithIgnoreCase(i, "www."))) {
        return i;
      }
      int k = i;
      int open = 0;
      while (k < end) {
        char c = text.charAt(k);
        if (isSpace(c) || isInvisible(c) || !isUrlChar(c)) {
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
    private int email(int i) {
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

  private static boolean isSkipped(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.SURROGATE;
  }

  private static boolean isRunPunctuation(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == HORIZONTAL_ELLIPSIS;
  }

  private static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isWordJoiner(char c) {
    return c == '-' || c == '\'' || c == RIGHT_SINGLE_QUOTATION_MARK;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.'
        || c == ','
        || c == ARABIC_DECIMAL_SEPARATOR
        || c == ARABIC_THOUSANDS_SEPARATOR
        || c == '/'
        || c == ':';
  }

  private static boolean isTagChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  private static boolean isUrlChar(char c) {
    if (c < 0x80) {
      return c > 0x20
          && c != '"'
          && c != '<'
          && c != '>'
          && c != '`'
          && c != '{'
          && c != '}'
          && c != '|'
          && c != '\\'
          && c != '^'
          && c != 0x7F;
    }
    // Internationalized paths: letters, digits and marks of any script, but no punctuation that
    // reads as prose around the URL.
    return !Character.isSurrogate(c) && (Character.isLetterOrDigit(c) || isMark(c));
  }

  private static boolean isEmailLocalChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
