package org.khabar.number;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.khabar.text.LanguageResources;

/**
 * Reads one number, in digits or in words, at a token of a {@link WordScan}.
 *
 * <p>Digits: a run of ASCII digits (any digit system, after normalization) with thousands
 * separators {@code ,} (also the Arabic {@code ٬}) in groups of three, or dots in groups of three
 * when there are at least two ({@code 1.000.000}), and one decimal separator {@code .} (also the
 * Arabic {@code ٫}); a lone comma before other than three digits is read as a decimal comma. A run
 * joined to more digits by {@code / : -} (a date, a clock time, a range, a ratio) is not a number;
 * nor is a run of more than {@value #MAX_CHARS} chars, or one that continues a number, letters or a
 * joined run to its left. A scale word may follow digits ({@code 32.6 مليار}, {@code 3 ملايين}).
 *
 * <p>Words: units, tens, hundreds, scales and fractions of the phrase table, the words joined by
 * {@code و} ({@code ثلاثة وعشرون}, {@code مليون وثلاثمئة ألف}, {@code ثلاث مئة}, {@code أحد عشر},
 * {@code نصف مليون}); the first word may carry a proclitic ({@code بثلاثة}), left out of the match.
 * Vague plurals alone ({@code آلاف}, {@code عشرات}, {@code مئات}) are not numbers, and neither are
 * definite forms ({@code الثلاثة}) or ordinals ({@code الثاني}).
 *
 * <p>Reads at most {@value #MAX_WORDS} words or {@value #MAX_CHARS} chars of digits from where it
 * starts (checking that a digit run does not continue one to its left in constant time), so a
 * caller trying every token stays linear. Never throws on any scan. Immutable and thread-safe.
 */
public final class NumberParser {

  /** The longest run of digits and separators read as one number. */
  public static final int MAX_CHARS = 40;

  /**
   * The most words read as one number: real numbers take far fewer ({@code ثلاثة ملايين
   * وخمسمئة وأربعون ألفا وثلاثمئة وواحد} is nine), and the cap keeps every caller linear.
   */
  public static final int MAX_WORDS = 16;

  /**
   * A number found in a scan.
   *
   * @param value its value
   * @param first its first token
   * @param skip normalized chars of a proclitic left out at the start of the first token
   * @param end the token after its last one
   * @param digits whether it is written in digits (possibly followed by a scale word)
   */
  public record Parsed(BigDecimal value, int first, int skip, int end, boolean digits) {
    /**
     * Writes the value without trailing zeros and never in exponent notation.
     *
     * @param value its value
     * @param first its first token
     * @param skip normalized chars of a proclitic left out at the start of the first token
     * @param end the token after its last one
     * @param digits whether it is written in digits
     */
    public Parsed {
      value = canonical(value);
    }
  }

  /** The value without trailing zeros and never in exponent notation ({@code 32600000000}). */
  static BigDecimal canonical(BigDecimal v) {
    BigDecimal x = v.stripTrailingZeros();
    return x.scale() < 0 ? x.setScale(0) : x;
  }

  private static final char WAW = org.khabar.text.ArabicLetters.WAW;
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = new BigDecimal(100);
  /** The categories of number words. */
  public static final String[] CATEGORIES = {
    "cardinal", "hundred", "scale", "scale-dual", "fraction", "teen-only"
  };

  private static final NumberParser STANDARD =
      new NumberParser(PhraseTable.load(NumberParser.class, "phrases.txt"));

  private final PhraseTable phrases;
  /** The first words of every number-word phrase: most tokens are rejected with one lookup. */
  private final Set<String> firstWords;

  private NumberParser(PhraseTable phrases) {
    this.phrases = phrases;
    this.firstWords = phrases.firstWords(CATEGORIES);
  }

  /**
   * The parser with the bundled number phrase table.
   *
   * @return the standard parser
   */
  public static NumberParser standard() {
    return STANDARD;
  }

  /**
   * The parser with the number phrase table of {@code resources} ({@code number/phrases.txt}).
   *
   * @param resources the word lists
   * @return the parser
   * @throws IllegalArgumentException if an added line is not {@code
   *     category<TAB>phrase[<TAB>value]}
   */
  public static NumberParser of(LanguageResources resources) {
    if (resources.isBundled()) {
      return STANDARD;
    }
    return new NumberParser(PhraseTable.builder()
        .addLines(resources.lines("number/phrases.txt"), "number/phrases.txt").build());
  }

