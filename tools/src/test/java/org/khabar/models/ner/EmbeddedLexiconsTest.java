package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.khabar.ner.OpenNlpExtensions;
import org.khabar.tools.train.NerTrainer;

class EmbeddedLexiconsTest {

  private static final byte[] DESCRIPTOR = new ArabicFeatureDescriptor(true, true, true, true,
      List.of(), List.of(), List.of(), NerTrainer.CLUSTERS_RESOURCE, null).toXml();

  private static ArabicFeatureGenerator generator(Map<String, Object> artifacts) {
    OpenNlpExtensions.register();
    return ArabicNameFinder.arabicGenerator(
        new TokenNameFinderFactory(DESCRIPTOR, artifacts, new BioCodec())
            .createFeatureGenerators()).orElseThrow();
  }

  private static List<String> features(ArabicFeatureGenerator g, String[] tokens, int i) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, tokens, i, new String[0]);
    return out;
  }

  @Test
  void aDescriptorWithPlacesAndClustersGetsBothFromTheRunningLibraries() throws IOException {
    Map<String, Object> artifacts = EmbeddedLexicons.forDescriptor(DESCRIPTOR);
    assertEquals(List.of(EmbeddedLexicons.PLACES, EmbeddedLexicons.CLUSTERS),
        List.copyOf(artifacts.keySet()));
    List<String> places = EmbeddedLexicons.places((byte[]) artifacts.get(EmbeddedLexicons.PLACES));
    assertEquals(List.copyOf(new TreeSet<>(CldrPlaceNames.all())), places);
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream(NerTrainer.CLUSTERS_RESOURCE)) {
      assertArrayEquals(in.readAllBytes(), (byte[]) artifacts.get(EmbeddedLexicons.CLUSTERS));
    }
  }

  @Test
  void withoutGazetteersOrClustersNothingIsEmbedded() {
    byte[] bare = new ArabicFeatureDescriptor(true, true, true, false,
        List.of(), List.of(), List.of(), "", null).toXml();
    assertTrue(EmbeddedLexicons.forDescriptor(bare).isEmpty());
    assertTrue(EmbeddedLexicons.forDescriptor(
        "<featureGenerators name=\"nameFinder\"/>".getBytes(UTF_8)).isEmpty());
  }

  @Test
  void theEmbeddedPlacesAreMarkedInsteadOfTheRunningCldrs() {
    String made = "زمرستان";
    ArabicFeatureGenerator frozen = generator(
        Map.of(EmbeddedLexicons.PLACES, (made + "\n").getBytes(UTF_8)));
    ArabicFeatureGenerator running = generator(Map.of());
    String[] madeUp = {"في", made};
    String[] cldr = {"في", "فرنسا"};
    assertTrue(features(frozen, madeUp, 1).contains("gz=B"));
    assertFalse(features(frozen, cldr, 1).contains("gz=B"), "CLDR is not read");
    assertFalse(features(running, madeUp, 1).contains("gz=B"));
    assertTrue(features(running, cldr, 1).contains("gz=B"), "an older model reads CLDR");
  }

  @Test
  void theEmbeddedClustersAreReadInsteadOfTheClassPathResource() {
    ArabicFeatureGenerator frozen = generator(
        Map.of(EmbeddedLexicons.CLUSTERS, "زمرستان\t01\t0110\n".getBytes(UTF_8)));
    List<String> f = features(frozen, new String[] {"في", "زمرستان"}, 1);
    assertTrue(f.contains("k0=01") && f.contains("k1=0110"), f.toString());
    assertTrue(features(frozen, new String[] {"في", "فرنسا"}, 1).stream()
        .noneMatch(s -> s.startsWith("k0=")), "the class-path clusters are not read");
  }

  @Test
  void aTrainedModelCarriesItsLexiconsThroughSavingAndLoading() throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    SavedModelTest.tinyArabicModel().serialize(saved);
    TokenNameFinderModel loaded =
        new TokenNameFinderModel(new ByteArrayInputStream(saved.toByteArray()));
    Map<String, Object> expected = EmbeddedLexicons.forDescriptor(DESCRIPTOR);
    for (String name : List.of(EmbeddedLexicons.PLACES, EmbeddedLexicons.CLUSTERS)) {
      assertArrayEquals((byte[]) expected.get(name), loaded.getArtifact(name), name);
    }
  }
}
