package org.khabar.segment;

import static org.khabar.segment.SegmentChars.isCloser;
import static org.khabar.segment.SegmentChars.isMark;
import static org.khabar.text.ArabicLetters.isArabicLetter;
import static org.khabar.text.TextChars.isBlank;
import static org.khabar.text.TextChars.isInvisible;
import static org.khabar.text.TextChars.isLineBreak;
import static org.khabar.text.TextChars.isSentenceTerminal;
import static org.khabar.text.TextChars.isWordSeparator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.khabar.article.CharSpan;
import org.khabar.article.Sentence;
import org.khabar.text.LanguageResources;

/**
 * Splits news text into sentences, in one linear pass over a region of the original text.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>Line breaks ({@code \n}, {@code \r\n}, a lone {@code \r}, U+2028, U+2029, U+0085) always
 *       end a sentence, except in {@link #splitParagraph}, where they read as spaces.
 *   <li>A run of terminal marks ({@code . ! ? ؟ … ۔} and runs such as {@code ?!}, {@code ...})
 *       ends a sentence when whitespace follows it. Closing quotes and brackets ({@code » ” " ' ) ]
 *       ›}) and invisible controls right after the run stay with the sentence.
 *   <li>A terminal mark with no whitespace after it does not end a sentence, which keeps decimals
 *       ({@code 3.5}), dates ({@code 11.12.2025}), URLs, e-mail addresses and initialisms ({@code
 *       ج.م.ع}) whole; except that {@code ؟ ! ?} directly followed by an Arabic letter, and a full
 *       stop between an Arabic word of two or more letters and an Arabic letter, do end it (a
 *       missing space is common in Arabic web text).
 *   <li>Exactly two dots ({@code ..}) followed by more text on the same line are the separator of
 *       Arabic headlines ({@code الضمانات الأمنية.. محور الدبلوماسية}) and never end a sentence.
 *       Three or more dots and {@code …} end a sentence like a full stop when whitespace follows.
 *   <li>A single full stop does not end a sentence after an abbreviation ({@code د.}, {@code Dr.},
 *       {@code U.S.}: the bundled {@code abbreviations.txt} plus any added), after a single Arabic
 *       letter, after a single capital Latin letter (an initial), nor after a number of at most
 *       three digits that opens the sentence (an enumerator: {@code 1. }).
 * </ul>
 *
 * <p>Guarantees: sentence spans are UTF-16 offsets into the text given, lie within the region,
 * are sorted, disjoint, non-empty, trimmed of whitespace and invisible controls (bidi marks,
 * zero-width chars, see {@code TextChars.isInvisible}), and cover every other char of the
 * region: a region without terminal punctuation is one sentence. Time is linear in the region's
 * length. Immutable and thread-safe.
 */
public final class SentenceSplitter {

  private final Abbreviations abbreviations;

  /** A splitter with the default rules and the bundled abbreviation list. */
  public SentenceSplitter() {
    this(Abbreviations.bundled());
  }

  private SentenceSplitter(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /**
   * A splitter that also knows {@code extra} abbreviations, each written with its final dot as it
   * appears in text ({@code "Gen."}, {@code "ق.م."}).
   *
   * @param extra more abbreviations, written with their dots
   * @return the splitter
   * @throws NullPointerException if {@code extra} or one of its entries is null
   * @throws IllegalArgumentException if an entry is blank
   */
  public static SentenceSplitter withAbbreviations(Collection<String> extra) {
    Objects.requireNonNull(extra, "extra");
    return new SentenceSplitter(Abbreviations.bundled().plus(extra));
  }

  /**
   * A splitter that also knows the abbreviations added to {@code segment/abbreviations.txt} in
   * {@code resources}.
   *
   * @param resources the word lists
   * @return the splitter
   */
  public static SentenceSplitter of(LanguageResources resources) {
    List<String> added = resources.added("segment/abbreviations.txt");
    return added.isEmpty() ? new SentenceSplitter() : withAbbreviations(added);
  }

  /**
   * The sentences of {@code text} that lie within {@code region}, sorted and disjoint.
   *
   * @param text the text
   * @param region the region to split
   * @return the sentences, with spans into {@code text}
   * @throws IndexOutOfBoundsException if the region exceeds the text
   */
  public List<Sentence> split(CharSequence text, CharSpan region) {
    return split(text, region, true);
  }

  /**
   * The sentences of the paragraph {@code region} of {@code text}, sorted and disjoint: as {@link
   * #split(CharSequence, CharSpan)}, except that a line break inside the region reads as a space
   * and ends no sentence. The pipeline splits each block so, since a block is a paragraph whose
   * lines may have been wrapped ({@code Structurer} joins them).
   *
   * @param text the text
   * @param region the paragraph to split
   * @return the sentences, with spans into {@code text}
   * @throws IndexOutOfBoundsException if the region exceeds the text
   */
  public List<Sentence> splitParagraph(CharSequence text, CharSpan region) {
    return split(text, region, false);
  }

  private List<Sentence> split(CharSequence text, CharSpan region, boolean lineBreaksEnd) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(region, "region");
    if (region.end() > text.length()) {
      throw new IndexOutOfBoundsException(
          "region " + region + " exceeds text of length " + text.length());
    }
    List<Sentence> out = new ArrayList<>();
    int end = region.end();
    int start = -1; // first visible char of the open sentence, or -1
    int contentEnd = -1; // offset after its last visible char
    int i = region.start();
    while (i < end) {
      char c = text.charAt(i);
      if (lineBreaksEnd && isLineBreak(c)) {
        if (start >= 0) {
          out.add(new Sentence(CharSpan.of(start, contentEnd)));
          start = -1;
        }
        i++;
        continue;
      }
      if (isBlank(c)) {
        i++;
        continue;
      }
      if (start < 0) {
        start = i;
      }
      if (!isSentenceTerminal(c)) {
        contentEnd = i + 1;
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < end && isSentenceTerminal(text.charAt(runEnd))) {
        runEnd++;
      }
      int after = runEnd; // past closers and invisible controls
      contentEnd = runEnd;
      while (after < end) {
        char d = text.charAt(after);
        if (isCloser(d)) {
          contentEnd = after + 1;
        } else if (!isInvisible(d)) {
          break;
        }
        after++;
      }
      if (endsSentence(text, start, i, runEnd, contentEnd, after, end, lineBreaksEnd)) {
        out.add(new Sentence(CharSpan.of(start, contentEnd)));
        start = -1;
      }
      i = after;
    }
    if (start >= 0) {
      out.add(new Sentence(CharSpan.of(start, contentEnd)));
    }
    return out;
  }

