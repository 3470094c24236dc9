package org.khabar.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.TextChars;

/** Invariants of the splitter and the tokenizer over seeded generated news text. */
class SegmentPropertiesTest {

  private static final int RUNS = 400;

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final WordTokenizer tokenizer = new WordTokenizer(ArabicNormalizer.matching());

  @Test
  void sentencesAreSortedDisjointTrimmedAndCoverAllVisibleChars() {
    for (int run = 0; run < RUNS; run++) {
      long seed = 1000L + run;
      String text = NewsTextGenerator.news(new Random(seed), 5 + run % 80);
      try {
        checkSentences(text, splitter.split(text), CharSpan.of(0, text.length()));
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + " input \"" + NewsTextGenerator.escape(text) + "\": " + e, e);
      }
    }
  }

  @Test
  void sentencesRespectAnyRegion() {
    for (int run = 0; run < RUNS; run++) {
      long seed = 2000L + run;
      Random r = new Random(seed);
      String text = NewsTextGenerator.hostile(r, 5 + run % 60);
      CharSpan region = NewsTextGenerator.region(r, text);
      try {
        checkSentences(text, splitter.split(text, region), region);
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + " region " + region + " input \""
            + NewsTextGenerator.escape(text) + "\": " + e, e);
      }
    }
  }

  @Test
  void tokensAreSortedDisjointNonEmptyAndNestedInTheirSentence() {
    for (int run = 0; run < RUNS; run++) {
      long seed = 3000L + run;
      String text = NewsTextGenerator.news(new Random(seed), 5 + run % 80);
      try {
        for (Sentence s : splitter.split(text)) {
          checkTokens(text, tokenizer.tokenize(text, s.span()), s.span());
        }
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + " input \"" + NewsTextGenerator.escape(text) + "\": " + e, e);
      }
    }
  }

  @Test
  void neverThrowsOnHostileText() {
    for (int run = 0; run < RUNS; run++) {
      long seed = 4000L + run;
      String text = NewsTextGenerator.hostile(new Random(seed), 5 + run % 100);
      try {
        List<Sentence> sentences = splitter.split(text);
        checkSentences(text, sentences, CharSpan.of(0, text.length()));
        for (Sentence s : sentences) {
          checkTokens(text, tokenizer.tokenize(text, s.span()), s.span());
        }
        checkTokens(text, tokenizer.tokenize(text), CharSpan.of(0, text.length()));
        WordTokenizer document = tokenizer.forDocument(text);
        List<Token> perRegion = new ArrayList<>();
        for (Sentence s : sentences) {
          List<Token> tokens = document.tokenize(text, s.span());
          checkTokens(text, tokens, s.span());
          perRegion.addAll(tokens);
        }
        // One scan of the sentences gives what a document tokenizer gives sentence by sentence.
        assertEquals(perRegion, tokenizer.tokenizeDocument(text,
            sentences.stream().map(Sentence::span).toList()));
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + " input \"" + NewsTextGenerator.escape(text) + "\": " + e, e);
      }
    }
  }

  @Test
  void longLineWithoutPunctuationIsOneSentence() {
    StringBuilder sb = new StringBuilder(2_100_000);
    Random r = new Random(5);
    while (sb.length() < 2_000_000) {
      sb.append(r.nextBoolean() ? "والمستشار" : "وزير").append(' ');
    }
    String text = sb.toString();
    List<Sentence> sentences = splitter.split(text);
    assertEquals(1, sentences.size());
    List<Token> tokens = tokenizer.tokenize(text);
    assertTrue(tokens.size() > 100_000);
  }

  @Test
  void longRunsOfSeparatorsStayLinear() {
    // Runs that tempt look-ahead (e-mail local parts, dots, initialisms) must not go quadratic.
    String dots = "a.".repeat(200_000);
    String local = "a.b-c_".repeat(100_000) + "@";
    for (String text : List.of(dots, local, ".".repeat(500_000), "ب.".repeat(200_000))) {
      checkSentences(text, splitter.split(text), CharSpan.of(0, text.length()));
      checkTokens(text, tokenizer.tokenize(text), CharSpan.of(0, text.length()));
    }
  }

  private static void checkSentences(String text, List<Sentence> sentences, CharSpan region) {
    int previousEnd = region.start();
    for (Sentence s : sentences) {
      CharSpan span = s.span();
      assertTrue(region.contains(span), "sentence " + span + " outside region " + region);
      assertTrue(span.start() >= previousEnd, "sentence " + span + " overlaps or is unsorted");
      assertTrue(!span.isEmpty(), "empty sentence " + span);
      assertTrue(!TextChars.isBlank(text.charAt(span.start())), "untrimmed start " + span);
      assertTrue(!TextChars.isBlank(text.charAt(span.end() - 1)), "untrimmed end " + span);
      for (int i = previousEnd; i < span.start(); i++) {
        assertTrue(TextChars.isBlank(text.charAt(i)),
            String.format("char U+%04X at %d lies outside every sentence", (int) text.charAt(i), i));
      }
      previousEnd = span.end();
    }
    for (int i = previousEnd; i < region.end(); i++) {
      assertTrue(TextChars.isBlank(text.charAt(i)),
          String.format("char U+%04X at %d lies outside every sentence", (int) text.charAt(i), i));
    }
  }

  private static void checkTokens(String text, List<Token> tokens, CharSpan region) {
    int previousEnd = region.start();
    for (Token t : tokens) {
      CharSpan span = t.span();
      assertTrue(!span.isEmpty(), "empty token " + span);
      assertTrue(region.contains(span), "token " + span + " outside " + region);
      assertTrue(span.start() >= previousEnd, "token " + span + " overlaps or is unsorted");
      assertTrue(span.contains(t.clitics().stem()), "stem outside token " + span);
      assertTrue(!t.clitics().stem().isEmpty(), "empty stem in " + span);
      assertTrue(!(Character.isLowSurrogate(text.charAt(span.start()))
              && span.start() > 0 && Character.isHighSurrogate(text.charAt(span.start() - 1))),
          "token " + span + " starts inside a surrogate pair");
      assertTrue(!(Character.isHighSurrogate(text.charAt(span.end() - 1))
              && span.end() < region.end() && Character.isLowSurrogate(text.charAt(span.end()))),
          "token " + span + " ends inside a surrogate pair");
      previousEnd = span.end();
    }
  }
}
