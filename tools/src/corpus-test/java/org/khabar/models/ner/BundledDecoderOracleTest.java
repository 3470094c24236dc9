package org.khabar.models.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.models.DefaultModels;
import org.khabar.tools.corpus.NerCorpora;
import org.khabar.tools.corpus.SharedCorpora;

/** The fast decoder against OpenNLP's {@code NameFinderME} on every sentence of ANERcorp test. */
class BundledDecoderOracleTest {

  @Test
  void bundledModelGivesTheSameNamesAsNameFinderMeOnAnercorpTest() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    List<String[]> sentences =
        new NerCorpora(root.get()).anercorpTest().stream().map(NameSample::getSentence).toList();
    int names =
        ArabicNameFinderTest.assertSameAsNameFinderMe(
            DefaultModels.nameFinderModel(), ArabicNameFinder.DEFAULT_CACHE_SIZE, sentences);
    assertTrue(names > 1_000, "only " + names + " names in ANERcorp test");
  }}
