package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;

class StructurerTest {

  private final Structurer structurer = new Structurer();

  private static final String PARA1 = "قال الوزير إن الاجتماع سيعقد في المدينة يوم الخميس المقبل.";
  private static final String PARA2 = "وأضاف أن الدول المشاركة ستبحث الضمانات الأمنية خلال القمة.";

  /** "KIND:text" for each block, so a test reads like the layout it checks. */
  private List<String> layout(String text) {
    return structurer.structure(text).stream()
        .map(b -> b.kind() + ":" + b.span().textOf(text))
        .collect(Collectors.toList());
  }

  private List<BlockKind> kinds(String text) {
    return structurer.structure(text).stream().map(Block::kind).collect(Collectors.toList());
  }

  @Test
  void eachNonBlankLineIsABlock() {
    assertEquals(
        List.of("PARAGRAPH:" + PARA1, "PARAGRAPH:" + PARA2, "PARAGRAPH:" + PARA1),
        layout(PARA1 + "\n" + PARA2 + "\n\n\n" + PARA1));
  }

  @Test
  void blankAndWhitespaceOnlyLinesGiveNoBlock() {
    assertEquals(List.of(), layout(""));
    assertEquals(List.of(), layout(" \n\t\n\u00A0\u3000\n"));
  }

  @Test
  void linesMadeOnlyOfInvisibleControlsGiveNoBlock() {
    // RIGHT-TO-LEFT MARK, ZERO WIDTH NON-JOINER, BOM, RLE/PDF, FIRST STRONG ISOLATE/PDI
    String text = PARA1 + "\n\u200F\u200C\uFEFF\n\u202B\u202C \u2068\u2069\n" + PARA2;
    assertEquals(List.of("PARAGRAPH:" + PARA1, "PARAGRAPH:" + PARA2), layout(text));
  }

  @Test
  void blockSpansAreTrimmedOfWhitespaceAndInvisibleControls() {
    // NBSP, RIGHT-TO-LEFT MARK and a tab around the line
    String text = "\u00A0\u200F " + PARA1 + "\t\u200F  ";
    List<Block> blocks = structurer.structure(text);
    assertEquals(1, blocks.size());
    assertEquals(PARA1, blocks.get(0).span().textOf(text));
  }

  @Test
  void crLfLoneCrLineSeparatorAndParagraphSeparatorEndLines() {
    String text = PARA1 + "\r\n" + PARA2 + "\r" + PARA1 + "\u2028" + PARA2 + "\u2029" + PARA1;
    assertEquals(5, layout(text).size());
    assertEquals("PARAGRAPH:" + PARA2, layout(text).get(1));
  }

  @Test
  void nextLineVerticalTabAndFormFeedEndLines() {
    String text = PARA1 + "\u0085" + PARA2 + "\u000B" + PARA1 + "\u000C" + PARA2;
    assertEquals(4, layout(text).size());
  }

  @Test
  void shortFirstLineWithoutTerminalPunctuationIsTheHeadline() {
    String headline = "باريس تستضيف قمة جديدة لبحث الضمانات الأمنية";
    assertEquals(
        List.of("HEADLINE:" + headline, "PARAGRAPH:" + PARA1),
        layout(headline + "\n\n" + PARA1));
  }

  @Test
  void headlineMayStartWithAQuoteMark() {
    String headline = "«اتفاق الشركاء» في المدينة.. الملفات المفتوحة على الطاولة";
    assertEquals(BlockKind.HEADLINE, kinds(headline + "\n" + PARA1).get(0));
  }

  @Test
  void headlineMayEndWithAClosingQuoteMark() {
    String headline = "الرئيس يصف المفاوضات بأنها «صعبة»";
    assertEquals(BlockKind.HEADLINE, kinds(headline + "\n" + PARA1).get(0));
  }

  @Test
  void headlineWithADoubleDotInsideIsStillAHeadline() {
    assertEquals(
        BlockKind.HEADLINE, kinds("الضمانات الأمنية.. محور الدبلوماسية\n" + PARA1).get(0));
  }

  @Test
  void firstLineEndingWithAFullStopIsAParagraph() {
    assertEquals(BlockKind.PARAGRAPH, kinds("قمة في المدينة.\n" + PARA1).get(0));
  }

  @Test
  void firstLineEndingWithPunctuationBeforeAClosingQuoteIsAParagraph() {
    assertEquals(BlockKind.PARAGRAPH, kinds("قال الوزير «الاجتماع مهم.»\n" + PARA1).get(0));
    assertEquals(BlockKind.PARAGRAPH, kinds("هل تنجح القمة؟\n" + PARA1).get(0));
  }

