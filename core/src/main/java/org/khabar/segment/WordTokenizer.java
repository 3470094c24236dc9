package org.khabar.segment;

import static org.khabar.text.ArabicLetters.isArabicLetter;

import java.util.ArrayList;
import java.util.Arrays;
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
   * extra linear pass; use it once per document, then drop it. {@link #tokenizeDocument} does the
   * same for all of a document's regions in one pass.
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

  /**
   * The tokens of the {@code regions} of one document, in their order, analysed as a {@link
   * #forDocument} tokenizer analyses them, with the document's word counts taken from these same
   * tokens: one scan of the text instead of two. Give it every region of the document (an
   * article's sentences), so that the counts are the whole document's.
   *
   * @param text the whole document
   * @param regions its regions, sorted and disjoint
   * @return the tokens of every region, with spans into {@code text}
   * @throws IndexOutOfBoundsException if a region exceeds the text
   */
  public List<Token> tokenizeDocument(CharSequence text, List<CharSpan> regions) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(regions, "regions");
    Boundaries found = new Boundaries(text);
    for (CharSpan region : regions) {
      if (region.end() > text.length()) {
        throw new IndexOutOfBoundsException(
            "region " + region + " exceeds text of length " + text.length());
      }
      new TokenScanner(text, region.end(), abbreviations, found).run(region.start());
    }
    WordTokenizer document =
        new WordTokenizer(this, clitics.withFoldedDocumentCounts(found.counts));
    Scan scan = document.new Scan(text, text.length());
    for (int k = 0; k < found.size; k++) {
      scan.token(found.starts[k], found.stops[k], TOKEN_KINDS[found.kinds[k]]);
    }
    return scan.out;
  }

  private static final TokenKind[] TOKEN_KINDS = TokenKind.values();

  /** The tokens a scan finds, kept as offsets and kinds, and the Arabic words counted. */
  private static final class Boundaries implements TokenScanner.Sink {
    private final CharSequence text;
    final Map<String, Integer> counts;
    int[] starts = new int[256];
    int[] stops = new int[256];
    byte[] kinds = new byte[256];
    int size;

    Boundaries(CharSequence text) {
      this.text = text;
      // About one distinct word in ten chars of news; sized so that the map rarely grows.
      this.counts = new HashMap<>(Math.min(1 << 16, Math.max(16, text.length() / 5)));
    }

    @Override
    public void token(int start, int stop, TokenKind kind) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        stops = Arrays.copyOf(stops, size * 2);
        kinds = Arrays.copyOf(kinds, size * 2);
      }
      starts[size] = start;
      stops[size] = stop;
      kinds[size] = (byte) kind.ordinal();
      size++;
      if (kind == TokenKind.WORD && isArabicLetter(text.charAt(firstLetter(text, start, stop)))) {
        counts.merge(LexiconForm.of(text, start, stop), 1, Integer::sum);
      }
    }
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
   * TokenScanner.emit}). Far above any word, e-mail address or hashtag, and above nearly every URL.
   */
  public static final int MAX_TOKEN_CHARS = 1024;

  /** One pass: gives each token the scanner finds its forms and clitic analysis. */
  private final class Scan implements TokenScanner.Sink {
    private final CharSequence text;
    private final int end;
    private final List<Token> out = new ArrayList<>();
    /** When set, the pass only counts Arabic words (in {@link LexiconForm}) and emits nothing. */
    private Map<String, Integer> counts;

    Scan(CharSequence text, int end) {
      this.text = text;
      this.end = end;
    }

    List<Token> run(int start) {
      new TokenScanner(text, end, abbreviations, this).run(start);
      return out;
    }

    /** Gives the token its forms and analysis, or only counts it when counting. */
    @Override
    public void token(int start, int stop, TokenKind kind) {
      if (counts != null) {
        if (kind == TokenKind.WORD && isArabicLetter(text.charAt(firstLetter(text, start, stop)))) {
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
          kind == TokenKind.WORD && isArabicLetter(text.charAt(firstLetter(text, start, stop)))
              ? clitics.analyze(text, span)
              : CliticAnalysis.none(span);
      out.add(new Token(span, kind, norm, key, analysis));
    }
  }

  private static int firstLetter(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetter(text.charAt(k))) {
        return k;
      }
    }
    return from;
  }
}
