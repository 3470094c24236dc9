package org.khabar.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.Alignment;
import org.khabar.text.TextChars;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.NormalizedText;

/**
 * The invariants every component's output must keep on any input, shared by the fuzz targets and
 * the adversarial tests. Each check fails with the escaped input so that a finding is readable.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * A normalization of {@code text}: lengths fit, every normalized char maps to a non-empty
   * original range in bounds, ranges ascend (both ends monotone), the string-only form agrees, and
   * normalizing again changes nothing.
   */
  static void checkNormalization(ArabicNormalizer normalizer, String text, NormalizedText n) {
    assertEquals(text, n.original(), () -> "original kept for " + escape(text));
    Alignment a = n.alignment();
    assertEquals(text.length(), a.originalLength(), () -> "original length for " + escape(text));
    assertEquals(n.normalized().length(), a.normalizedLength(), () -> "length for " + escape(text));
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i < n.normalized().length(); i++) {
      CharSpan range = a.originalOf(i);
      if (range.isEmpty() || range.end() > text.length()) {
        fail("char " + i + " maps to " + range + " for " + escape(text));
      }
      boolean sameExpansion = range.start() == previousStart && range.end() == previousEnd;
      if (i > 0 && !sameExpansion && range.start() < previousEnd) {
        fail("alignment ranges neither identical nor ascending at " + i + ": " + range
            + " after [" + previousStart + ", " + previousEnd + ") for " + escape(text));
      }
      previousStart = range.start();
      previousEnd = range.end();
    }
    CharSpan whole = n.toOriginal(CharSpan.of(0, n.normalized().length()));
    assertTrue(whole.end() <= text.length(), () -> "whole maps out of bounds for " + escape(text));
    CharSpan back = n.toNormalized(CharSpan.of(0, text.length()));
    assertTrue(back.end() <= n.normalized().length(), () -> "back out of bounds: " + escape(text));
    assertEquals(n.normalized(), normalizer.normalizeToString(text),
        () -> "normalizeToString disagrees with normalize for " + escape(text));
    assertEquals(n.normalized(), normalizer.normalizeToString(n.normalized()),
        () -> "not idempotent for " + escape(text));
  }

  /** Blocks of {@code text}: sorted, disjoint, non-empty, in bounds, and nothing lost between. */
  static void checkBlocks(String text, List<Block> blocks) {
    checkSortedDisjointNonEmpty(text, "block", blocks, Block::span);
    int at = 0;
    for (Block block : blocks) {
      assertNotNull(block.kind());
      checkOnlyBetweenBlocks(text, at, block.span().start());
      at = block.span().end();
    }
    checkOnlyBetweenBlocks(text, at, text.length());
  }

  /**
   * Sentences of {@code region}: sorted, disjoint, non-empty, inside the region, and covering every
   * char of it that is neither whitespace nor an invisible control (a sentence splitter loses no
   * text). Invisible controls may stay outside sentences because the splitter documents that its
   * spans are trimmed of them; they still lie inside a block, which {@link #checkBlocks} checks.
   */
  static void checkSentences(String text, CharSpan region, List<Sentence> sentences) {
    checkSortedDisjointNonEmpty(text, "sentence", sentences, Sentence::span);
    int at = region.start();
    for (Sentence s : sentences) {
      if (!region.contains(s.span())) {
        fail("sentence " + s.span() + " outside its region " + region + " in " + escape(text));
      }
      checkOnlyBlankOrInvisible(text, at, s.span().start());
      at = s.span().end();
    }
    checkOnlyBlankOrInvisible(text, at, region.end());
  }

  /**
   * A whole article of {@code text} (its constructor has already checked sorting, bounds and that
   * nothing is lost between blocks): same text, sentences inside blocks and covering their text,
   * tokens inside sentences with a norm and a clitic stem inside the token, entities inside text;
   * an {@link BlockKind#UNANALYSED} block only last, with nothing in it.
   */
  public static void checkArticle(String text, Article article) {
    assertEquals(text, article.text(), "the article keeps the exact original text");
    checkBlocks(text, article.blocks());
    for (Block block : article.blocks()) {
      if (block.kind() == BlockKind.UNANALYSED) {
        // The rest past the pipeline's maxChars: kept, not analysed. Only ever the last block.
        assertEquals(block, article.blocks().get(article.blocks().size() - 1), "last block");
        assertTrue(article.sentencesIn(block.span()).isEmpty(), "nothing analysed in it");
        continue;
      }
      checkSentences(text, block.span(), article.sentencesIn(block.span()));
    }
    int inBlocks = 0;
    for (Block block : article.blocks()) {
      inBlocks += article.sentencesIn(block.span()).size();
    }
    assertEquals(article.sentences().size(), inBlocks,
        () -> "a sentence lies across or outside blocks in " + escape(text));
    checkSortedDisjointNonEmpty(text, "token", article.tokens(), Token::span);
    int inSentences = 0;
    for (Sentence sentence : article.sentences()) {
      inSentences += article.tokensIn(sentence.span()).size();
    }
    assertEquals(article.tokens().size(), inSentences,
        () -> "a token lies across or outside sentences in " + escape(text));
    for (Token token : article.tokens()) {
      assertNotNull(token.kind(), "token kind");
      assertNotNull(token.norm(), "token norm");
      if (!token.span().contains(token.clitics().stem())) {
        fail("stem " + token.clitics().stem() + " outside token " + token.span() + " in "
            + escape(text));
      }
    }
    for (Entity entity : article.entities()) {
      assertTrue(!entity.span().isEmpty() && entity.span().end() <= text.length(),
          () -> "entity " + entity.span() + " in " + escape(text));
    }
  }

  private static <T> void checkSortedDisjointNonEmpty(
      String text, String what, List<T> items, Function<T, CharSpan> spanOf) {
    int previousEnd = 0;
    for (int i = 0; i < items.size(); i++) {
      CharSpan span = spanOf.apply(items.get(i));
      if (span.isEmpty() || span.start() < previousEnd || span.end() > text.length()) {
        fail(what + " " + i + " " + span + " empty, out of order or out of bounds (previous end "
            + previousEnd + ", length " + text.length() + ") in " + escape(text));
      }
      previousEnd = span.end();
    }
  }

  private static void checkOnlyBetweenBlocks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Article.isBetweenBlocks(text.charAt(i))) {
        fail(String.format(Locale.ROOT,
            "char U+%04X at %d is lost (outside every span) in %s",
            (int) text.charAt(i), i, escape(text)));
      }
    }
  }

  private static void checkOnlyBlankOrInvisible(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Article.isBetweenBlocks(c) && !isInvisible(c)) {
        fail(String.format(Locale.ROOT,
            "char U+%04X at %d is outside every sentence in %s", (int) c, i, escape(text)));
      }
    }
  }

  /**
   * The invisible controls a sentence may be trimmed of, as SentenceSplitter documents: bidi and
   * zero-width controls, soft hyphen, the joiners, and the invisible math operators U+2061–U+2064.
   */
  static boolean isInvisible(char c) {
    return TextChars.isInvisibleControl(c)
        || TextChars.isJoinerControl(c)
        || (c >= '\u2061' && c <= '\u2064');
  }

  /** The input, escaped and cut to a readable length for a failure message. */
  static String escape(String text) {
    String shown = text.length() > 2000 ? text.substring(0, 2000) : text;
    return NewsTextGenerator.escape(shown)
        + (shown.length() < text.length() ? "... (" + text.length() + " chars)" : "");
  }
}
