package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.models.DefaultModels;

/** The word lists a model's feature descriptor carries, read back for the rules beside it. */
class FeatureWordListsTest {

  @Test
  void theListsADescriptorWasWrittenWithAreReadBack() {
    byte[] xml = new ArabicFeatureDescriptor(true, true, true, false,
        List.of("هشام", "سمير"), List.of("الوزير"), List.of("وزارة"), "", null).toXml();
    assertEquals(Set.of("سمير", "هشام"), ArabicFeatureDescriptor.words(xml, "givenNames"));
    assertEquals(Set.of("الوزير"), ArabicFeatureDescriptor.words(xml, "titles"));
    assertEquals(Set.of("وزارة"), ArabicFeatureDescriptor.words(xml, "orgHeads"));
    assertEquals(Set.of(), ArabicFeatureDescriptor.words(xml, "noSuchList"));
  }

  @Test
  void aDescriptorOfOtherFeaturesHasNoGivenNames() {
    byte[] xml = ("<featureGenerators name=\"nameFinder\">\n"
        + "  <generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>\n"
        + "  <str name=\"givenNames\">سمير</str>\n"
        + "</featureGenerators>\n").getBytes(UTF_8);
    assertEquals(Set.of(), ArabicFeatureDescriptor.words(xml, "givenNames"));
  }

  @Test
  void theBundledModelAndItsCompiledFormMarkTheSameGivenNames() throws IOException {
    Set<String> names = ArabicNameFinder.givenNames(DefaultModels.nameFinderModel());
    assertTrue(names.size() > 1000, "the bundled model marks its given-names list: " + names.size());
    byte[] bytes;
    try (InputStream in = DefaultModels.class.getResourceAsStream(DefaultModels.DECODER_RESOURCE)) {
      assertNotNull(in, "the build compiles the bundled decoder");
      bytes = in.readAllBytes();
    }
    CompiledDecoder compiled = CompiledDecoder.read(bytes, DefaultModels.DECODER_RESOURCE);
    assertEquals(names, ArabicNameFinder.givenNames(compiled));
  }
}
