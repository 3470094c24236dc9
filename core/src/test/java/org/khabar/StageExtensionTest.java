package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Quantity;
import org.khabar.article.Quote;
import org.khabar.article.TimeExpression;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityResolver;
import org.khabar.number.NumberTagger;
import org.khabar.quote.QuoteTagger;
import org.khabar.time.TimeTagger;

/**
 * Each stage after the tokens can be replaced through {@code Khabar.builder()}, and the names of
 * several recognizers resolved together.
 */
class StageExtensionTest {

  private static final String TEXT =
      "قال الوزير إن الاجتماع سيعقد في رمضان المقبل بحضور 300 مندوب.\n\n"
          + "وأضاف أن رمضان موعد مناسب.\n";

  /** A newsroom's own rule: every رمضان is a month of the Hijri year 1447 (March 2026). */
  private static final TimeTagger RAMADAN = (text, region, published) -> {
    List<TimeExpression> out = new ArrayList<>();
    String s = text.toString();
    for (int at = s.indexOf("رمضان", region.start()); at >= 0 && at + 5 <= region.end();
        at = s.indexOf("رمضان", at + 5)) {
      out.add(new TimeExpression(CharSpan.of(at, at + 5), TimeExpression.Type.DATE, "2026-03", ""));
    }
    return out;
  };

  @Test
  void aCustomTimeTaggerReplacesTheDefaultOne() {
    Khabar custom = Khabar.builder().timeTagger(RAMADAN).build();
    assertSame(RAMADAN, custom.timeTagger());
    Article article = custom.process(ArticleSource.of("a", TEXT, LocalDate.of(2025, 9, 1)));
    List<String> values = article.times().stream().map(TimeExpression::value).toList();
    assertEquals(List.of("2026-03", "2026-03"), values);
    // The default tagger resolves "رمضان المقبل" against the publication date instead.
    Article standard =
        Khabar.defaults().process(ArticleSource.of("a", TEXT, LocalDate.of(2025, 9, 1)));
    assertTrue(!standard.times().isEmpty() && !standard.times().equals(article.times()),
        standard.times().toString());
  }

  @Test
  void aCustomNumberTaggerReplacesTheDefaultOneAndNumbersInDatesStayOut() {
    NumberTagger everyDigitRun = (text, region) -> {
      List<Quantity> out = new ArrayList<>();
      int i = region.start();
      while (i < region.end()) {
        if (Character.isDigit(text.charAt(i))) {
          int j = i;
          while (j < region.end() && Character.isDigit(text.charAt(j))) {
            j++;
          }
          out.add(new Quantity(CharSpan.of(i, j),
              new BigDecimal(text.subSequence(i, j).toString()), ""));
          i = j;
        } else {
          i++;
        }
      }
      return out;
    };
    String text = "وصل 300 مندوب يوم 4 سبتمبر 2025.\n";
    Article article = Khabar.builder().numberTagger(everyDigitRun).build().process(text);
    assertEquals(List.of(new BigDecimal("300")),
        article.numbers().stream().map(Quantity::value).toList(),
        "4 and 2025 lie inside the date");
    assertEquals(1, article.times().size(), article.times().toString());
  }

  @Test
  void aCustomQuoteTaggerReplacesTheDefaultOneAndReadsTheEntities() {
    List<Integer> entitiesSeen = new ArrayList<>();
    QuoteTagger wholeBody = (text, entities) -> {
      entitiesSeen.add(entities.size());
      CharSpan first = text.blocks().get(0).span();
      return List.of(new Quote(first, Quote.Kind.INDIRECT, "", Optional.empty()));
    };
    Article article = Khabar.builder().quoteTagger(wholeBody).build().process(TEXT);
    assertEquals(1, article.quotes().size());
    assertEquals(article.blocks().get(0).span(), article.quotes().get(0).span());
    assertEquals(List.of(0), entitiesSeen);
  }

  /** A recognizer that gives {@code type} to the first occurrence of {@code name}. */
  private static EntityRecognizer firstOf(EntityType type, String name) {
    return text -> {
      int at = text.text().indexOf(name);
      return at < 0 ? List.of()
          : List.of(new Entity(type, CharSpan.of(at, at + name.length()), name, name, 0.9));
    };
  }

  @Test
  void aResolverResolvesTheNamesOfRecognizersAddedSeparately() {
    String text = "قال يوسف القرضاوي في الدوحة إن الاجتماع انتهى.\n\n"
        + "وأضاف القرضاوي أن الدوحة مستعدة.\n";
    Khabar.Builder builder = Khabar.builder()
        .addRecognizer(firstOf(EntityType.PERSON, "يوسف القرضاوي"))
        .addRecognizer(firstOf(EntityType.LOCATION, "الدوحة"));
    List<Entity> apart = builder.build().process(text).entities();
    assertEquals(List.of("يوسف القرضاوي", "الدوحة"), apart.stream().map(Entity::text).toList());
    List<Entity> together =
        builder.resolver(EntityResolver.standard()).build().process(text).entities();
    assertEquals(List.of("يوسف القرضاوي", "الدوحة", "القرضاوي", "الدوحة"),
        together.stream().map(Entity::text).toList());
    assertEquals("يوسف القرضاوي", together.get(2).canonical(), together.toString());
    assertEquals(EntityType.PERSON, together.get(2).type());
  }
}
