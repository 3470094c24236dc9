package org.khabar.corpus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;

/**
 * The word shingles of an article's body: every run of {@link #WIDTH} consecutive words and numbers
 * of its headline, subheadings, paragraphs and list items (never boilerplate, related links or
 * captions), by their matching forms ({@link Token#key()}: harakat, tatweel, alef and yeh variants
 * and the two digit systems fold together), each hashed to 64 bits. Immutable.
 *
 * @param hashes the shingles' hashes, in text order
 * @param headline how many of them begin in the headline
 */
record Shingles(long[] hashes, int headline) {

  /** Words per shingle. */
  static final int WIDTH = 5;

  private static final Set<BlockKind> BODY = EnumSet.of(BlockKind.HEADLINE, BlockKind.SUBHEADING,
      BlockKind.PARAGRAPH, BlockKind.LIST_ITEM);

  /** The shingles of {@code article}; an article of fewer than {@link #WIDTH} words has one. */
  static Shingles of(Article article) {
    long[] words = new long[article.tokens().size()];
    int n = 0;
    int headlineWords = 0;
    int t = 0;
    for (Block block : article.blocks()) {
      while (t < article.tokens().size()
          && article.tokens().get(t).span().start() < block.span().start()) {
        t++;
      }
      for (; t < article.tokens().size()
          && article.tokens().get(t).span().end() <= block.span().end(); t++) {
        Token token = article.tokens().get(t);
        if (BODY.contains(block.kind())
            && (token.kind() == TokenKind.WORD || token.kind() == TokenKind.NUMBER)) {
          words[n++] = Hashes.of(token.key());
          if (block.kind() == BlockKind.HEADLINE) {
            headlineWords++;
          }
        }
      }
    }
    if (n == 0) {
      return new Shingles(new long[0], 0);
    }
    int count = Math.max(1, n - WIDTH + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int j = i; j < Math.min(n, i + WIDTH); j++) {
        h = Hashes.mix(h * 31 + words[j]);
      }
      hashes[i] = h;
    }
    return new Shingles(hashes, Math.min(count, headlineWords));
  }

  /** The distinct hashes, sorted: the set {@link NearDuplicates} compares exactly. */
  long[] set() {
    long[] sorted = hashes.clone();
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[m++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, m);
  }
}
