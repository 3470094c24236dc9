package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.segment.SentenceSplitter;

/** Hard-wrapped text joined back into paragraphs: one test per rule of {@code Reflow}. */
class ReflowTest {

  private final Structurer structurer = new Structurer();

  private static final String HEADLINE = "الحكومة تعلن خطة جديدة للنقل";
  private static final String FIRST = "أعلنت الحكومة صباح اليوم عن خطة جديدة لتطوير النقل"
      + " العمومي في المدن الكبرى، تشمل اقتناء حافلات حديثة وتوسيع شبكة الخطوط. وقال وزير النقل إن الخطة"
      + " ستنفذ على ثلاث مراحل تمتد إلى نهاية العام المقبل";
  private static final String SECOND = "وأوضح الوزير أن كلفة المشروع تبلغ نحو مليار دينار، وأن جزءا"
      + " منها سيمول بقروض من مؤسسات دولية، مشيرا إلى أن المناقصات ستفتح خلال الأسابيع القادمة.";

  /** {@code text} with each line wrapped at {@code width} chars, as a wrapping program does. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int column = 0;
      for (String word : line.split(" ")) {
        if (column > 0 && column + 1 + word.length() > width) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
    }
    return out.toString();
  }

  private List<String> layout(String text) {
    return structurer.structure(text).stream()
        .map(b -> b.kind() + ":" + b.span().textOf(text).replace('\n', ' '))
        .collect(Collectors.toList());
  }

  @Test
  void wrappedParagraphsBecomeOneBlockEach() {
    String text = HEADLINE + "\n\n" + FIRST + ".\n\n" + SECOND;
    for (int width : new int[] {40, 60, 80}) {
      assertEquals(layout(text), layout(wrap(text, width)), "width " + width);
    }
  }

  @Test
  void theLineBreaksInsideAParagraphReadAsSpaces() {
    String text = HEADLINE + "\n\n" + FIRST + ".\n\n" + SECOND;
    Article original = Khabar.defaults().process(text);
    Article wrapped = Khabar.defaults().process(wrap(text, 50));
    assertEquals(
        original.sentences().stream().map(s -> original.textOf(s.span())).toList(),
        wrapped.sentences().stream().map(s -> wrapped.textOf(s.span()).replace('\n', ' '))
            .toList());
  }

  @Test
  void aSubheadingAfterAWrappedParagraphStaysASubheading() {
    String text = HEADLINE + "\n\n" + wrap(FIRST + ".", 50) + "\nتفاصيل المشروع\n"
        + wrap(SECOND, 50);
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + FIRST + ".",
        "SUBHEADING:تفاصيل المشروع", "PARAGRAPH:" + SECOND), layout(text));
  }

  @Test
  void aListAfterAColonKeepsItsItems() {
    String text = wrap(FIRST + ". وتشمل الخطة ما يلي:", 50) + "\nاقتناء مئتي حافلة جديدة"
        + "\nتوسيع شبكة الخطوط\n" + wrap(SECOND, 50);
    assertEquals(List.of("PARAGRAPH:" + FIRST + ". وتشمل الخطة ما يلي:",
        "LIST_ITEM:اقتناء مئتي حافلة جديدة", "LIST_ITEM:توسيع شبكة الخطوط",
        "PARAGRAPH:" + SECOND), layout(text));
  }

  @Test
  void aDashInRunningTextIsNotABullet() {
    String line = "وستربط الخطوط الجديدة مدن الساحل بالعاصمة على محور تونس - سوسة - صفاقس خلال"
        + " العام المقبل بعد انتهاء الأشغال";
    String text = wrap(FIRST + ". " + line + ".", 64);
    assertEquals(List.of("PARAGRAPH:" + FIRST + ". " + line + "."), layout(text));
  }

  @Test
  void shortLinesOfOneSentenceEachStayApart() {
    String text = "وصل الوفد إلى العاصمة مساء أمس في زيارة رسمية.\n"
        + "واستقبله وزير الخارجية في المطار الدولي بالعاصمة.\n"
        + "وتستمر الزيارة ثلاثة أيام يلتقي خلالها المسؤولين.";
    assertEquals(3, structurer.structure(text).size());
  }

  @Test
  void linesWiderThanAWrappingWidthAreParagraphsAsWritten() {
    String text = FIRST + " " + FIRST + "\n" + SECOND + " " + SECOND + "\n" + FIRST;
    assertEquals(3, structurer.structure(text).size());
  }

  @Test
  void aParagraphSplitsOnlyAtItsSentenceEnds() {
    String paragraph = "قال الوزير إن الخطة جاهزة\nوإن التنفيذ يبدأ غدا. وأضاف أن الكلفة معروفة.";
    SentenceSplitter splitter = new SentenceSplitter();
    assertEquals(3, splitter.split(paragraph).size());
    assertEquals(List.of("قال الوزير إن الخطة جاهزة\nوإن التنفيذ يبدأ غدا.",
            "وأضاف أن الكلفة معروفة."),
        splitter.splitParagraph(paragraph, CharSpan.of(0, paragraph.length()))
            .stream().map(s -> s.span().textOf(paragraph)).toList());
  }

  @Test
  void aSentenceEndingLineThatLeftRoomForTheNextWordEndsItsParagraph() {
    // Paragraphs apart by one line break, wrapped at 40: the first paragraph's last line and the
    // next one's first word would have fitted within the width, if not within the slack under it.
    String[] openers = {"في", "كما", "وقال", "وأضاف", "وأوضحت", "والمسؤول", "والمسؤولون"};
    String first = wrap(SECOND, 40);
    String[] lines = first.split("\n");
    int last = lines[lines.length - 1].length();
    int width = 0;
    for (String line : (first + "\n" + wrap(FIRST + ".", 40)).split("\n")) {
      width = Math.max(width, line.length());
    }
    String opener = null;
    for (String word : openers) {
      int overflow = last + 1 + word.length();
      if (overflow <= width && overflow > width - Reflow.SLACK) {
        opener = word;
      }
    }
    assertEquals(true, opener != null, "no opener fits the case: last line " + last);
    String text = first + "\n" + wrap(opener + " " + FIRST + ".", 40);
    assertEquals(List.of("PARAGRAPH:" + SECOND, "PARAGRAPH:" + opener + " " + FIRST + "."),
        layout(text));
  }
}