  /**
   * The number phrase table (also its {@code percent}, {@code stop} and {@code not-dual} words).
   *
   * @return the phrase table
   */
  public PhraseTable phrases() {
    return phrases;
  }

  /**
   * The end (exclusive) of the run of digit tokens joined by separators that starts at {@code i},
   * a digit token; callers skip a run that {@link #at} does not read.
   *
   * @param s the scanned text
   * @param i the index of a digit token
   * @return the token after the run
   */
  public static int digitRunEnd(WordScan s, int i) {
    int j = i;
    while (s.touchesNext(j) && isJoiner(s, j + 1) && s.touchesNext(j + 1) && s.isDigits(j + 2)) {
      j += 2;
    }
    return j + 1;
  }

  private static boolean isJoiner(WordScan s, int i) {
    return s.isSymbol(i, '.') || s.isSymbol(i, ',') || s.isSymbol(i, '/') || s.isSymbol(i, ':')
        || s.isSymbol(i, '-');
  }

  /**
   * Whether the digit token at {@code i} is joined to more digits by {@code . , / : -}.
   *
   * @param s the scanned text
   * @param i the index of a digit token
   * @return whether it is joined to more digits
   */
  public static boolean isJoined(WordScan s, int i) {
    return s.touchesNext(i) && isJoiner(s, i + 1) && s.touchesNext(i + 1) && s.isDigits(i + 2);
  }

  /**
   * Whether the token before {@code i} continues into it (digits, letters or a joiner).
   *
   * @param s the scanned text
   * @param i a token index
   * @return whether the token before continues into it
   */
  public static boolean continuesFromLeft(WordScan s, int i) {
    if (!s.touchesNext(i - 1)) {
      return false;
    }
    return s.isDigits(i - 1) || s.isWord(i - 1) && !isProcliticOnly(s.text(i - 1))
        || isJoiner(s, i - 1);
  }

