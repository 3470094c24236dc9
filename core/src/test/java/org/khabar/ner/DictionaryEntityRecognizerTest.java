package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;

class DictionaryEntityRecognizerTest {

  private final DictionaryEntityRecognizer dictionary =
      DictionaryEntityRecognizer.builder()
          .add(EntityType.ORGANIZATION, "حلف شمال الأطلسي")
          .add(EntityType.LOCATION, "شمال")
          .add(EntityType.PERSON, "زيلينسكي")
          .build();

  @Test
  void findsMultiWordNamesWhole() {
    TokenizedText text = TestTexts.of("اجتمع قادة حلف شمال الأطلسي أمس .");
    List<Entity> out = dictionary.recognize(text);
    assertEquals(1, out.size());
    assertEquals("حلف شمال الأطلسي", out.get(0).text());
    assertEquals(EntityType.ORGANIZATION, out.get(0).type());
  }

  @Test
  void prefersTheLongestMatch() {
    TokenizedText text = TestTexts.of("في شمال البلاد وفي حلف شمال الأطلسي .");
    List<Entity> out = dictionary.recognize(text);
    assertEquals(2, out.size());
    assertEquals("شمال", out.get(0).text());
    assertEquals("حلف شمال الأطلسي", out.get(1).text());
  }

  @Test
  void matchesBehindAProcliticAndLeavesItOut() {
    TokenizedText text = TestTexts.of("التقى الوفد و+زيلينسكي أمس .");
    List<Entity> out = dictionary.recognize(text);
    assertEquals(1, out.size());
    assertEquals("زيلينسكي", out.get(0).text());
  }

  @Test
  void aNameWithTheArticleAfterLiStartsAtTheArticlesLam() {
    DictionaryEntityRecognizer radio = DictionaryEntityRecognizer.builder()
        .add(EntityType.ORGANIZATION, "الياسمين أف أم").build();
    String text = "وقال للياسمين أف أم إن الطريق مغلق .";
    List<Entity> out = Khabar.builder().addRecognizer(radio).build().process(text).entities();
    assertEquals(1, out.size(), out.toString());
    assertEquals("لياسمين أف أم", out.get(0).text());
    assertEquals(text.indexOf("للياسمين") + 1, out.get(0).span().start());
  }

  @Test
  void aQuotationOpenedInsideANameClosesInsideIt() {
    DictionaryEntityRecognizer names = DictionaryEntityRecognizer.builder()
        .add(EntityType.ORGANIZATION, "الياسمين \"أف أم\"")
        .add(EntityType.ORGANIZATION, "ديلي ميل").build();
    String text = "نقلت الياسمين \"أف أم\" عن صحيفة \"ديلي ميل\" الخبر .";
    List<String> out = Khabar.builder().addRecognizer(names).build().process(text).entities()
        .stream().map(Entity::text).toList();
    assertEquals(List.of("الياسمين \"أف أم\"", "ديلي ميل"), out);
  }

  @Test
  void matchesBehindProcliticLettersTheTokenizerLeftOn() {
    TokenizedText text = TestTexts.of("وصل الوفد وبزيلينسكي وكزيلينسكي أمس .");
    List<Entity> out = dictionary.recognize(text);
    assertEquals(List.of("زيلينسكي", "زيلينسكي"), out.stream().map(Entity::text).toList());
    assertEquals(text.text().indexOf("وبزيلينسكي") + 2, out.get(0).span().start());
    assertEquals(List.of(), dictionary.recognize(TestTexts.of("وصل الوفد ززيلينسكي أمس .")));
  }

  @Test
  void doesNotMatchAcrossSentences() {
    TokenizedText text = TestTexts.of("وصل حلف\nشمال الأطلسي .");
    List<Entity> out = dictionary.recognize(text);
    assertEquals(1, out.size());
    assertEquals("شمال", out.get(0).text());
  }

  @Test
  void rejectsAnEmptyName() {
    assertThrows(IllegalArgumentException.class,
        () -> DictionaryEntityRecognizer.builder().add(EntityType.PERSON, "   "));
  }
}
