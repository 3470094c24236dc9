package org.khabar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {

  // "قال الوزير. ثم غادر" : two sentences, four tokens and a full stop.
  private static final String TEXT = "قال الوزير. ثم غادر";

  private static TokenizedText text() {
    List<Token> tokens = new ArrayList<>();
    for (int[] s : new int[][] {{0, 3}, {4, 10}, {10, 11}, {12, 14}, {15, 19}}) {
      CharSpan span = CharSpan.of(s[0], s[1]);
      tokens.add(new Token(span, TokenKind.WORD, span.textOf(TEXT), CliticAnalysis.none(span)));
    }
    return new TokenizedText(TEXT, List.of(new Block(BlockKind.PARAGRAPH, CharSpan.of(0, 19))),
        List.of(new Sentence(CharSpan.of(0, 11)), new Sentence(CharSpan.of(12, 19))), tokens);
  }

  @Test
  void findsTheTokenAndSentenceHoldingAnOffset() {
    TokenizedText text = text();
    for (int offset = 0; offset < TEXT.length(); offset++) {
      Optional<Token> expected = Optional.empty();
      for (Token token : text.tokens()) {
        if (token.span().contains(offset)) {
          expected = Optional.of(token);
        }
      }
      assertEquals(expected, text.tokenAt(offset), "offset " + offset);
    }
    assertEquals(Optional.of(text.sentences().get(0)), text.sentenceAt(10));
    assertEquals(Optional.empty(), text.sentenceAt(11));
    assertEquals(Optional.of(text.sentences().get(1)), text.sentenceAt(12));
    assertEquals(Optional.empty(), text.tokenAt(3));
    assertEquals(Optional.empty(), text.tokenAt(-1));
    assertEquals(Optional.empty(), text.tokenAt(TEXT.length()));
  }
}
