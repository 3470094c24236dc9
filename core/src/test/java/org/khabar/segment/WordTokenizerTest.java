package org.khabar.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.text.ArabicNormalizer;

class WordTokenizerTest {

  private final WordTokenizer tokenizer = new WordTokenizer(ArabicNormalizer.matching());

  private List<String> texts(String text) {
    return tokenizer.tokenize(text).stream()
        .map(t -> t.span().textOf(text))
        .collect(Collectors.toList());
  }

  private List<TokenKind> kinds(String text) {
    return tokenizer.tokenize(text).stream().map(Token::kind).collect(Collectors.toList());
  }

  @Test
  void splitsOnWhitespace() {
    assertEquals(List.of("قال", "الوزير", "اليوم"), texts("قال  الوزير\u00A0اليوم")); // NO-BREAK SPACE
  }

  @Test
  void splitsOffArabicPunctuation() {
    assertEquals(List.of("«", "نعم", "»", "،", "قال", "؛", "لماذا", "؟"), texts("«نعم»، قال؛ لماذا؟"));
    assertEquals(TokenKind.PUNCTUATION, kinds("نعم،").get(1));
  }

  @Test
  void splitsOffLatinPunctuation() {
    assertEquals(List.of("(", "yes", ")", ",", "no", ":", "maybe", "."), texts("(yes), no: maybe."));
  }

  @Test
  void keepsPunctuationRunsTogether() {
    assertEquals(List.of("حقا", "؟!", "ربما", "...", "لا", ".."), texts("حقا؟! ربما... لا.."));
  }

  @Test
  void keepsNumbersWithSeparatorsWhole() {
    assertEquals(
        List.of("1,000", "3.5", "٣٫٥", "٢٠٢٥", "11/12/2025", "10:30"),
        texts("1,000 3.5 ٣٫٥ ٢٠٢٥ 11/12/2025 10:30"));
    assertTrue(kinds("1,000 ٣٫٥").stream().allMatch(k -> k == TokenKind.NUMBER));
  }

  @Test
  void numberDoesNotSwallowTrailingPunctuation() {
    assertEquals(List.of("عام", "2025", "."), texts("عام 2025."));
    assertEquals(List.of("1,000", ","), texts("1,000,"));
  }

  @Test
  void percentSignIsItsOwnSymbolToken() {
    assertEquals(List.of("20", "%"), texts("20%"));
    assertEquals(List.of(TokenKind.NUMBER, TokenKind.SYMBOL), kinds("٢٠٪"));
  }

  @Test
  void keepsLatinWordsWithInnerHyphenAndApostropheWhole() {
    assertEquals(List.of("e-mail", "COVID-19", "O'Neill", "G20"), texts("e-mail COVID-19 O'Neill G20"));
  }

  @Test
  void splitsArabicFromDigitsAndLatin() {
    assertEquals(List.of("ب", "20", "iPhone", "جديد"), texts("ب20 iPhoneجديد"));
  }

  @Test
  void keepsInitialismsWhole() {
    assertEquals(List.of("U.S.", "envoy", "ج.م.ع", "ق.م"), texts("U.S. envoy ج.م.ع ق.م"));
  }

  @Test
  void keepsUrlsWhole() {
    String text = "راجع https://example.com/a/b?x=1. ثم www.news.org/ar";
    assertEquals(List.of("راجع", "https://example.com/a/b?x=1", ".", "ثم", "www.news.org/ar"), texts(text));
    assertEquals(TokenKind.URL, kinds(text).get(1));
  }

  @Test
  void keepsEmailsWhole() {
    String text = "راسلوا info@example.org.";
    assertEquals(List.of("راسلوا", "info@example.org", "."), texts(text));
    assertEquals(TokenKind.EMAIL, kinds(text).get(1));
  }

  @Test
  void keepsHashtagsAndMentionsWhole() {
    String text = "#أوكرانيا @khabar_news";
    assertEquals(List.of("#أوكرانيا", "@khabar_news"), texts(text));
    assertEquals(List.of(TokenKind.HASHTAG, TokenKind.MENTION), kinds(text));
  }

  @Test
  void keepsHarakatAndTatweelInsideWord() {
    // U+064E FATHA, U+0651 SHADDA, U+0640 TATWEEL
    String word = "مُحَمّـد";
    assertEquals(List.of(word), texts(word + "."  ).subList(0, 1));
    assertEquals(List.of("قال", "\u0645\u064E\u062D\u0651\u0640\u062F"), texts("قال \u0645\u064E\u062D\u0651\u0640\u062F"));
  }

  @Test
  void keepsZeroWidthJoinersInsideWord() {
    // U+200C ZERO WIDTH NON-JOINER between two Arabic letters
    assertEquals(List.of("\u0645\u06CC\u200C\u0634\u0648\u062F"), texts("\u0645\u06CC\u200C\u0634\u0648\u062F"));
  }

