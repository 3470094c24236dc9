package org.khabar.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.ner.DictionaryEntityRecognizer;
import org.khabar.models.DefaultModels;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.ArabicNormalizer;

/** {@code read(write(a))} is {@code a}: on the seeds and on generated texts, through the bundled model. */
class RoundTripTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();

  private static final int GENERATED = 1_000;

  static List<Article> seeds() throws IOException {
    Path seeds = Path.of("..", "seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".txt"))
          .sorted()
          .map(f -> {
            try {
              String text = Files.readString(f, UTF_8);
              return KHABAR.process(
                  ArticleSource.of(f.getFileName().toString(), text, LocalDate.of(2025, 9, 1)));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
    }
  }

  @Test
  void everySeedReadsBackEqual() throws IOException {
    List<Article> seeds = seeds();
    assertEquals(5, seeds.size());
    for (Article a : seeds) {
      assertFalse(a.entities().isEmpty() || a.quotes().isEmpty() || a.times().isEmpty(), a.id());
      assertEquals(a, ArticleJson.read(ArticleJson.write(a)), a.id());
      assertEquals(a, ArticleJson.read(
          ArticleJson.write(a, JsonOptions.defaults().withPretty(true))), a.id() + " pretty");
    }
  }

  @Test
  void generatedTextsReadBackEqual() {
    int entities = 0;
    for (int run = 0; run < GENERATED; run++) {
      int seed = run;
      Random random = new Random(seed);
      String text = NewsTextGenerator.forRun(seed, random);
      Optional<LocalDate> published = random.nextBoolean()
          ? Optional.empty()
          : Optional.of(LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1));
      Article a = KHABAR.process(new ArticleSource("g" + seed, text, published));
      entities += a.entities().size();
      String json = ArticleJson.write(a);
      Article back;
      try {
        back = ArticleJson.read(json);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + NewsTextGenerator.escape(text), e);
      }
      assertEquals(a, back, () -> "seed " + seed + ": " + NewsTextGenerator.escape(text));
    }
    assertTrue(entities > GENERATED, "the generated texts hold names: " + entities);
  }

  @Test
  void tokensOfADisplayNormalizerKeepTheirMatchingKeys() throws IOException {
    Khabar display = Khabar.builder().normalizer(ArabicNormalizer.display()).build();
    for (Article seed : seeds()) {
      Article a = display.process(new ArticleSource(seed.id(), seed.text(), seed.published()));
      assertTrue(a.tokens().stream().anyMatch(t -> !t.key().equals(t.norm())), a.id());
      assertEquals(a, ArticleJson.read(ArticleJson.write(a)), a.id());
    }
  }

  @Test
  void anEntityTypeOfTheCallersOwnReadsBack() {
    EntityType team = EntityType.of("TEAM");
    Khabar teams = Khabar.builder()
        .addRecognizer(DictionaryEntityRecognizer.builder().add(team, "الترجي").build())
        .build();
    Article a = teams.process("فاز الترجي أمس.\n");
    assertEquals(List.of(team), a.entities().stream().map(Entity::type).toList());
    assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
  }

  @Test
  void aLayerLeftOutReadsBackEmptyAndTheRestEqual() throws IOException {
    Article a = seeds().get(0);
    ArticleDocument d = ArticleJson.readDocument(
        ArticleJson.write(a, JsonOptions.defaults().without(Layer.TOKENS, Layer.QUOTES)));
    assertEquals(EnumSet.of(Layer.SENTENCES, Layer.ENTITIES, Layer.TIMES, Layer.NUMBERS),
        d.layers());
    Article b = d.article();
    assertTrue(b.tokens().isEmpty());
    assertTrue(b.quotes().isEmpty());
    assertEquals(a.text(), b.text());
    assertEquals(a.blocks(), b.blocks());
    assertEquals(a.sentences(), b.sentences());
    assertEquals(a.entities(), b.entities());
    assertEquals(a.times(), b.times());
    assertEquals(a.numbers(), b.numbers());
  }

  @Test
  void theDocumentCarriesTheHeader() throws IOException {
    Article a = seeds().get(1);
    ArticleDocument d = ArticleJson.readDocument(
        ArticleJson.write(a, JsonOptions.defaults().withModels(DefaultModels.versions())));
    assertEquals(ArticleJson.SCHEMA_VERSION, d.schemaVersion());
    assertEquals(Optional.of(Khabar.version()), d.khabarVersion());
    assertEquals(DefaultModels.versions(), d.models());
    assertEquals(EnumSet.allOf(Layer.class), d.layers());
  }

  @Test
  void bytesAndCharsReadAsTheString() throws IOException {
    Article a = seeds().get(2);
    String json = ArticleJson.write(a);
    assertEquals(a, ArticleJson.readDocument(new ByteArrayInputStream(json.getBytes(UTF_8)))
        .article());
    assertEquals(a, ArticleJson.readDocument(new StringReader(json)).article());
  }

  @Test
  void jsonWithoutTheHeaderReadsAsSchemaOne() throws IOException {
    // What the command-line tool wrote before the header existed.
    Article a = seeds().get(3);
    String json = ArticleJson.write(a);
    String old = "{" + json.substring(json.indexOf("\"id\""));
    ArticleDocument d = ArticleJson.readDocument(old);
    assertEquals(1, d.schemaVersion());
    assertEquals(Optional.empty(), d.khabarVersion());
    assertEquals(Map.of(), d.models());
    assertEquals(a, d.article());
  }

  @Test
  void aFieldAddedLaterIsSkipped() throws IOException {
    Article a = seeds().get(4);
    String json = ArticleJson.write(a);
    String later = json.replace("\"blocks\":[",
        "\"sentiment\":{\"score\":[1,2,{\"x\":null}]},\"blocks\":[");
    later = later.replace("\"kind\":\"PARAGRAPH\",", "\"kind\":\"PARAGRAPH\",\"level\":1,");
    assertTrue(later.contains("\"level\""), "the seed has paragraphs");
    assertEquals(a, ArticleJson.read(later));
  }
}
