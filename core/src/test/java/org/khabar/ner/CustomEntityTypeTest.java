package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;

/** Entity types are open: a model's own label, or a caller's, is kept through the pipeline. */
class CustomEntityTypeTest {

  /** A sports desk's model: clubs are TEAM, people PERSON. */
  private static TokenNameFinderModel sportsModel() throws IOException {
    String[] clubs = {"الترجي الرياضي", "النادي الإفريقي", "النجم الساحلي"};
    String[] people = {"سمير حداد", "كريم سالم", "هدى ناصر"};
    List<NameSample> samples = new ArrayList<>();
    for (String club : clubs) {
      for (String person : people) {
        samples.add(NameSample.parse("فاز <START:TEAM> " + club + " <END> بهدف سجله <START:PERSON> "
            + person + " <END> أمس .", true));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, 60);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), params,
        TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec()));
  }

  @Test
  void aModelsOwnLabelIsKeptThroughTheBuilder() throws IOException {
    Khabar khabar = Khabar.builder()
        .addRecognizer(new OpenNlpEntityRecognizer(sportsModel()))
        .build();
    Article article = khabar.process("فاز النجم الساحلي بهدف سجله كريم سالم أمس .\n");
    List<String> found = article.entities().stream()
        .map(e -> e.type() + ":" + article.textOf(e.span()))
        .toList();
    assertTrue(found.contains("TEAM:النجم الساحلي"), found.toString());
    assertTrue(found.contains("PERSON:كريم سالم"), found.toString());
  }

  @Test
  void aCallersTypeIsKeptAndResolvedLikeAnyOther() {
    EntityRecognizer teams = DictionaryEntityRecognizer.builder()
        .add(EntityType.of("TEAM"), "الترجي")
        .build();
    Khabar khabar = Khabar.builder().addRecognizer(EntityRecognizers.resolved(teams)).build();
    Article article = khabar.process("فاز الترجي أمس، وقال مدرب الترجي إن الفوز مهم.\n");
    assertEquals(2, article.entities().size(), article.entities().toString());
    for (Entity e : article.entities()) {
      assertEquals(EntityType.of("TEAM"), e.type());
      assertFalse(e.type().isStandard());
    }
  }

  @Test
  void standardNamesGiveTheConstantsAndOtherNamesAreChecked() {
    assertSame(EntityType.PERSON, EntityType.of("PERSON"));
    assertEquals(EntityType.of("TEAM"), EntityType.of("TEAM"));
    assertNotSame(EntityType.of("TEAM"), EntityType.of("TEAM"));
    assertEquals("TEAM", EntityType.of("TEAM").name());
    for (String bad : new String[] {"", "TWO WORDS", "A<B", "x".repeat(65)}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EntityType.of(bad));
      assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
    }
    assertEquals("name", assertThrows(NullPointerException.class, () -> EntityType.of(null))
        .getMessage());
    List<EntityType> sorted = new ArrayList<>(List.of(EntityType.of("TEAM"), EntityType.MISC,
        EntityType.of("EVENT"), EntityType.PERSON));
    sorted.sort(null);
    assertEquals(List.of(EntityType.PERSON, EntityType.MISC, EntityType.of("EVENT"),
        EntityType.of("TEAM")), sorted);
  }

  @Test
  void modelLabelsMapToStandardTypesOrStayTheirOwn() {
    assertSame(EntityType.PERSON, EntityTypes.of("pers"));
    assertSame(EntityType.LOCATION, EntityTypes.of("GPE"));
    assertSame(EntityType.MISC, EntityTypes.of("misc"));
    assertEquals(EntityType.of("TEAM"), EntityTypes.of("TEAM"));
    assertSame(EntityType.MISC, EntityTypes.of("not a name"));
    assertSame(EntityType.MISC, EntityTypes.of(null));
  }
}