  @Test
  void firstLineEndingWithAColonOrCommaIsAParagraph() {
    assertEquals(BlockKind.PARAGRAPH, kinds("جدول الأعمال يتضمن:\n" + PARA1).get(0));
    assertEquals(BlockKind.PARAGRAPH, kinds("في المدينة،\n" + PARA1).get(0));
  }

  @Test
  void longFirstLineWithoutPunctuationIsAParagraph() {
    String longLine = "كلمة ".repeat(LineLimit.HEADLINE.maxWords() + 1).trim();
    assertEquals(BlockKind.PARAGRAPH, kinds(longLine + "\n" + PARA1).get(0));
    String longWord = "ا".repeat(LineLimit.HEADLINE.maxChars() + 1);
    assertEquals(BlockKind.PARAGRAPH, kinds(longWord + "\n" + PARA1).get(0));
  }

  @Test
  void lineWithoutAnyWordIsNotAHeadline() {
    assertEquals(BlockKind.PARAGRAPH, kinds("***\n" + PARA1).get(0));
  }

  @Test
  void singleShortLineIsAHeadline() {
    assertEquals(List.of(BlockKind.HEADLINE), kinds("عنوان قصير"));
  }

  @Test
  void shortLineWithoutTerminalPunctuationBetweenParagraphsIsASubheading() {
    assertEquals(
        List.of("PARAGRAPH:" + PARA1, "SUBHEADING:تفاصيل الاجتماع", "PARAGRAPH:" + PARA2),
        layout(PARA1 + "\nتفاصيل الاجتماع\n" + PARA2));
  }

  @Test
  void subheadingAfterTheHeadline() {
    assertEquals(
        List.of(BlockKind.HEADLINE, BlockKind.SUBHEADING, BlockKind.PARAGRAPH),
        kinds("عنوان الخبر\n\nموقف الدول\n\n" + PARA1));
  }

  @Test
  void shortLastLineIsNotASubheading() {
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        kinds(PARA1 + "\nمراسل الوكالة في المدينة الساحلية الكبيرة\n\n"));
  }

  @Test
  void shortLineEndingLikeProseIsNotASubheading() {
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        kinds(PARA1 + "\nانتهى الاجتماع.\n" + PARA2));
  }

  @Test
  void longLineWithoutPunctuationIsNotASubheading() {
    String longLine = "كلمة ".repeat(LineLimit.SUBHEADING.maxWords() + 1).trim();
    assertEquals(BlockKind.PARAGRAPH, kinds(PARA1 + "\n" + longLine + "\n" + PARA2).get(1));
  }

  @Test
  void hyphenBulletLinesAreListItems() {
    assertEquals(
        List.of("PARAGRAPH:" + PARA1, "LIST_ITEM:- البند الأول", "LIST_ITEM:- البند الثاني."),
        layout(PARA1 + "\n- البند الأول\n- البند الثاني."));
  }

  @Test
  void bulletDotAsteriskAndEnDashLinesAreListItems() {
    assertEquals(
        List.of(
            BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH),
        kinds("• البند الأول\n* البند الثاني\n– البند الثالث\n" + PARA1));
  }

  @Test
  void bulletNeedsASpaceAndAWordAfterIt() {
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        kinds(PARA1 + "\n-5 درجات تحت الصفر.\n* * *"));
  }

  @Test
  void listItemWinsOverHeadline() {
    assertEquals(BlockKind.LIST_ITEM, kinds("- عنوان\n" + PARA1).get(0));
  }

  @Test
  void listItemSpanIncludesItsBullet() {
    String text = PARA1 + "\n  - البند  \n";
    Block item = structurer.structure(text).get(1);
    assertEquals("- البند", item.span().textOf(text));
  }

  @Test
  void customLimitsChangeWhatIsShort() {
    Structurer strict = new Structurer(new LineLimit(2, 100), new LineLimit(1, 100));
    String text = "عنوان من ثلاث\nقسم أول\n" + PARA1;
    assertEquals(
        List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        strict.structure(text).stream().map(Block::kind).collect(Collectors.toList()));
  }

  @Test
  void rejectsNullTextNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> structurer.structure(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void rejectsInvalidLimitsNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LineLimit(0, 10));
    assertTrue(e.getMessage().contains("maxWords"), e.getMessage());
  }

  @Test
  void handlesAMegabyteWithoutLineBreaks() {
    String text = "كلمة ".repeat(200_000);
    List<Block> blocks = structurer.structure(text);
    assertEquals(List.of(new Block(BlockKind.PARAGRAPH, CharSpan.of(0, text.length() - 1))), blocks);
  }
}
