package org.khabar.html;

import java.util.ArrayList;
import java.util.List;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.text.TextChars;

/**
 * Builds the extracted text one block at a time: each block's text with its whitespace folded to
 * single spaces, blocks apart by a line break, and each block's span recorded. Not thread-safe.
 */
final class PageText {

  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();

  /** Adds {@code raw} as a block of {@code kind}, unless it holds no letter or digit. */
  void add(CharSequence raw, BlockKind kind) {
    String folded = fold(raw);
    if (!hasWordChar(folded)) {
      return;
    }
    if (text.length() > 0) {
      text.append('\n');
    }
    int start = text.length();
    text.append(folded);
    blocks.add(new Block(kind, CharSpan.of(start, text.length())));
  }

  /** Whether a block of this text was added already (a headline repeated in the body). */
  boolean has(CharSequence raw, BlockKind kind) {
    String folded = fold(raw);
    for (Block b : blocks) {
      if (b.kind() == kind && b.span().textOf(text).equals(folded)) {
        return true;
      }
    }
    return false;
  }

  String text() {
    return text.toString();
  }

  List<Block> blocks() {
    return blocks;
  }

  /** {@code s} with every run of whitespace (and no-break spaces) one space, and no ends. */
  static String fold(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextChars.isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean hasWordChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
