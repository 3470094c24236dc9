package org.khabar.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Sentence;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream()
        .map(s -> s.span().textOf(text))
        .collect(Collectors.toList());
  }

  @Test
  void splitsAtFullStop() {
    assertEquals(List.of("وصل الوفد.", "بدأ الاجتماع."), sentences("وصل الوفد. بدأ الاجتماع."));
  }

  @Test
  void splitsAtArabicQuestionMark() {
    assertEquals(List.of("هل انتهت الحرب؟", "لا أحد يعرف."), sentences("هل انتهت الحرب؟ لا أحد يعرف."));
  }

  @Test
  void splitsAtExclamationAndLatinQuestionMark() {
    assertEquals(List.of("يا للهول!", "ماذا حدث?", "لا شيء"), sentences("يا للهول! ماذا حدث? لا شيء"));
  }

  @Test
  void keepsRunOfTerminalMarksTogether() {
    assertEquals(List.of("حقا؟!", "نعم..."), sentences("حقا؟! نعم..."));
  }

  @Test
  void splitsAtEllipsisCharacter() {
    assertEquals(List.of("وانتظر الجميع…", "ثم جاء الخبر."), sentences("وانتظر الجميع… ثم جاء الخبر."));
  }

  @Test
  void splitsAtThreeDotsFollowedBySpace() {
    assertEquals(List.of("وانتظر الجميع...", "ثم جاء الخبر"), sentences("وانتظر الجميع... ثم جاء الخبر"));
  }

  @Test
  void doesNotSplitAtDoubleDotSeparator() {
    assertEquals(
        List.of("الضمانات الأمنية.. محور الدبلوماسية"),
        sentences("الضمانات الأمنية.. محور الدبلوماسية"));
  }

  @Test
  void doubleDotAtEndOfLineEndsTheSentence() {
    assertEquals(List.of("انتهى الأمر..", "بدأ غيره"), sentences("انتهى الأمر..\nبدأ غيره"));
  }

  @Test
  void keepsDecimalWhole() {
    assertEquals(List.of("بلغ النمو 3.5 بالمئة و٣٫٥ و3٫5 أيضا."), sentences("بلغ النمو 3.5 بالمئة و٣٫٥ و3٫5 أيضا."));
  }

  @Test
  void keepsDatesWhole() {
    assertEquals(
        List.of("في 11/12/2025 و11.12.2025 عقد الاجتماع."),
        sentences("في 11/12/2025 و11.12.2025 عقد الاجتماع."));
  }

  @Test
  void keepsUrlWhole() {
    assertEquals(
        List.of("راجع https://example.com/a.b?x=1 للمزيد.", "شكرا."),
        sentences("راجع https://example.com/a.b?x=1 للمزيد. شكرا."));
  }

  @Test
  void keepsEmailWhole() {
    assertEquals(List.of("راسلوا info@news.example.org اليوم."), sentences("راسلوا info@news.example.org اليوم."));
  }

  @Test
  void doesNotSplitAfterAbbreviation() {
    assertEquals(List.of("قال د. محمد علي إن الوضع صعب."), sentences("قال د. محمد علي إن الوضع صعب."));
  }

  @Test
  void doesNotSplitAfterSingleArabicLetter() {
    // ط. is not in the list; any single Arabic letter followed by a dot is an abbreviation.
    assertEquals(List.of("ط. سمير حضر."), sentences("ط. سمير حضر."));
  }

  @Test
  void doesNotSplitAfterLatinAbbreviationOrInitial() {
    assertEquals(
        List.of("Dr. Smith met the U.S. envoy and J. Doe today."),
        sentences("Dr. Smith met the U.S. envoy and J. Doe today."));
  }

  @Test
  void doesNotSplitInsideArabicInitialisms() {
    assertEquals(List.of("في القرن الخامس ق.م عاش في ج.م.ع. كثيرون."), sentences("في القرن الخامس ق.م عاش في ج.م.ع. كثيرون."));
  }

  @Test
  void acceptsCustomAbbreviations() {
    SentenceSplitter custom = SentenceSplitter.withAbbreviations(List.of("Brig."));
    String text = "Brig. Jones left.";
    assertEquals(1, custom.split(text).size());
    assertEquals(2, splitter.split(text).size());
  }

  @Test
  void rejectsBlankCustomAbbreviation() {
    assertThrows(IllegalArgumentException.class, () -> SentenceSplitter.withAbbreviations(List.of(" ")));
  }

  @Test
  void doesNotSplitAfterListEnumerator() {
    assertEquals(List.of("1. البند الأول."), sentences("1. البند الأول."));
  }

  @Test
  void splitsAfterYearAtSentenceEnd() {
    assertEquals(List.of("وقع ذلك عام 2025.", "ثم تغير كل شيء."), sentences("وقع ذلك عام 2025. ثم تغير كل شيء."));
  }

  @Test
  void keepsClosingQuoteWithSentence() {
    assertEquals(
        List.of("قال: «انتهى الأمر.»", "ثم غادر."),
        sentences("قال: «انتهى الأمر.» ثم غادر."));
    assertEquals(List.of("He said \"yes.\"", "Then left."), sentences("He said \"yes.\" Then left."));
  }

  @Test
  void keepsClosingBracketWithSentence() {
    assertEquals(List.of("(انتهى الأمر.)", "ثم غادر."), sentences("(انتهى الأمر.) ثم غادر."));
  }

  @Test
  void treatsLineBreakAsHardBoundary() {
    assertEquals(List.of("عنوان بلا نقطة", "سطر ثان"), sentences("عنوان بلا نقطة\nسطر ثان"));
    assertEquals(List.of("أ ب", "ج د"), sentences("أ ب\r\nج د"));
    assertEquals(List.of("أ ب", "ج د"), sentences("أ ب\rج د"));
    assertEquals(List.of("أ ب", "ج د", "هـ"), sentences("أ ب\u2028ج د\u2029هـ")); // LINE / PARAGRAPH SEPARATOR
  }

  @Test
  void invisibleControlAfterFullStopDoesNotPreventSplit() {
    // U+200F RIGHT-TO-LEFT MARK between the full stop and the space.
    String text = "وصل الوفد.\u200F بدأ الاجتماع.";
    assertEquals(List.of("وصل الوفد.", "بدأ الاجتماع."), sentences(text));
  }

  @Test
  void trimsInvisibleControlsAtSentenceEdges() {
    // U+200F RIGHT-TO-LEFT MARK and U+202B RIGHT-TO-LEFT EMBEDDING around the sentence.
    String text = "\u202B\u200Fوصل الوفد.\u200F";
    assertEquals(List.of("وصل الوفد."), sentences(text));
  }

  @Test
  void splitsMissingSpaceAfterArabicQuestionMark() {
    assertEquals(List.of("لماذا؟", "قال الوزير"), sentences("لماذا؟قال الوزير"));
  }

  @Test
  void splitsMissingSpaceAfterFullStopBetweenArabicWords() {
    assertEquals(List.of("انتهى الاجتماع.", "وقال الوزير"), sentences("انتهى الاجتماع.وقال الوزير"));
  }

  @Test
  void regionWithoutTerminalPunctuationIsOneSentence() {
    assertEquals(List.of("خبر بلا نهاية"), sentences("  خبر بلا نهاية  "));
  }

  @Test
  void emptyAndBlankTextsHaveNoSentence() {
    assertEquals(List.of(), sentences(""));
    assertEquals(List.of(), sentences(" \n\u00A0\t "));
  }

  @Test
  void splitsOnlyWithinRegion() {
    String text = "أولى. ثانية. ثالثة.";
    List<Sentence> s = splitter.split(text, CharSpan.of(6, 12));
    assertEquals(List.of(new Sentence(CharSpan.of(6, 12))), s);
  }

  @Test
  void rejectsRegionBeyondText() {
    assertThrows(IndexOutOfBoundsException.class, () -> splitter.split("abc", CharSpan.of(0, 4)));
  }
}