  @Test
  void skipsBidiMarksBetweenWords() {
    // U+200F RIGHT-TO-LEFT MARK, U+202B RIGHT-TO-LEFT EMBEDDING, U+202C POP DIRECTIONAL FORMATTING
    assertEquals(List.of("قال", "الوزير", "."), texts("\u202Bقال\u200F \u200Fالوزير\u202C."));
  }

  @Test
  void symbolsAreTokensAndSurrogatePairsStayWhole() {
    String text = "خبر 😀 €";
    assertEquals(List.of("خبر", "😀", "€"), texts(text));
    assertEquals(List.of(TokenKind.WORD, TokenKind.SYMBOL, TokenKind.SYMBOL), kinds(text));
  }

  @Test
  void skipsUnpairedSurrogatesAndControls() {
    assertEquals(List.of("أ", "ب"), texts("أ\uD800\u0000ب\uDC00"));
  }

  @Test
  void carriesNormalizedForm() {
    String text = "الوزير";
    Token t = tokenizer.tokenize(text).get(0);
    assertEquals(ArabicNormalizer.matching().normalizeToString(text), t.norm());
  }

  @Test
  void carriesCliticAnalysis() {
    String text = "قال والمستشار";
    Token t = tokenizer.tokenize(text).get(1);
    assertEquals(List.of(Proclitic.WA, Proclitic.AL), t.clitics().proclitics());
    assertEquals("مستشار", t.clitics().stem().textOf(text));
  }

  @Test
  void documentTokenizerWeighsTheDocumentsOwnWords() {
    // An unknown name starting with waw splits by default, stays whole once the document repeats
    // it; the made-up name is not in the lexicon.
    String text = "التقى ويتسلاف بالوزير. وقال ويتسلاف إن ويتسلاف سيعود.";
    int at = text.indexOf("ويتسلاف");
    CharSpan name = CharSpan.of(at, at + "ويتسلاف".length());
    Token plain = tokenizer.tokenize(text, name).get(0);
    Token adapted = tokenizer.forDocument(text).tokenize(text, name).get(0);
    assertEquals(List.of(Proclitic.WA), plain.clitics().proclitics());
    assertEquals(List.of(), adapted.clitics().proclitics());
  }

  @Test
  void oneScanOfADocumentsRegionsWeighsItsOwnWordsToo() {
    String text = "التقى ويتسلاف بالوزير. وقال ويتسلاف إن ويتسلاف سيعود.";
    int cut = text.indexOf("وقال");
    List<CharSpan> sentences = List.of(CharSpan.of(0, cut - 1), CharSpan.of(cut, text.length()));
    List<Token> tokens = tokenizer.tokenizeDocument(text, sentences);
    List<Token> expected = new ArrayList<>(tokenizer.forDocument(text)
        .tokenize(text, sentences.get(0)));
    expected.addAll(tokenizer.forDocument(text).tokenize(text, sentences.get(1)));
    assertEquals(expected, tokens);
    Token name = tokens.stream().filter(t -> t.span().textOf(text).equals("ويتسلاف"))
        .findFirst().orElseThrow();
    assertEquals(List.of(), name.clitics().proclitics(), "the document repeats it: one word");
    assertThrows(IndexOutOfBoundsException.class,
        () -> tokenizer.tokenizeDocument(text, List.of(CharSpan.of(0, text.length() + 1))));
  }

  @Test
  void latinWordsHaveNoClitics() {
    Token t = tokenizer.tokenize("ballon").get(0);
    assertEquals(List.of(), t.clitics().proclitics());
  }

  @Test
  void tokenizesOnlyWithinRegion() {
    String text = "أولى ثانية ثالثة";
    List<Token> tokens = tokenizer.tokenize(text, CharSpan.of(5, 10));
    assertEquals(1, tokens.size());
    assertEquals(CharSpan.of(5, 10), tokens.get(0).span());
  }

  @Test
  void regionEndingInsideSurrogatePairGivesNoBrokenToken() {
    String text = "a😀";
    List<Token> tokens = tokenizer.tokenize(text, CharSpan.of(0, 2));
    assertEquals(List.of(CharSpan.of(0, 1)), tokens.stream().map(Token::span).collect(Collectors.toList()));
  }

  @Test
  void rejectsRegionBeyondText() {
    assertThrows(IndexOutOfBoundsException.class, () -> tokenizer.tokenize("abc", CharSpan.of(1, 9)));
  }

  @Test
  void rejectsNullNormalizer() {
    assertThrows(NullPointerException.class, () -> new WordTokenizer(null));
  }
}
