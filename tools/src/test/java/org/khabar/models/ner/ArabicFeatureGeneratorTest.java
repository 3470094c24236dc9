package org.khabar.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class ArabicFeatureGeneratorTest {

  static ArabicFeatureGenerator generator(boolean gazetteers) {
    return new ArabicFeatureGenerator(new ArabicFeatureSettings(
        true, true, true, gazetteers,
        gazetteers ? PlaceGazetteer.cldr() : PlaceGazetteer.empty(),
        Set.of(ArabicFold.fold("سمير")), Set.of(ArabicFold.fold("رئيس")), Set.of(),
        ClusterTable.EMPTY, null));
  }

  private static List<String> features(ArabicFeatureGenerator g, String[] tokens, int i) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, tokens, i, new String[0]);
    return out;
  }

  @Test
  void aDescriptorAskingForTheDroppedExtendedFeaturesIsRefused() {
    String xml = "<featureGenerators name=\"nameFinder\"><generator class=\""
        + ArabicFeatureGeneratorFactory.class.getName()
        + "\"><bool name=\"extended\">true</bool></generator></featureGenerators>";
    Exception e = assertThrows(Exception.class, () -> GeneratorFactory.create(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null));
    assertTrue(String.valueOf(e.getMessage()).contains("'extended'"), String.valueOf(e));
  }

  @Test
  void foldsAlefVariantsTehMarbutaAndAlefMaqsura() {
    assertEquals("احمد", ArabicFold.fold("أحمد"));
    assertEquals("اسلاميه", ArabicFold.fold("إسلامية"));
    assertEquals("مصطفي", ArabicFold.fold("مصطفى"));
  }

  @Test
  void foldDropsHarakatAndTatweel() {
    // \u064E fatha, \u0640 tatweel
    assertEquals("كتب", ArabicFold.fold("ك\u064Eت\u0640ب"));
  }

  @Test
  void foldMapsDigitsToZero() {
    assertEquals("0000", ArabicFold.fold("٢٠٢٥"));
  }

  @Test
  void stemDropsConjunctionPrepositionAndArticle() {
    assertEquals("مستشار", ArabicFeatureGenerator.stemOf("والمستشار"));
    assertEquals("اوكرانيا", ArabicFeatureGenerator.stemOf("لأوكرانيا"));
    assertEquals("اتحاد", ArabicFeatureGenerator.stemOf("للاتحاد"));
  }

  @Test
  void stemKeepsShortWordsWhole() {
    assertEquals("ولد", ArabicFeatureGenerator.stemOf("ولد"));
  }

  @Test
  void withoutPrepositionsKeepsTheArticleAndRestoresAnElidedOne() {
    assertEquals("الاتحاد", ArabicFold.withoutPrepositions(ArabicFold.fold("للاتحاد")));
    assertEquals("اوكرانيا", ArabicFold.withoutPrepositions(ArabicFold.fold("لأوكرانيا")));
  }

  @Test
  void tokenClassKnowsArabicScript() {
    assertEquals("ar", ArabicTokenClass.of("بغداد"));
    assertEquals("num", ArabicTokenClass.of("٢٠٢٥"));
    assertEquals("latcap", ArabicTokenClass.of("Paris"));
    assertEquals("punct", ArabicTokenClass.of("«"));
    assertEquals("arnum", ArabicTokenClass.of("ف16"));
  }

  @Test
  void emitsFormStemClassAndAffixes() {
    List<String> f = features(generator(false), new String[] {"والمستشار"}, 0);
    assertTrue(f.contains("w=والمستشار"), f.toString());
    assertTrue(f.contains("s=مستشار"), f.toString());
    assertTrue(f.contains("c=ar"), f.toString());
    assertTrue(f.contains("suf2=ار"), f.toString());
    assertTrue(f.contains("pre1=م"), f.toString());
  }

  @Test
  void emitsTheContextWindow() {
    List<String> f = features(generator(false), new String[] {"قال", "سمير", "أمس"}, 1);
    assertTrue(f.contains("w-1=قال"), f.toString());
    assertTrue(f.contains("w+1=امس"), f.toString());
    assertTrue(f.contains("w-2=<s>"), f.toString());
  }

  @Test
  void marksGivenNamesAndTitlesOnNeighbours() {
    List<String> f = features(generator(false), new String[] {"الرئيس", "سمير", "حداد"}, 1);
    assertTrue(f.contains("gn"), f.toString());
    assertTrue(f.contains("ti-1"), f.toString());
    assertTrue(f.contains("gn-1") || !f.contains("gn+1"), f.toString());
  }

  @Test
  void marksCldrPlacesBehindAPreposition() {
    List<String> f = features(generator(true), new String[] {"دعم", "لفرنسا"}, 1);
    assertTrue(f.contains("gz=B"), f.toString());
  }

  @Test
  void marksMultiWordCldrPlaces() {
    String[] tokens = {"في", "الولايات", "المتحدة"};
    ArabicFeatureGenerator g = generator(true);
    assertTrue(features(g, tokens, 1).contains("gz=B"));
    assertTrue(features(g, tokens, 2).contains("gz=I"));
    assertFalse(features(g, tokens, 0).contains("gz=B"));
  }

  @Test
  void cldrPlacesIncludeCountriesAndCities() {
    Set<String> places = CldrPlaceNames.all();
    assertTrue(places.contains("فرنسا"), "France");
    assertTrue(places.size() > 300, "size " + places.size());
  }

  @Test
  void sameFeaturesWhateverTheSentenceBefore() {
    ArabicFeatureGenerator g = generator(true);
    String[] a = {"قال", "سمير", "أمس"};
    List<String> first = features(g, a, 1);
    features(g, new String[] {"زار", "باريس"}, 1);
    assertEquals(first, features(g, a.clone(), 1));
  }
}
