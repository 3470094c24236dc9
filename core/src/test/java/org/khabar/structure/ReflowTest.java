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

  /** Words added one by one to a sentence until it ends at a full line. */
  private static final String[] EXTRA = {"في", "الجنوب", "والشمال", "على", "حد", "سواء", "خلال",
      "الأشهر", "القليلة", "المقبلة", "بحسب", "المصادر", "الرسمية", "المطلعة", "اليوم"};

  /**
   * {@code sentence} (ending with a stop) with words of {@link #EXTRA} before its stop, as many
   * as make it end at a full line when {@code before + sentence + after} is wrapped at 40: the
   * next line's first word would not have fitted within the text's longest line.
   */
  private static String endingAtAFullLine(String before, String sentence, String after) {
    String base = sentence.substring(0, sentence.length() - 1);
    for (int n = 0; n <= EXTRA.length; n++) {
      String s = base + (n == 0 ? "" : " " + String.join(" ", List.of(EXTRA).subList(0, n)))
          + ".";
      String[] lines = wrap(before + s + after, 40).split("\n");
      int width = 0;
      for (String line : lines) {
        width = Math.max(width, line.length());
      }
      String end = s.substring(s.lastIndexOf(' ') + 1);
      for (int i = 0; i + 1 < lines.length; i++) {
        if (lines[i].endsWith(" " + end) && !lines[i + 1].isEmpty()
            && lines[i].length() + 1 + lines[i + 1].split(" ")[0].length() > width) {
          return s;
        }
      }
    }
    throw new AssertionError("no words make the sentence end at a full line: " + sentence);
  }

  @Test
  void theLeadEndsItsParagraphAtAFullLine() {
    // News opens with a paragraph of one sentence, whatever the rest of the text does.
    String before = HEADLINE + "\n\n";
    String body = "\n" + FIRST + ".";
    String lead = endingAtAFullLine(before, "أعلن وزير النقل صباح اليوم عن خطة جديدة.", body);
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + lead, "PARAGRAPH:" + FIRST + "."),
        layout(wrap(before + lead + body, 40)));
  }

  @Test
  void aFullLineEndingASentenceGoesOnInParagraphsOfSeveralSentences() {
    // Sentences end inside lines (FIRST, and the one after the full line): paragraphs of several
    // sentences, so the sentence that ends at a full line goes on into the next.
    String before = HEADLINE + "\n\n" + FIRST + ".\n";
    String after = " " + SECOND.replace("، مشيرا", ". وأشار");
    String sentence = endingAtAFullLine(before, "وقال الوزير إن الأشغال تبدأ قريبا.", after);
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + FIRST + ".",
            "PARAGRAPH:" + sentence + after),
        layout(wrap(before + sentence + after, 40)));
  }

  @Test
  void aFullLineEndingASentenceEndsItsParagraphInParagraphsOfOneSentence() {
    // Every other sentence ends its paragraph (the second with room left on its line): so does
    // the one that ends at a full line.
    String one = "أعلن وزير النقل صباح اليوم عن خطة جديدة لتطوير النقل العمومي.";
    String two = "وستشمل الخطة اقتناء حافلات حديثة وتوسيع شبكة الخطوط في المدن الكبرى.";
    String four = "وأوضح الوزير أن الكلفة تبلغ نحو مليار دينار تمول بقروض من مؤسسات دولية.";
    String before = HEADLINE + "\n\n" + one + "\n" + two + "\n";
    String three = endingAtAFullLine(before, "وقال الوزير إن الأشغال تبدأ قريبا.", "\n" + four);
    String text = wrap(before + three + "\n" + four, 40);
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + one, "PARAGRAPH:" + two,
        "PARAGRAPH:" + three, "PARAGRAPH:" + four), layout(text));
  }

  @Test
  void withBlankLinesBetweenParagraphsOneLineBreakNeverEndsAParagraph() {
    String before = HEADLINE + "\n\n";
    String after = " " + FIRST + ".\n\n" + SECOND;
    String lead = endingAtAFullLine(before, "أعلن وزير النقل صباح اليوم عن خطة جديدة.", after);
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + lead + after.split("\n")[0],
        "PARAGRAPH:" + SECOND), layout(wrap(before + lead + after, 40)));
  }

  @Test
  void aSubheadingWrappedOntoTwoLinesStaysASubheading() {
    String title = "خطة النقل الجديدة بين طموحات الحكومة ومخاوف سكان المدن";
    String before = HEADLINE + "\n\n" + FIRST + ". ";
    String after = "\n" + title + "\n" + SECOND;
    String sentence = endingAtAFullLine(before, "وقال الوزير إن الأشغال تبدأ قريبا.", after);
    String text = wrap(before + sentence + after, 40);
    assertEquals(2, wrap(title, 40).split("\n").length);
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + FIRST + ". " + sentence,
        "SUBHEADING:" + title, "PARAGRAPH:" + SECOND), layout(text));
  }

  @Test
  void twoStopsBetweenAHeadlinesPartsDoNotEndASentence() {
    // A related headline wrapped right after its two stops stays one link.
    String link = "الحكومة تعلن خطة النقل.. حافلات جديدة وخطوط أطول في المدن الكبرى";
    String text = null;
    for (int width = 20; width <= 60 && text == null; width++) {
      if (wrap(link, width).split("\n")[0].endsWith("..")) {
        text = wrap(FIRST + ".\nاقرأ أيضا:\n" + link + "\n" + SECOND, width);
      }
    }
    assertEquals(true, text != null, "no width puts the stops at a line's end");
    assertEquals(List.of("PARAGRAPH:" + FIRST + ".", "RELATED_LINK:اقرأ أيضا:",
        "RELATED_LINK:" + link, "PARAGRAPH:" + SECOND), layout(text));
  }

  @Test
  void aLineEndingWithACommaThatGoesOnShowsTheTextIsWrapped() {
    // Two paragraphs of two lines: one line is cut mid-phrase, the other after a comma. Both
    // are cuts inside a sentence, enough to show the text is wrapped.
    String one = "أعلن وزير النقل اليوم عن خطة جديدة لتطوير النقل العمومي في المدن الكبرى.";
    String two = "وأضاف الوزير أن الكلفة تبلغ مليار دينار، وأن التمويل سيأتي من قروض دولية.";
    String text = null;
    for (int width = 30; width <= 60 && text == null; width++) {
      String[] first = wrap(one, width).split("\n");
      String[] second = wrap(two, width).split("\n");
      if (first.length == 2 && second.length == 2 && second[0].endsWith("،")) {
        text = HEADLINE + "\n\n" + wrap(one + "\n" + two, width);
      }
    }
    assertEquals(true, text != null, "no width cuts the second paragraph at its comma");
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + one, "PARAGRAPH:" + two),
        layout(text));
  }

  @Test
  void aRunFarLongerThanTheTextsOtherParagraphsEndsAParagraphAtAFullLine() {
    // Paragraphs of two sentences, so a sentence ending at a full line would go on; but joined to
    // the paragraph after it, the long one would run more than twice as long as any other.
    String[] shortOnes = {"أعلن وزير النقل اليوم عن خطة جديدة للحافلات. وتشمل اقتناء حافلات.",
        "وقال الوزير إن الأشغال تبدأ قريبا. وأضاف أن الكلفة تبلغ مليار دينار.",
        "وأوضح الوزير أن التمويل يأتي من قروض دولية. وأشار إلى أن المناقصات تفتح قريبا."};
    String after = "\nومن المنتظر أن تعرض الخطة على مجلس الوزراء الأسبوع المقبل. وستنشر"
        + " تفاصيلها في الرائد الرسمي.";
    String before = HEADLINE + "\n\n" + String.join("\n", shortOnes) + "\n";
    String longOne = endingAtAFullLine(before, "ورحب نواب البرلمان بالخطة في جلسة عامة عقدت"
        + " مساء أمس بحضور الوزير. وطالب عدد منهم بتوسيعها لتشمل المناطق الداخلية المحرومة من"
        + " النقل العمومي. ودعا آخرون إلى نشر تفاصيل القروض وشروطها قبل التصويت.", after);
    String text = wrap(before + longOne + after, 40);
    for (String paragraph : shortOnes) {
      assertEquals(true, wrap(paragraph, 40).split("\n").length <= 3, paragraph);
    }
    assertEquals(true, wrap(longOne + after, 40).split("\n").length > 2 * 3);
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + shortOnes[0],
        "PARAGRAPH:" + shortOnes[1], "PARAGRAPH:" + shortOnes[2], "PARAGRAPH:" + longOne,
        "PARAGRAPH:" + after.substring(1)), layout(text));
  }
}
