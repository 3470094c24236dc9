package org.khabar.segment;

import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;

/**
 * Splits an Arabic word into its proclitics (و ف ب ل ك and the article ال) and its stem.
 *
 * <p>SKELETON: never splits. Immutable and thread-safe.
 */
public final class CliticAnalyzer {

  private static final CliticAnalyzer STANDARD = new CliticAnalyzer();

  private CliticAnalyzer() {}

  /** The analyzer with the bundled lexicon, loaded once. */
  public static CliticAnalyzer standard() {
    return STANDARD;
  }

  /** The analysis of the word at {@code token} in {@code text}; the stem lies within the token. */
  public CliticAnalysis analyze(CharSequence text, CharSpan token) {
    return CliticAnalysis.none(token);
  }

  /** The analysis of a whole word; offsets are relative to {@code word}. */
  public CliticAnalysis analyze(CharSequence word) {
    return analyze(word, CharSpan.of(0, word.length()));
  }
}
