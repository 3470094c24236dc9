package org.khabar.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.models.DefaultModels;
import org.khabar.tools.train.NerTrainer;

class GenreTest {

  private static final NerTrainer GENRES =
      new NerTrainer(NerTrainer.Features.ARABIC_GENRES, "PERCEPTRON", 20, 0);

  /** The test sentence: one word the two genres' training text labels differently. */
  private static final String[] SENTENCE = "زار نوران المدينة أمس .".split(" ");

  /**
   * The same sentences twice: in news text the name is a person, in encyclopedic text a place. The
   * shared features see both labels equally often, so only the genre copies can tell them apart.
   */
  private static List<NameSample> samples(Map<NameSample, String> domains) throws IOException {
    List<NameSample> out = new ArrayList<>();
    String[] tails = {"المدينة أمس .", "القرية اليوم .", "السوق صباحا ."};
    for (String tail : tails) {
      out.add(NameSample.parse("زار <START:PERSON> نوران <END> " + tail, true));
      NameSample place = NameSample.parse("زار <START:LOCATION> نوران <END> " + tail, true);
      out.add(place);
      domains.put(place, Genre.ENCYCLOPEDIC.id());
    }
    return out;
  }

  static TokenNameFinderModel genreModel() throws IOException {
    Map<NameSample, String> domains = new IdentityHashMap<>();
    List<NameSample> samples = samples(domains);
    TokenNameFinderModel model = GENRES.train(samples, domains, List.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    return new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static String typeOfName(TokenNameFinder finder) {
    Span[] names = finder.find(SENTENCE);
    assertEquals(1, names.length, List.of(names).toString());
    assertEquals(1, names[0].getStart());
    assertEquals(2, names[0].getEnd());
    return names[0].getType();
  }

  @Test
  void aSavedGenreModelDecodesNewsByDefaultAndEncyclopedicWhenAsked() throws IOException {
    TokenNameFinderModel model = genreModel();
    assertEquals("PERSON", typeOfName(new NameFinderME(model)), "OpenNLP's decoder: news");
    assertEquals("PERSON", typeOfName(ArabicNameFinder.factory(model).orElseThrow().get()));
    assertEquals("PERSON",
        typeOfName(ArabicNameFinder.factory(model, 100, Genre.NEWS).get()));
    assertEquals("LOCATION",
        typeOfName(ArabicNameFinder.factory(model, 100, Genre.ENCYCLOPEDIC).get()));
    assertEquals("LOCATION",
        typeOfName(ArabicNameFinder.factory(model, 0, Genre.ENCYCLOPEDIC).get()),
        "without the word cache");
  }

  @Test
  void factoriesOfSeveralGenresDecodeEachAndDoNotKeepTheModel() throws Exception {
    TokenNameFinderModel model = genreModel();
    Map<Genre, Supplier<TokenNameFinder>> finders =
        ArabicNameFinder.factories(model, 100, EnumSet.allOf(Genre.class));
    assertEquals(EnumSet.allOf(Genre.class), finders.keySet());
    WeakReference<TokenNameFinderModel> ref = new WeakReference<>(model);
    model = null;
    for (int k = 0; k < 20 && ref.get() != null; k++) {
      System.gc();
      Thread.sleep(50);
    }
    assertNull(ref.get(), "the factories keep the model reachable");
    assertEquals("PERSON", typeOfName(finders.get(Genre.NEWS).get()));
    assertEquals("LOCATION", typeOfName(finders.get(Genre.ENCYCLOPEDIC).get()));
    assertTrue(ArabicNameFinder.factories(genreModel(), 0, List.of()).isEmpty());
  }

  @Test
  void factoriesRefuseAModelTheyCannotDecodeNamingTheGenres() throws IOException {
    TokenNameFinderModel plain = SavedModelTest.tinyArabicModel();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArabicNameFinder.factories(plain, 100, List.of(Genre.ENCYCLOPEDIC)));
    assertTrue(e.getMessage().contains("encyclopedic"), e.getMessage());
    Map<NameSample, String> domains = new IdentityHashMap<>();
    TokenNameFinderModel baseline =
        new NerTrainer(NerTrainer.Features.BASELINE, "PERCEPTRON", 5, 0)
            .train(samples(domains), List.of());
    e = assertThrows(IllegalArgumentException.class,
        () -> ArabicNameFinder.factories(baseline, 100, List.of(Genre.NEWS)));
    assertTrue(e.getMessage().contains("news"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ArabicNameFinder.factories(plain, -3, List.of(Genre.NEWS)));
    assertTrue(e.getMessage().contains("-3"), e.getMessage());
  }

  @Test
  void theGenreRecognizerFindsTheEncyclopedicType() throws IOException {
    TokenNameFinderModel model = genreModel();
    String text = String.join(" ", SENTENCE);
    Khabar khabar = Khabar.builder()
        .addRecognizer(DefaultModels.entityRecognizer(model, Genre.ENCYCLOPEDIC))
        .build();
    List<Entity> entities = khabar.process(text).entities();
    assertEquals(1, entities.size(), entities.toString());
    assertEquals(EntityType.LOCATION, entities.get(0).type());
    assertEquals("نوران", entities.get(0).text());
  }

  @Test
  void aModelWithoutGenresRefusesAGenreNamingIt() throws IOException {
    TokenNameFinderModel plain = SavedModelTest.tinyArabicModel();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArabicNameFinder.factory(plain, 100, Genre.ENCYCLOPEDIC));
    assertTrue(e.getMessage().contains("encyclopedic"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> DefaultModels.entityRecognizer(plain, Genre.ENCYCLOPEDIC));
  }

  @Test
  void aModelOnlyNameFinderMeDecodesIsRefusedAGenre() throws IOException {
    Map<NameSample, String> domains = new IdentityHashMap<>();
    TokenNameFinderModel baseline =
        new NerTrainer(NerTrainer.Features.BASELINE, "PERCEPTRON", 5, 0)
            .train(samples(domains), List.of());
    assertTrue(ArabicNameFinder.factory(baseline, 100).isEmpty(), "not one this class decodes");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArabicNameFinder.factory(baseline, 100, Genre.ENCYCLOPEDIC));
    assertTrue(e.getMessage().contains("encyclopedic"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> DefaultModels.entityRecognizer(baseline, Genre.NEWS));
  }

  @Test
  void genreFeaturesCopyEveryFeatureWithTheGenreAsPrefix() {
    ArabicFeatureGenerator plain = ArabicFeatureGeneratorTest.generator(true);
    assertNull(plain.genre());
    ArabicFeatureGenerator news = new ArabicFeatureGenerator(
        plain.settings().withGenre(Genre.NEWS));
    ArabicFeatureGenerator ency = news.forGenre(Genre.ENCYCLOPEDIC);
    assertEquals(Genre.ENCYCLOPEDIC, ency.genre());
    String[] tokens = "قال الرئيس سمير في باريس .".split(" ");
    for (int i = 0; i < tokens.length; i++) {
      List<String> base = new ArrayList<>();
      plain.createFeatures(base, tokens, i, new String[0]);
      for (var pair : List.of(List.of(news, "news:"), List.of(ency, "encyclopedic:"))) {
        List<String> got = new ArrayList<>();
        ((ArabicFeatureGenerator) pair.get(0)).createFeatures(got, tokens, i, new String[0]);
        List<String> expected = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        // Each group of features is followed by its copies; compare as multisets.
        for (String f : base) {
          expected.add(f);
          copies.add(pair.get(1) + f);
        }
        expected.addAll(copies);
        Collections.sort(expected);
        Collections.sort(got);
        assertEquals(expected, got, "token " + i);
      }
    }
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> plain.forGenre(Genre.NEWS));
    assertTrue(e.getMessage().contains("news"), e.getMessage());
  }

  @Test
  void aTrainingDomainCopiesUnderItsOwnNameAndABadNameIsRefused() {
    ArabicFeatureGenerator plain = ArabicFeatureGeneratorTest.generator(true);
    ArabicFeatureGenerator news = new ArabicFeatureGenerator(
        plain.settings().withGenre(Genre.NEWS));
    String[] tokens = "قال الرئيس سمير في باريس .".split(" ");
    List<String> base = new ArrayList<>();
    plain.createFeatures(base, tokens, 2, new String[0]);
    List<String> got = new ArrayList<>();
    news.forDomain("wikifane").createFeatures(got, tokens, 2, new String[0]);
    assertEquals(2 * base.size(), got.size());
    assertTrue(got.containsAll(base));
    assertTrue(got.stream().filter(f -> !base.contains(f)).allMatch(f -> f.startsWith("wikifane:")
        && base.contains(f.substring("wikifane:".length()))), got.toString());
    assertEquals(Genre.ENCYCLOPEDIC, news.forDomain("encyclopedic").genre());
    IllegalArgumentException colon =
        assertThrows(IllegalArgumentException.class, () -> news.forDomain("a:b"));
    assertTrue(colon.getMessage().contains("\"a:b\""), colon.getMessage());
    assertThrows(IllegalArgumentException.class, () -> news.forDomain(" "));
    assertThrows(IllegalStateException.class, () -> plain.forDomain("wikifane"));
  }

  @Test
  void genreNamesRoundTripAndAnUnknownNameIsNamed() {
    for (Genre g : Genre.values()) {
      assertEquals(g, Genre.of(g.id()));
      assertEquals(g, Genre.of(g.id().toUpperCase(java.util.Locale.ROOT)));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Genre.of("wiki"));
    assertTrue(e.getMessage().contains("\"wiki\""), e.getMessage());
  }
}
