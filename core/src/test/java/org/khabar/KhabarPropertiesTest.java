package org.khabar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.CharSpan;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.testing.NewsTextGenerator;

/** Invariants of the whole pipeline over seeded generated text and hand-picked hostile strings. */
class KhabarPropertiesTest {

  private static final int ROUNDS = 300;
  private final Khabar khabar = Khabar.defaults();

  @Test
  void newsTextYieldsAConsistentArticle() {
    for (long seed = 0; seed < ROUNDS; seed++) {
      Random random = new Random(seed);
      checkSeeded(seed, NewsTextGenerator.news(random, random.nextInt(400)));
    }
  }

  @Test
  void hostileTextYieldsAConsistentArticle() {
    for (long seed = 0; seed < ROUNDS; seed++) {
      Random random = new Random(1_000_000 + seed);
      checkSeeded(seed, NewsTextGenerator.hostile(random, random.nextInt(400)));
    }
  }

  @Test
  void edgeCaseStringsYieldAConsistentArticle() {
    String[] inputs = {
      "",
      " ",
      "\n\n\r\n\r",
      "\t \u00A0\u2028\u2029\u3000",
      "\uFEFF", // BOM alone
      "\u200F\u200E\u061C", // bidi marks alone
      "\uD800", // lone high surrogate
      "\uDC00نص\uD83D", // lone low and high surrogates around text
      "\u0000\u0001\u001F\u007F",
      "-",
      "- ",
      "«",
      ".",
      "..\n..",
      "\uD83D\uDE00\uD83D\uDE00", // a pair of emoji
      "ا".repeat(100_000),
      ".".repeat(10_000),
      "\n".repeat(10_000),
    };
    for (int i = 0; i < inputs.length; i++) {
      checkSeeded(-i, inputs[i]);
    }
  }

  private void checkSeeded(long seed, String text) {
    try {
      check(text, khabar.process(text));
    } catch (AssertionError | RuntimeException e) {
      fail("seed " + seed + ": " + NewsTextGenerator.escape(text), e);
    }
  }

  private static void check(String text, Article article) {
    List<Block> blocks = article.blocks();
    int at = 0;
    for (Block block : blocks) {
      for (int i = at; i < block.span().start(); i++) {
        assertTrue(Article.isBetweenBlocks(text.charAt(i)), "char outside every block at " + i);
      }
      at = block.span().end();
    }
    for (int i = at; i < text.length(); i++) {
      assertTrue(Article.isBetweenBlocks(text.charAt(i)), "char outside every block at " + i);
    }
    for (Sentence sentence : article.sentences()) {
      assertFalse(sentence.span().isEmpty(), "empty sentence");
      assertTrue(containedInOne(blocks.stream().map(Block::span).toList(), sentence.span()),
          "sentence " + sentence + " outside every block");
    }
    List<CharSpan> sentenceSpans = article.sentences().stream().map(Sentence::span).toList();
    for (Token token : article.tokens()) {
      assertFalse(token.span().isEmpty(), "empty token");
      assertTrue(containedInOne(sentenceSpans, token.span()),
          "token " + token + " outside every sentence");
    }
  }

  /** Whether a sorted, disjoint list holds a span containing {@code inner} (binary search). */
  private static boolean containedInOne(List<CharSpan> spans, CharSpan inner) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CharSpan s = spans.get(mid);
      if (s.end() <= inner.start()) {
        lo = mid + 1;
      } else if (s.start() > inner.start()) {
        hi = mid - 1;
      } else {
        return s.contains(inner);
      }
    }
    return false;
  }
}
