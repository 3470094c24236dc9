package org.khabar.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.json.ArticleTable.Field;
import org.khabar.json.ArticleTable.Kind;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.DefaultModels;

/** The article as nested records: the JSON's fields, spans with their text and code points. */
class ArticleTableTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
  /** An emoji pair, an unpaired surrogate, then news: code points and UTF-16 offsets differ. */
  private static final String TEXT = "😀 \uDC00 قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم "
      + "الخميس إن فرنسا ستدفع 3 ملايين يورو.";

  @SuppressWarnings("unchecked")
  private static void assertSpans(List<Field> fields, List<Object> values, String text) {
    assertEquals(fields.size(), values.size());
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      Object v = values.get(i);
      if (v == null) {
        assertTrue(f.nullable(), f.name());
        continue;
      }
      if (f.kind() == Kind.STRUCT) {
        assertSpans(f.children(), (List<Object>) v, text);
      } else if (f.kind() == Kind.STRUCT_LIST) {
        for (Object record : (List<Object>) v) {
          assertSpans(f.children(), (List<Object>) record, text);
        }
      }
    }
    if (!fields.isEmpty() && fields.get(0).name().equals("start")) {
      int start = (Integer) values.get(0);
      int end = (Integer) values.get(1);
      assertEquals(text.codePointCount(0, start), values.get(2));
      assertEquals(text.codePointCount(0, end), values.get(3));
      assertEquals(text.substring(start, end), values.get(4));
    }
  }

  @Test
  void everySpanCarriesItsTextAndCodePointOffsets() {
    Article article = KHABAR.process(ArticleSource.of("t", TEXT, LocalDate.of(2025, 3, 6)));
    JsonOptions options = JsonOptions.defaults().withModels(DefaultModels.versions());
    List<Field> fields = ArticleTable.schema(options);
    List<Object> values = ArticleTable.values(article, options);
    assertSpans(fields, values, TEXT);
    assertEquals(List.of("schemaVersion", "khabar", "models", "id", "text", "published", "blocks",
        "sentences", "tokens", "entities", "quotes", "times", "numbers"),
        fields.stream().map(Field::name).toList());
    assertEquals(LocalDate.of(2025, 3, 6), values.get(5));
    assertEquals(DefaultModels.versions(), values.get(2));
    assertFalse(((List<?>) values.get(9)).isEmpty(), "entities");
    List<?> number = (List<?>) ((List<?>) values.get(12)).get(0);
    assertEquals("3000000", number.get(5));
    assertEquals(3_000_000.0, number.get(6));
  }

  @Test
  void layersLeftOutAreLeftOutOfSchemaAndValues() {
    Article article = KHABAR.process(TEXT);
    JsonOptions options = JsonOptions.defaults().withLayers(EnumSet.of(Layer.QUOTES));
    List<Field> fields = ArticleTable.schema(options);
    assertEquals(List.of("schemaVersion", "khabar", "models", "id", "text", "published", "blocks",
        "quotes"), fields.stream().map(Field::name).toList());
    List<Object> values = ArticleTable.values(article, options);
    assertEquals(fields.size(), values.size());
    assertNull(values.get(5));
    assertEquals(Map.of(), values.get(2));
  }
}
