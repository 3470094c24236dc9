package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The menu at the top of a copied page, and the short headline at its end. */
class LeadingMenuTest {

  private final Structurer structurer = new Structurer();

  private static final String MENU = "الرئيسية\nسياسة\nرياضة\nعربي ودولي\n";
  private static final String BODY = "قال الوزير إن الاجتماع سيعقد في المدينة يوم الخميس المقبل"
      + " لبحث الضمانات الأمنية مع الدول المشاركة في القمة.";

  private List<String> layout(String text) {
    return structurer.structure(text).stream()
        .map(b -> b.kind() + ":" + b.span().textOf(text))
        .collect(Collectors.toList());
  }

  @Test
  void aMenuIsBoilerplateAndTheHeadlineAfterItTheHeadline() {
    String headline = "الحكومة تعلن خطة جديدة للنقل العمومي";
    assertEquals(List.of("BOILERPLATE:الرئيسية", "BOILERPLATE:سياسة", "BOILERPLATE:رياضة",
            "BOILERPLATE:عربي ودولي", "HEADLINE:" + headline, "PARAGRAPH:" + BODY),
        layout(MENU + headline + "\n" + BODY));
  }

  @Test
  void aHeadlineOfThreeWordsAtTheMenusEndIsTheHeadline() {
    assertEquals(List.of("BOILERPLATE:الرئيسية", "BOILERPLATE:سياسة", "BOILERPLATE:رياضة",
            "BOILERPLATE:عربي ودولي", "HEADLINE:طقس اليوم الجمعة",
            "BOILERPLATE:الأربعاء، 03 سبتمبر 2025 - 10:15 ص", "PARAGRAPH:" + BODY),
        layout(MENU + "طقس اليوم الجمعة\nالأربعاء، 03 سبتمبر 2025 - 10:15 ص\n" + BODY));
  }

  @Test
  void aMenuItemOfThreeWordsBeforeAHeadlineStaysInTheMenu() {
    String headline = "الحكومة تعلن خطة جديدة للنقل العمومي";
    assertEquals(List.of("BOILERPLATE:الرئيسية", "BOILERPLATE:سياسة", "BOILERPLATE:رياضة",
            "BOILERPLATE:عربي ودولي", "BOILERPLATE:علوم وتكنولوجيا وصحة", "HEADLINE:" + headline,
            "PARAGRAPH:" + BODY),
        layout(MENU + "علوم وتكنولوجيا وصحة\n" + headline + "\n" + BODY));
  }

  @Test
  void aLastItemNoLongerThanTheOthersStaysInTheMenu() {
    // Without a headline the body comes right after the menu: its last item is no headline.
    assertEquals(List.of("BOILERPLATE:الرئيسية", "BOILERPLATE:سياسة", "BOILERPLATE:رياضة",
            "BOILERPLATE:عربي ودولي", "PARAGRAPH:" + BODY),
        layout(MENU + BODY));
    assertEquals(List.of("BOILERPLATE:الرئيسية", "BOILERPLATE:فن وثقافة ومجتمع",
            "BOILERPLATE:عربي ودولي", "BOILERPLATE:علوم وتكنولوجيا وصحة", "PARAGRAPH:" + BODY),
        layout("الرئيسية\nفن وثقافة ومجتمع\nعربي ودولي\nعلوم وتكنولوجيا وصحة\n" + BODY));
  }
}