  /**
   * The sentences of the whole of {@code text}.
   *
   * @param text the text
   * @return the sentences
   */
  public List<Sentence> split(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return split(text, CharSpan.of(0, text.length()));
  }

  /**
   * Whether the terminal run {@code [runStart, runEnd)}, whose closers end at {@code contentEnd}
   * and whose trailing invisible controls end at {@code after}, ends the sentence begun at {@code
   * sentenceStart}.
   */
  private boolean endsSentence(
      CharSequence text,
      int sentenceStart,
      int runStart,
      int runEnd,
      int contentEnd,
      int after,
      int end,
      boolean lineBreaksEnd) {
    if (after >= end) {
      return true;
    }
    char next = text.charAt(after);
    if (lineBreaksEnd && isLineBreak(next)) {
      return true;
    }
    int runLength = runEnd - runStart;
    boolean singleDot = runLength == 1 && text.charAt(runStart) == '.';
    if (!isWordSeparator(next)) {
      // No whitespace: decimals, dates, URLs, initialisms; only sloppy Arabic spacing splits here.
      if (!isArabicLetter(next) || contentEnd != runEnd) {
        return false;
      }
      if (!onlyDots(text, runStart, runEnd)) {
        return true;
      }
      if (!singleDot) {
        return false;
      }
      int wordStart = wordStart(text, sentenceStart, runStart);
      int letters = 0;
      for (int k = wordStart; k < runStart; k++) {
        char w = text.charAt(k);
        if (isArabicLetter(w)) {
          letters++;
        } else if (!isMark(w) && !isInvisible(w)) {
          return false;
        }
      }
      return letters >= 2 && !isAbbreviation(text, wordStart, runStart, runEnd);
    }
    // Whitespace follows. Is there more text on this line?
    int k = after;
    while (k < end && isBlank(text.charAt(k))
        && !(lineBreaksEnd && isLineBreak(text.charAt(k)))) {
      k++;
    }
    if (k >= end || (lineBreaksEnd && isLineBreak(text.charAt(k)))) {
      return true;
    }
    if (runLength == 2 && onlyDots(text, runStart, runEnd)) {
      return false; // the headline separator ".."
    }
    if (!singleDot) {
      return true;
    }
    int wordStart = wordStart(text, sentenceStart, runStart);
    if (wordStart == runStart) {
      return true;
    }
    if (isAbbreviation(text, wordStart, runStart, runEnd)) {
      return false;
    }
    int letters = 0;
    int digits = 0;
    boolean upperLatin = false;
    for (int j = wordStart; j < runStart; j++) {
      char w = text.charAt(j);
      if (Character.isDigit(w)) {
        digits++;
      } else if (Character.isLetter(w)) {
        letters++;
        upperLatin = w < 0x250 && Character.isUpperCase(w);
      } else if (!isMark(w) && !isInvisible(w)) {
        return true; // other chars: not a single letter, not an enumerator
      }
    }
    if (letters == 1 && digits == 0) {
      boolean arabic = isArabicLetter(firstLetter(text, wordStart, runStart));
      return !(arabic || upperLatin);
    }
    if (letters == 0 && digits > 0 && digits <= 3 && wordStart == sentenceStart) {
      return false; // an enumerator opening a list item: "1. "
    }
    return true;
  }

  /** Start of the word that ends at {@code dot}: back to a blank, an opener, or the sentence start. */
  private int wordStart(CharSequence text, int sentenceStart, int dot) {
    int limit = Math.max(sentenceStart, dot - (2 * abbreviations.maxLength() + 8));
    int k = dot;
    while (k > limit) {
      char c = text.charAt(k - 1);
      if (isWordSeparator(c)
          || c == '(' || c == '[' || c == '\u00AB' || c == '"' || c == '\u201C') {
        break;
      }
      k--;
    }
    return k;
  }

  private boolean isAbbreviation(CharSequence text, int wordStart, int dot, int runEnd) {
    return abbreviations.contains(text, wordStart, runEnd)
        || abbreviations.contains(text, wordStart, dot);
  }

  private static char firstLetter(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetter(text.charAt(k))) {
        return text.charAt(k);
      }
    }
    return ' ';
  }

  private static boolean onlyDots(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != '.') {
        return false;
      }
    }
    return true;
  }
}
