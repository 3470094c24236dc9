package org.khabar.robustness;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.CharSpan;
import org.khabar.segment.CliticAnalyzer;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.structure.Structurer;
import org.khabar.text.ArabicNormalizer;

/**
 * A null argument to a public entry point is a caller mistake: it throws {@link
 * NullPointerException} naming the argument, either as the whole message ({@code
 * Objects.requireNonNull(x, "name")}, the house style) or quoted in the JDK's helpful message
 * ({@code ... because "name" is null}, which needs the class compiled with its local names, as
 * Maven does by default). Never an exception of another type, never a silent success.
 */
class NullArgumentTest {

  private static final String TEXT = "قال الوزير.";

  /**
   * Marks the checks that fail on the skeletons of the bench branch only; the lead enables them
   * once the real segmenters are merged (they must pass then).
   */

  private static void throwsNaming(String argument, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.equals(argument) || message.contains("\"" + argument + "\""),
        () -> "the exception should name '" + argument + "' but says: " + message);
  }

  @Test
  void khabarProcessRejectsNullSource() {
    throwsNaming("source", () -> Khabar.builder().build().process((ArticleSource) null));
  }

  @Test
  void khabarProcessRejectsNullText() {
    throwsNaming("text", () -> Khabar.builder().build().process((String) null));
  }

  @Test
  void builderRejectsNullNormalizer() {
    throwsNaming("normalizer", () -> Khabar.builder().normalizer(null));
  }

  @Test
  void builderRejectsNullRecognizer() {
    throwsNaming("recognizer", () -> Khabar.builder().addRecognizer(null));
  }

  @Test
  void articleSourceRejectsNullParts() {
    throwsNaming("id", () -> ArticleSource.of(null, TEXT));
    throwsNaming("text", () -> ArticleSource.of("id", null));
    throwsNaming("date", () -> ArticleSource.of("id", TEXT, null));
  }

  @Test
  void normalizerRejectsNullText() {
    throwsNaming("text", () -> ArabicNormalizer.matching().normalize(null));
    throwsNaming("text", () -> ArabicNormalizer.matching().normalizeToString(null));
  }

  @Test
  void sentenceSplitterRejectsNullText() {
    throwsNaming("text", () -> new SentenceSplitter().split(null));
  }

  @Test
  void sentenceSplitterRejectsNullTextInEmptyRegion() {
    throwsNaming("text", () -> new SentenceSplitter().split(null, CharSpan.of(0, 0)));
  }

  @Test
  void sentenceSplitterRejectsNullRegion() {
    throwsNaming("region", () -> new SentenceSplitter().split(TEXT, null));
  }

  @Test
  void tokenizerRejectsNullText() {
    WordTokenizer tokenizer = new WordTokenizer(ArabicNormalizer.matching());
    throwsNaming("text", () -> tokenizer.tokenize(null));
  }

  @Test
  void tokenizerRejectsNullTextInEmptyRegion() {
    WordTokenizer tokenizer = new WordTokenizer(ArabicNormalizer.matching());
    throwsNaming("text", () -> tokenizer.tokenize(null, CharSpan.of(0, 0)));
  }

  @Test
  void tokenizerRejectsNullRegion() {
    throwsNaming("region", () -> new WordTokenizer(ArabicNormalizer.matching()).tokenize(TEXT, null));
  }

  @Test
  void tokenizerRejectsNullNormalizer() {
    throwsNaming("normalizer", () -> new WordTokenizer(null));
  }

  @Test
  void cliticAnalyzerRejectsNullWord() {
    throwsNaming("word", () -> CliticAnalyzer.standard().analyze(null));
  }

  @Test
  void structurerRejectsNullText() {
    throwsNaming("text", () -> new Structurer().structure(null));
  }
}
