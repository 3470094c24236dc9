package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;

class EntityRecognizersTest {

  @Test
  void aDictionaryFirstKeepsItsNameBesideAModel() {
    EntityRecognizer dictionary =
        DictionaryEntityRecognizer.builder().add(EntityType.ORGANIZATION, "شركة النور").build();
    EntityRecognizer model = new OpenNlpEntityRecognizer(TinyModels.model());
    TokenizedText text = TestTexts.of("التقى سمير حداد مع وفد شركة النور أمس .");
    List<Entity> out = EntityRecognizers.combine(dictionary, model).recognize(text);
    assertEquals(2, out.size(), out.toString());
    assertEquals("سمير حداد", out.get(0).text());
    assertEquals("شركة النور", out.get(1).text());
    assertEquals(1.0, out.get(1).score());
  }

  @Test
  void combinationAddsNamesOnlyTheDictionaryKnows() {
    EntityRecognizer dictionary =
        DictionaryEntityRecognizer.builder().add(EntityType.LOCATION, "تمبكتو").build();
    EntityRecognizer model = new OpenNlpEntityRecognizer(TinyModels.model());
    TokenizedText text = TestTexts.of("قال سمير حداد في باريس إن تمبكتو بعيدة .");
    List<Entity> out = EntityRecognizers.combine(model, dictionary).recognize(text);
    assertEquals(List.of("سمير حداد", "باريس", "تمبكتو"),
        out.stream().map(Entity::text).toList());
  }

  @Test
  void mergedKeepsTheLongerNameWhicheverRecognizerFoundIt() {
    EntityRecognizer shorter = DictionaryEntityRecognizer.builder()
        .add(EntityType.LOCATION, "النور").add(EntityType.PERSON, "سمير").build();
    EntityRecognizer longer = DictionaryEntityRecognizer.builder()
        .add(EntityType.ORGANIZATION, "شركة النور").build();
    TokenizedText text = TestTexts.of("التقى سمير مع وفد شركة النور أمس .");
    List<Entity> out = EntityRecognizers.merged(shorter, longer).recognize(text);
    assertEquals(List.of("سمير", "شركة النور"), out.stream().map(Entity::text).toList());
    assertEquals(EntityType.ORGANIZATION, out.get(1).type());
    // One merge policy: combine and the resolver keep the longer name too, in either order.
    for (EntityRecognizer combined : List.of(EntityRecognizers.combine(shorter, longer),
        EntityRecognizers.combine(longer, shorter))) {
      assertEquals(List.of("سمير", "شركة النور"),
          combined.recognize(text).stream().map(Entity::text).toList());
    }
  }

  @Test
  void mergedLetsTheEarlierRecognizerTypeASpanBothGive() {
    EntityRecognizer sure = EntityRecognizers.calibrated(
        DictionaryEntityRecognizer.builder().add(EntityType.LOCATION, "النور").build(),
        ScoreCalibration.of(new double[] {0, 1}, new double[] {0.4, 0.4}));
    EntityRecognizer other = EntityRecognizers.calibrated(
        DictionaryEntityRecognizer.builder().add(EntityType.ORGANIZATION, "النور")
            .add(EntityType.PERSON, "وفد").build(),
        ScoreCalibration.of(new double[] {0, 1}, new double[] {0.9, 0.9}));
    TokenizedText text = TestTexts.of("وصل وفد النور أمس .");
    List<Entity> out = EntityRecognizers.merged(sure, other).recognize(text);
    assertEquals(List.of("PERSON وفد", "LOCATION النور"),
        out.stream().map(e -> e.type() + " " + e.text()).toList());
    assertEquals(EntityType.ORGANIZATION,
        EntityRecognizers.merged(other, sure).recognize(text).get(1).type());
    // Agreeing on the type, the two keep the higher score.
    EntityRecognizer surer = EntityRecognizers.calibrated(
        DictionaryEntityRecognizer.builder().add(EntityType.LOCATION, "النور").build(),
        ScoreCalibration.of(new double[] {0, 1}, new double[] {0.8, 0.8}));
    assertEquals(0.8, EntityRecognizers.merged(sure, surer).recognize(text).get(0).score());
    assertEquals(0.8, EntityRecognizers.merged(surer, sure).recognize(text).get(0).score());
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> EntityRecognizers.merged(sure, null));
    assertEquals("recognizers[1]", e.getMessage());
  }

  @Test
  void ownImplementationPlugsIn() {
    EntityRecognizer own = t -> List.of(
        new Entity(EntityType.MISC, t.tokens().get(0).span(),
            t.textOf(t.tokens().get(0).span()), t.textOf(t.tokens().get(0).span()), 0.5));
    TokenizedText text = TestTexts.of("كأس العالم .");
    assertEquals("كأس", EntityRecognizers.resolved(own).recognize(text).get(0).text());
  }

  @Test
  void calibrationMapsScoresAndKeepsEverythingElse() {
    EntityRecognizer model = EntityRecognizers.resolved(
        new OpenNlpEntityRecognizer(TinyModels.model()));
    ScoreCalibration calibration =
        ScoreCalibration.of(new double[] {0.0, 1.0}, new double[] {0.5, 1.0});
    TokenizedText text = TestTexts.of("قال سمير حداد في باريس إن الوفد وصل .");
    List<Entity> raw = model.recognize(text);
    List<Entity> out = EntityRecognizers.calibrated(model, calibration).recognize(text);
    assertEquals(raw.size(), out.size());
    assertEquals(false, raw.isEmpty(), "the tiny model finds names here");
    for (int i = 0; i < raw.size(); i++) {
      Entity r = raw.get(i);
      Entity c = out.get(i);
      assertEquals(r.withScore(c.score()), c);
      assertEquals(0.5 + r.score() / 2, c.score(), 1e-12);
    }
  }

  @Test
  void aMissingRecognizerIsNamed() {
    EntityRecognizer none = text -> List.of();
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> EntityRecognizers.combine(none, null));
    assertEquals("recognizers[1]", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> EntityRecognizers.resolved(null));
    assertEquals("recognizer", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> EntityRecognizers.combine((EntityRecognizer[]) null));
    assertEquals("recognizers", e.getMessage());
  }
}
