package org.khabar.models;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.article.Token;
import org.khabar.models.ner.Genre;

class ModelSpecTest {

  @Test
  void wordsArePartOfTheSpecAndTravelWithIt(@TempDir Path words) throws Exception {
    ModelSpec plain = ModelSpec.bundled(Genre.NEWS);
    ModelSpec desk = plain.withWords(words.toString());
    assertNotEquals(plain, desk);
    assertEquals(desk, ModelSpec.bundled().withWords(words.toString()));
    assertEquals(desk.hashCode(), ModelSpec.bundled().withWords(words.toString()).hashCode());
    assertTrue(desk.toString().contains(words.toString()), desk.toString());
    assertEquals(Genre.ENCYCLOPEDIC, desk.withGenre(Genre.ENCYCLOPEDIC).genre());
    assertNotEquals(plain.withGenre(Genre.ENCYCLOPEDIC), desk.withGenre(Genre.ENCYCLOPEDIC));
    assertEquals(desk, roundTrip(desk));
    assertThrows(IllegalArgumentException.class, () -> plain.withWords(" "));
  }

  @Test
  void theWordsReachThePipelineItBuilds(@TempDir Path words) throws IOException {
    Files.createDirectories(words.resolve("segment"));
    Files.writeString(words.resolve("segment/unsplittable.txt"), "بايدن\n", UTF_8);
    String text = "وقال بايدن إن الاتفاق انتهى.\n";
    Token plain = ModelSpec.bundled().build().khabar().process(text).tokens().get(1);
    Token desk = ModelSpec.bundled().withWords(words.toString()).build().khabar()
        .process(text).tokens().get(1);
    assertTrue(plain.clitics().hasProclitics());
    assertFalse(desk.clitics().hasProclitics());
  }

  @Test
  void addedNameHeadsReachTheBundledNewsRecognizer(@TempDir Path words) throws IOException {
    Files.createDirectories(words.resolve("ner"));
    Files.writeString(words.resolve("ner/name-heads.txt"), "ORGANIZATION تنسيقية\n", UTF_8);
    String text = "وأعلنت تنسيقية الأحزاب الديمقراطية في بيان أمس أنها ستقاطع الانتخابات.\n";
    List<String> plain = ModelSpec.bundled().build().khabar().process(text).entities().stream()
        .map(e -> e.type() + " " + e.text()).toList();
    List<String> desk = ModelSpec.bundled().withWords(words.toString()).build().khabar()
        .process(text).entities().stream().map(e -> e.type() + " " + e.text()).toList();
    assertFalse(plain.contains("ORGANIZATION تنسيقية الأحزاب الديمقراطية"), plain.toString());
    assertEquals(List.of("ORGANIZATION تنسيقية الأحزاب الديمقراطية"), desk);
  }

  @Test
  void theVersionsNameTheWordsFolderByWhatItAdds(@TempDir Path dir) throws IOException {
    Path words = Files.createDirectories(dir.resolve("desk-words").resolve("segment"))
        .getParent();
    Files.writeString(words.resolve("segment/unsplittable.txt"), "بايدن\n", UTF_8);
    ModelSpec desk = ModelSpec.bundled().withWords(words.toString());
    Map<String, String> versions = desk.versions();
    assertEquals(DefaultModels.versions().size() + 1, versions.size(), versions.toString());
    assertTrue(versions.entrySet().containsAll(DefaultModels.versions().entrySet()));
    String digest = versions.get("desk-words/");
    assertTrue(digest != null && digest.matches("sha256:[0-9a-f]{16}"), versions.toString());
    assertEquals(versions, desk.build().models(), "the built pipeline names the same");
    // A comment and spacing add nothing; another entry is another digest.
    Files.writeString(words.resolve("segment/unsplittable.txt"), "# ours\n  بايدن \n\n", UTF_8);
    assertEquals(digest, desk.versions().get("desk-words/"));
    Files.writeString(words.resolve("segment/unsplittable.txt"), "بايدن\nبلينكن\n", UTF_8);
    assertNotEquals(digest, desk.versions().get("desk-words/"));
    assertEquals(DefaultModels.versions(), ModelSpec.bundled().versions());
  }

  private static ModelSpec roundTrip(ModelSpec spec) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ModelSpec) in.readObject();
    }
  }
}
