package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.CharSpan;
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
  void anotherNameThatRunsIntoAListedNameOfSeveralWordsEndsBeforeIt() {
    DictionaryEntityRecognizer clubs = DictionaryEntityRecognizer.builder()
        .add(EntityType.ORGANIZATION, "نسر زنبقان")
        .add(EntityType.LOCATION, "زنبقان").build();
    TokenizedText text = TestTexts.of("سمير حداد نسر زنبقان - وكالة زنبقان .");
    Entity player = named(text, "سمير حداد نسر زنبقان", EntityType.PERSON);
    Entity agency = named(text, "وكالة زنبقان", EntityType.ORGANIZATION);
    List<Entity> out = DictionaryEntityRecognizer.endBefore(text, clubs.recognize(text),
        List.of(player, agency));
    assertEquals(List.of("سمير حداد", "وكالة زنبقان"), out.stream().map(Entity::text).toList());
    assertEquals(EntityType.PERSON, out.get(0).type());
  }

  private static Entity named(TokenizedText text, String name, EntityType type) {
    int start = text.text().indexOf(name);
    return new Entity(type, CharSpan.of(start, start + name.length()), name, name, 0.9);
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
