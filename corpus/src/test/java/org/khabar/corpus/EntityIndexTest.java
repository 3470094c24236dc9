package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.EntityType;
import org.khabar.models.DefaultModels;

/** The index of a few invented articles run through the bundled pipeline. */
class EntityIndexTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();

  private static Article article(String id, String text, int day) {
    return KHABAR.process(ArticleSource.of(id, text, LocalDate.of(2025, 3, day)));
  }

  @Test
  void entriesGatherMentionsDatesTitlesQuotesAndCoMentions() {
    List<Article> articles = List.of(
        article("b", "وصل ماكرون إلى برلين أمس.\nوقال ماكرون إن أوروبا يجب أن تتحد.", 8),
        article("a", "قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم الخميس إن فرنسا ستدعم "
            + "أوكرانيا.", 6));
    EntityIndex index = EntityIndex.of(articles);
    EntityIndex.Entry macron = index.get(EntityType.PERSON, "إيمانويل ماكرون").orElseThrow(
        () -> new AssertionError(index.entries().toString()));
    // The surname alone in article b joins the one full name that ends with it.
    assertEquals(List.of("a", "b"), macron.articles());
    assertTrue(macron.mentions() >= 2, macron.toString());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 6)), macron.firstSeen());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 8)), macron.lastSeen());
    assertEquals(List.of(new EntityIndex.Title("الرئيس الفرنسي", "a",
        Optional.of(LocalDate.of(2025, 3, 6)))), macron.titles());
    assertTrue(macron.quotes().size() >= 2, macron.quotes().toString());
    assertTrue(macron.quotes().stream().anyMatch(q -> q.article().equals("b")
        && q.text().contains("أوروبا")), macron.quotes().toString());
    assertTrue(macron.coMentions().containsKey("LOCATION:باريس"), macron.coMentions().toString());
    // The key compares names in their matching form (alef variants folded).
    assertEquals("PERSON:ايمانويل ماكرون", macron.key());
    assertTrue(index.get(EntityType.PERSON, "ماكرون").isEmpty());
  }

  @Test
  void anAmbiguousSurnameKeepsItsOwnEntry() {
    EntityIndex index = EntityIndex.of(List.of(
        article("a", "قال الرئيس الأمريكي دونالد ترامب إن المفاوضات صعبة.\nوأكد رجل الأعمال إريك "
            + "ترامب أن الشركة ستفتح فرعا في دبي.", 1),
        article("b", "قال ترامب للصحفيين إن المفاوضات مستمرة.", 2)));
    List<String> people = index.entries().stream()
        .filter(e -> e.type().equals(EntityType.PERSON)).map(EntityIndex.Entry::name).toList();
    assertTrue(people.containsAll(List.of("دونالد ترامب", "إريك ترامب", "ترامب")),
        people.toString());
    assertTrue(EntityIndex.of(List.of()).entries().isEmpty());
  }

  @Test
  void spellingsOfOneNameAreOneEntryNamedByTheMostFrequent() {
    EntityIndex index = EntityIndex.of(List.of(
        article("a", "قال الأمين العام للأمم المتحدة إن الأمم المتحدة ستساعد السودان.", 1),
        article("b", "أعلنت الأمم المتحدة أمس أنها سترسل مساعدات إلى السودان.", 2),
        article("c", "قالت الامم المتحدة إن الوضع في السودان خطير.", 3)));
    List<EntityIndex.Entry> un = index.entries().stream()
        .filter(e -> e.key().equals(index.get(EntityType.ORGANIZATION, "الامم المتحدة")
            .orElseThrow(() -> new AssertionError(index.entries().toString())).key()))
        .toList();
    assertEquals(1, un.size(), index.entries().toString());
    assertEquals("الأمم المتحدة", un.get(0).name());
    assertEquals(List.of("a", "b", "c"), un.get(0).articles());
    EntityIndex.Entry sudan = index.get(EntityType.LOCATION, "السودان").orElseThrow();
    assertTrue(sudan.coMentions().containsKey("ORGANIZATION:الأمم المتحدة"),
        sudan.coMentions().toString());
  }
}
