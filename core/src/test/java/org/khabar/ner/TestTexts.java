package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Entity;
import org.khabar.article.Proclitic;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;
import org.khabar.text.ArabicNormalizer;

/**
 * Builds tokenized texts by hand: lines are sentences, whitespace separates tokens, and {@code +}
 * marks a proclitic boundary inside a token ({@code ل+أوكرانيا}, {@code و+ال+مستشار}); the marks
 * are removed from the text.
 */
final class TestTexts {

  private TestTexts() {}

  /**
   * The entities {@code khabar} finds in {@code text}, each as {@code TYPE:text}; fails unless each
   * entity's text is its span's text.
   */
  static List<String> typedNames(Khabar khabar, String text) {
    Article article = khabar.process(text);
    for (Entity e : article.entities()) {
      assertEquals(e.text(), e.span().textOf(text), "an entity's text is its span's text");
    }
    return article.entities().stream().map(e -> e.type().name() + ":" + e.text()).toList();
  }

  static TokenizedText of(String marked) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    ArabicNormalizer normalizer = ArabicNormalizer.matching();
    String[] lines = marked.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) {
        text.append('\n');
      }
      int sentenceStart = text.length();
      String[] words = lines[l].strip().split("\\s+");
      for (int w = 0; w < words.length; w++) {
        if (words[w].isEmpty()) {
          continue;
        }
        if (w > 0) {
          text.append(' ');
        }
        String[] parts = words[w].split("\\+");
        int start = text.length();
        List<Proclitic> proclitics = new ArrayList<>();
        for (int p = 0; p < parts.length - 1; p++) {
          proclitics.add(proclitic(parts[p]));
        }
        int stemStart =
            start + String.join("", List.of(parts).subList(0, parts.length - 1)).length();
        String surface = String.join("", parts);
        text.append(surface);
        CharSpan span = CharSpan.of(start, text.length());
        TokenKind kind =
            Character.isLetterOrDigit(surface.charAt(0)) ? TokenKind.WORD : TokenKind.PUNCTUATION;
        tokens.add(
            new Token(
                span,
                kind,
                normalizer.normalizeToString(surface),
                new CliticAnalysis(proclitics, CharSpan.of(stemStart, span.end()))));
      }
      if (text.length() > sentenceStart) {
        sentences.add(new Sentence(CharSpan.of(sentenceStart, text.length())));
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Sentence s : sentences) {
      blocks.add(new Block(BlockKind.PARAGRAPH, s.span()));
    }
    return new TokenizedText(text.toString(), blocks, sentences, tokens);
  }

  private static Proclitic proclitic(String form) {
    for (Proclitic p : Proclitic.values()) {
      if (p.form().equals(form)) {
        return p;
      }
    }
    throw new IllegalArgumentException("not a proclitic: " + form);
  }
}
