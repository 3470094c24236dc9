package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextCharsTest {

  private static String hex(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  @Test
  void bidiControlsAreExactlyTheUnicodeProperty() {
    for (int c = 0; c < 0x10000; c++) {
      assertEquals(UCharacter.hasBinaryProperty(c, UProperty.BIDI_CONTROL),
          TextChars.isBidiControl((char) c), hex(c));
    }
  }

  @Test
  void spacesLineBreaksAndControlsAreDisjoint() {
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      int kinds = (TextChars.isHorizontalSpace(c) ? 1 : 0)
          + (TextChars.isLineBreak(c) ? 1 : 0)
          + (TextChars.isInvisibleControl(c) ? 1 : 0)
          + (TextChars.isJoinerControl(c) ? 1 : 0);
      assertTrue(kinds <= 1, hex(c));
      if (TextChars.isHorizontalSpace(c)) {
        assertTrue(UCharacter.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F',
            hex(c));
      }
    }
  }

  @Test
  void aSpaceIsAHorizontalSpaceALineBreakOrAnInformationSeparator() {
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      boolean separator = c >= '\u001C' && c <= '\u001F';
      assertEquals(TextChars.isHorizontalSpace(c) || TextChars.isLineBreak(c) || separator,
          TextChars.isSpace(c), hex(c));
      assertFalse(TextChars.isSpace(c) && TextChars.isInvisible(c), hex(c));
    }
  }

  @Test
  void wordSeparatorsAddZeroWidthSpaceAndTheByteOrderMarkToSpaces() {
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      boolean zeroWidth = c == ArabicLetters.ZERO_WIDTH_SPACE
          || c == ArabicLetters.ZERO_WIDTH_NO_BREAK_SPACE;
      assertEquals(TextChars.isSpace(c) || zeroWidth, TextChars.isWordSeparator(c), hex(c));
      assertEquals(TextChars.isWordSeparator(c) || TextChars.isInvisible(c),
          TextChars.isBlank(c), hex(c));
    }
  }

  @Test
  void invisibleCharsAreFormatControlsAndNeverLetters() {
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      if (TextChars.isInvisible(c)) {
        assertEquals(Character.FORMAT, Character.getType(c), hex(c));
        assertFalse(TextChars.isWordChar(c), hex(c));
      }
    }
    assertTrue(TextChars.isInvisible(ArabicLetters.ZERO_WIDTH_NON_JOINER));
    assertTrue(TextChars.isInvisible('\u2062'));
    assertFalse(TextChars.isInvisible(' '));
  }

  @Test
  void wordCharsAreLettersDigitsAndCombiningMarks() {
    assertTrue(TextChars.isWordChar(ArabicLetters.ALEF));
    assertTrue(TextChars.isWordChar(ArabicLetters.FATHA));
    assertTrue(TextChars.isWordChar('\u0667'));
    assertTrue(TextChars.isWordChar('\u20DD'));
    assertTrue(TextChars.isWordChar(ArabicLetters.TATWEEL), "tatweel stretches a word");
    assertFalse(TextChars.isWordChar(ArabicLetters.ARABIC_COMMA));
    assertFalse(TextChars.isWordChar('-'));
    for (int i = 0; i < 0x10000; i++) {
      if (TextChars.isCombiningMark(i)) {
        assertTrue(UCharacter.hasBinaryProperty(i, UProperty.GRAPHEME_EXTEND)
            || Character.getType(i) == Character.COMBINING_SPACING_MARK, hex(i));
      }
    }
  }

  @Test
  void sentenceTerminalsArePunctuationThatNeverStandsInAWord() {
    String terminals = ".!?\u061F\u06D4\u2026\u203C\u2047\u2048\u2049";
    for (int i = 0; i < 0x10000; i++) {
      char c = (char) i;
      assertEquals(terminals.indexOf(c) >= 0, TextChars.isSentenceTerminal(c), hex(c));
      if (TextChars.isSentenceTerminal(c)) {
        assertFalse(TextChars.isWordChar(c) || TextChars.isBlank(c), hex(c));
      }
    }
  }
}
