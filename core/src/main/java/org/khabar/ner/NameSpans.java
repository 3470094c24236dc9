package org.khabar.ner;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.ALEF_WASLA;
import static org.khabar.text.ArabicLetters.LAM;
import static org.khabar.text.ArabicLetters.TATWEEL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.text.TextChars;
import org.khabar.text.PresentationForms;

/**
 * Maps names found over whole tokens to spans of the original text: the span starts after the
 * conjunctions and prepositions attached to its first token ({@code لأوكرانيا} gives
 * {@code أوكرانيا}) but keeps a written article ({@code الكرملين}), and drops punctuation a coarse
 * tokenizer left at either end. Stateless and thread-safe.
 */
final class NameSpans {

  private NameSpans() {}

  /**
   * Where a name that begins with {@code token} begins in the original text: at the stem, or at
   * the written article before it, or after the first lam of {@code لل} (the preposition that
   * took the article's alef: {@code للاتحاد} gives {@code لاتحاد}). Harakat, tatweel and invisible
   * controls may sit between the article's letters and the stem ({@code الْولايات}, {@code
   * الـولايات}), and the letters may be presentation forms; when the article's lam and the stem's
   * first letter are one ligature ({@code ﺍﻻﺗﺤﺎﺩ}), the stem already starts at it.
   */
  static int nameStart(CharSequence text, Token token) {
    CliticAnalysis clitics = token.clitics();
    if (!clitics.hasProclitics()) {
      return token.span().start();
    }
    int stem = clitics.stem().start();
    if (!clitics.proclitics().contains(Proclitic.AL)) {
      return stem;
    }
    int from = token.span().start();
    int i = skipMarks(text, stem, from);
    if (i > from && letter(text.charAt(i - 1), false) == LAM) {
      i = skipMarks(text, i - 1, from);
    } else if (stem >= text.length() || letter(text.charAt(stem), true) != LAM) {
      return stem;
    }
    char alef = i > from ? letter(text.charAt(i - 1), false) : 0;
    if (alef == ALEF || alef == ALEF_WASLA) {
      return i - 1;
    }
    // لل: the preposition ل took the article's alef; the name keeps the article's lam
    // (ل|لاتحاد الأوروبي).
    return alef == LAM && clitics.proclitics().contains(Proclitic.LI) && i < stem ? i : stem;
  }

  /** The offset before the marks and tatweel that end at {@code end}, not before {@code from}. */
  private static int skipMarks(CharSequence text, int end, int from) {
    int i = end;
    while (i > from && isMark(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Harakat, tatweel, and invisible controls (joiners, direction marks). */
  private static boolean isMark(char c) {
    return c == TATWEEL || TextChars.isCombiningMark(c) || TextChars.isInvisible(c);
  }

  /**
   * The letter {@code c} shows: itself, or the first (or the last) letter of the presentation form
   * it is; 0 for a form of no letter.
   */
  private static char letter(char c, boolean first) {
    String letters = PresentationForms.expansion(c);
    if (letters == null) {
      return c;
    }
    for (int k = 0; k < letters.length(); k++) {
      char l = letters.charAt(first ? k : letters.length() - 1 - k);
      if (!isMark(l)) {
        return l;
      }
    }
    return 0;
  }

  /**
   * The span of a name over {@code tokens[from, to)}, or null when nothing but punctuation is
   * left.
   */
  static CharSpan of(CharSequence text, List<Token> tokens, int from, int to) {
    int start = nameStart(text, tokens.get(from));
    int end = tokens.get(to - 1).span().end();
    while (start < end && !isNameChar(text, start)) {
      start++;
    }
    int last = end;
    while (end > start && !isNameChar(text, end - 1)) {
      end--;
    }
    if (end < last && closes(text, start, end)) {
      end++; // الجوهرة "أف أم": the name's own quotation closes inside it
    }
    return start < end ? CharSpan.of(start, end) : null;
  }

  /** Whether the char at {@code end} closes a quotation that opens within {@code [start, end)}. */
  private static boolean closes(CharSequence text, int start, int end) {
    char close = text.charAt(end);
    char open = switch (close) {
      case '"' -> '"';
      case '\u00BB' -> '\u00AB';
      case '\u201D' -> '\u201C';
      default -> 0;
    };
    if (open == 0) {
      return false;
    }
    int opened = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == open && (close != '"' || opened == 0)) {
        opened++;
      } else if (c == close) {
        opened--;
      }
    }
    return opened > 0;
  }

  /** The conjunctions of {@link org.khabar.article.Proclitic}: و, ف. */
  static final String CONJUNCTION_LETTERS = "وف";

  /** The one-letter prepositions of {@link org.khabar.article.Proclitic}: ب, ل, ك. */
  static final String PREPOSITION_LETTERS = "بلك";

  /** The one-letter proclitics, which a name never ends with and may carry before it. */
  static final String PROCLITIC_LETTERS = CONJUNCTION_LETTERS + PREPOSITION_LETTERS;

  private static boolean isNameChar(CharSequence text, int i) {
    return TextChars.isWordChar(text.charAt(i));
  }

  /** The tokens of {@code text} that overlap {@code span}, in order. */
  static List<Token> tokensOverlapping(TokenizedText text, CharSpan span) {
    return overlapping(text.tokens(), Token::span, span);
  }

  /**
   * The items of {@code items}, sorted and not overlapping (tokens, merged names), that overlap
   * {@code span}, in order; found by binary search.
   */
  static <T> List<T> overlapping(List<T> items, Function<T, CharSpan> spanOf, CharSpan span) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) { // the first item that ends after the span starts
      int mid = (lo + hi) >>> 1;
      if (spanOf.apply(items.get(mid)).end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<T> out = new ArrayList<>();
    for (int i = lo; i < items.size() && spanOf.apply(items.get(i)).start() < span.end(); i++) {
      out.add(items.get(i));
    }
    return out;
  }

  /** The matching key of the part of {@code token} from {@code start}: its normalized form. */
  static String key(TokenizedText text, Token token, int start, NameKeys keys) {
    if (start <= token.span().start()) {
      return token.key();
    }
    return keys.normalize(text.text().subSequence(start, token.span().end()));
  }
}