  /** Whether a word is only proclitics glued to what follows ({@code و}, {@code ب}, {@code ال}). */
  private static boolean isProcliticOnly(String w) {
    if (w.length() > 3) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (PROCLITIC_LETTERS.indexOf(w.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static final String PROCLITIC_LETTERS =
      new String(new char[] {
        org.khabar.text.ArabicLetters.WAW, org.khabar.text.ArabicLetters.FEH,
        org.khabar.text.ArabicLetters.BEH, org.khabar.text.ArabicLetters.LAM,
        org.khabar.text.ArabicLetters.KAF, org.khabar.text.ArabicLetters.ALEF
      });

  /**
   * The number at token {@code i}, digits or words, or empty.
   *
   * @param s the scanned text
   * @param i a token index
   * @return the number, or empty
   */
  public Optional<Parsed> at(WordScan s, int i) {
    if (s.isDigits(i)) {
      return digitsAt(s, i);
    }
    if (s.isWord(i)) {
      return wordsAt(s, i);
    }
    return Optional.empty();
  }

  /**
   * The number written in digits at token {@code i} (with a scale word after it), or empty.
   *
   * @param s the scanned text
   * @param i a token index
   * @return the number, or empty
   */
  public Optional<Parsed> digitsAt(WordScan s, int i) {
    if (!s.isDigits(i) || continuesFromLeft(s, i)) {
      return Optional.empty();
    }
    int end = digitRunEnd(s, i);
    int chars = 0;
    for (int k = i; k < end; k++) {
      chars += s.text(k).length();
      if (k > i && (k - i) % 2 == 1) {
        char sep = s.text(k).charAt(0);
        if (sep == '/' || sep == ':' || sep == '-') {
          return Optional.empty();
        }
      }
    }
    if (chars > MAX_CHARS) {
      return Optional.empty();
    }
    int[] used = new int[1];
    BigDecimal value = DigitGroups.value(s, i, end, used);
    int last = i + used[0];
    if (last < end) {
      // Only part of the run reads as a number ("1,23,4"): the rest is not a quantity either.
      if (s.isSymbol(last, '.') || s.isSymbol(last, ',')) {
        return Optional.empty();
      }
    }
    if (!s.lineBreakBefore(last)) {
      Optional<PhraseTable.Match> scale = phrases.at(s, last, "scale");
      if (scale.isPresent()) {
        value = value.multiply(new BigDecimal(scale.get().entry().value()));
        last = scale.get().end();
      }
    }
    return Optional.of(new Parsed(value, i, 0, last, true));
  }


  private boolean mayStartNumberWords(WordScan s, int i) {
    if (firstWords.contains(s.text(i))) {
      return true;
    }
    for (int k = 0, n = s.bareCount(i); k < n; k++) {
      if (firstWords.contains(s.bareForm(i, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number written in words at token {@code i}, or empty.
   *
   * @param s the scanned text
   * @param i a token index
   * @return the number, or empty
   */
  public Optional<Parsed> wordsAt(WordScan s, int i) {
    if (!s.isWord(i) || !mayStartNumberWords(s, i)) {
      return Optional.empty();
    }
    PhraseTable.Match first = null;
    String category = null;
    for (String c : CATEGORIES) {
      Optional<PhraseTable.Match> m = phrases.atWithProclitic(s, i, c);
      if (m.isPresent()) {
        first = m.get();
        category = c;
        break;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    if (phrases.contains("vague", s.text(i).substring(first.skip()))) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    boolean lastWasUnit = false;
    int k = i;
    String cat = category;
    BigDecimal v = new BigDecimal(first.entry().value());
    boolean waJoined = false;
    int end = i;
    while (true) {
      switch (cat) {
        case "scale" -> {
          current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(v);
          total = total.add(current);
          current = BigDecimal.ZERO;
        }
        case "scale-dual" -> {
          total = total.add(current).add(v);
          current = BigDecimal.ZERO;
        }
        case "hundred" -> {
          if (!waJoined && lastWasUnit && current.signum() > 0 && current.compareTo(TEN) < 0
              && v.compareTo(HUNDRED) == 0) {
            current = current.multiply(v);
          } else {
            current = current.add(v);
          }
        }
        case "teen" -> current = current.add(v);
        case "teen-only" -> {
          // only reached when a teen follows; checked below
          current = current.add(v);
        }
        default -> current = current.add(v);
      }
      boolean isUnit = ("cardinal".equals(cat) || "teen-only".equals(cat))
          && v.compareTo(TEN) < 0;
      end = k + 1;
      int next = k + 1;
      if (!s.isWord(next) || s.lineBreakBefore(next) || next - i >= MAX_WORDS) {
        if ("teen-only".equals(cat)) {
          return Optional.empty();
        }
        break;
      }
      String w = s.text(next);
      if (isUnit && phrases.contains("teen", w)) {
        cat = "teen";
        v = TEN;
        k = next;
        waJoined = false;
        lastWasUnit = false;
        continue;
      }
      if ("teen-only".equals(cat)) {
        return Optional.empty();
      }
      boolean wa = w.length() > 1 && w.charAt(0) == WAW;
      String bare = wa ? w.substring(1) : w;
      String nextCat = null;
      for (String c : CATEGORIES) {
        if (phrases.contains(c, bare)) {
          nextCat = c;
          break;
        }
      }
      boolean joins =
          nextCat != null
              && !(wa && ("scale".equals(nextCat) || "scale-dual".equals(nextCat)))
              && (wa || "scale".equals(nextCat) || "hundred".equals(nextCat)
                  && isUnit && v.compareTo(TEN) < 0);
      if (!joins || "fraction".equals(nextCat) && !wa) {
        break;
      }
      // Two units joined by و are two numbers (ثلاث وخمس سنوات), never one compound.
      BigDecimal nextValue = new BigDecimal(phrases.find(nextCat, bare).orElseThrow().value());
      if (isUnit && wa && "cardinal".equals(nextCat) && nextValue.compareTo(TEN) < 0) {
        break;
      }
      lastWasUnit = isUnit;
      waJoined = wa;
      cat = nextCat;
      v = new BigDecimal(phrases.find(nextCat, bare).orElseThrow().value());
      k = next;
    }
    return Optional.of(new Parsed(total.add(current), i, first.skip(), end, false));
  }
}
