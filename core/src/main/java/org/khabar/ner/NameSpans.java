package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;

/**
 * Maps names found over whole tokens to spans of the original text: the span starts after the
 * conjunctions and prepositions attached to its first token ({@code لأوكرانيا} gives
 * {@code أوكرانيا}) but keeps a written article ({@code الكرملين}), and drops punctuation a coarse
 * tokenizer left at either end. Stateless and thread-safe.
 */
final class NameSpans {

  // Kept here until the normalizer task's ArabicLetters lands; see the task report.
  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';

  private NameSpans() {}

  /** Where a name that begins with {@code token} begins in the original text. */
  static int nameStart(CharSequence text, Token token) {
    CliticAnalysis clitics = token.clitics();
    if (!clitics.hasProclitics()) {
      return token.span().start();
    }
    int stem = clitics.stem().start();
    if (clitics.proclitics().contains(Proclitic.AL)
        && stem - 2 >= token.span().start()
        && text.charAt(stem - 2) == ALEF
        && text.charAt(stem - 1) == LAM) {
      return stem - 2;
    }
    return stem;
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
    while (end > start && !isNameChar(text, end - 1)) {
      end--;
    }
    return start < end ? CharSpan.of(start, end) : null;
  }

  private static boolean isNameChar(CharSequence text, int i) {
    char c = text.charAt(i);
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The tokens of {@code text} that overlap {@code span}, in order. */
  static List<Token> tokensOverlapping(TokenizedText text, CharSpan span) {
    List<Token> tokens = text.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Token> out = new ArrayList<>();
    for (int i = lo; i < tokens.size() && tokens.get(i).span().start() < span.end(); i++) {
      out.add(tokens.get(i));
    }
    return out;
  }

  /** The matching key of the part of {@code token} from {@code start}: its normalized form. */
  static String key(TokenizedText text, Token token, int start, NameKeys keys) {
    if (start <= token.span().start()) {
      return token.norm();
    }
    return keys.normalize(text.text().subSequence(start, token.span().end()));
  }
}
