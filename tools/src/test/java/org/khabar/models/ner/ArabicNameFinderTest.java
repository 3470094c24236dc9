package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.models.DefaultModels;
import org.khabar.tools.train.NerTrainer;

/** The fast decoder against OpenNLP's {@link NameFinderME} as the oracle, on the same models. */
class ArabicNameFinderTest {

  private static final double PROB_TOLERANCE = 1e-9;

  /**
   * Tags every sentence with both decoders and asserts the same names with the same scores.
   * {@link NameFinderME} is given the tokens without their marks, which {@link ArabicNameFinder}
   * ignores.
   */
  static int assertSameAsNameFinderMe(
      TokenNameFinderModel model, int cacheSize, List<String[]> sentences) {
    TokenNameFinder fast = ArabicNameFinder.factory(model, cacheSize).orElseThrow().get();
    NameFinderME oracle = new NameFinderME(model);
    int names = 0;
    for (String[] tokens : sentences) {
      Span[] expected =
          oracle.find(Arrays.stream(tokens).map(ArabicFold::withoutMarks).toArray(String[]::new));
      Span[] actual = fast.find(tokens);
      assertArrayEquals(expected, actual, () -> String.join(" ", tokens));
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k].getProb(), actual[k].getProb(), PROB_TOLERANCE);
      }
      assertArrayEquals(oracle.probs(), ((ArabicNameFinder) fast).probs(), PROB_TOLERANCE);
      names += expected.length;
    }
    return names;
  }

  /** Sentences of words from the bundled cluster vocabulary, with clitics, digits and Latin. */
  private static List<String[]> randomSentences(long seed, int count) throws IOException {
    List<String> vocabulary = new ArrayList<>();
    try (InputStream in =
            ArabicNameFinderTest.class.getResourceAsStream(
                "/" + NerTrainer.CLUSTERS_RESOURCE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        vocabulary.add(line.substring(0, line.indexOf('\t')));
      }
    }
    String[] extras = {"و", "ب", "ل", "وال", "بال", "", "", "", "", ""};
    String[] odd = {"2026", "CNN", "،", ".", "«", "»", "x", "١٢"};
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      String[] tokens = new String[random.nextInt(0, 40)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] =
            random.nextInt(10) == 0
                ? odd[random.nextInt(odd.length)]
                : extras[random.nextInt(extras.length)]
                    + vocabulary.get(random.nextInt(vocabulary.size()));
      }
      out.add(tokens);
    }
    return out;
  }

  private static List<String[]> seedSentences() throws IOException {
    Path seeds = Path.of("..", "seeds");
    if (!Files.isDirectory(seeds)) {
      seeds = Path.of("seeds");
    }
    Khabar khabar = Khabar.builder().build();
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Article a = khabar.process(Files.readString(file, UTF_8));
        for (Sentence sentence : a.sentences()) {
          List<Token> tokens = a.tokensIn(sentence.span());
          out.add(tokens.stream().map(t -> a.textOf(t.span())).toArray(String[]::new));
        }
      }
    }
    return out;
  }

  @Test
  void bundledModelGivesTheSameNamesAsNameFinderMeOnTheSeeds() throws IOException {
    int names =
        assertSameAsNameFinderMe(
            DefaultModels.nameFinderModel(), ArabicNameFinder.DEFAULT_CACHE_SIZE, seedSentences());
    assertTrue(names > 50, "only " + names + " names in the seeds");
  }

  @Test
  void bundledModelGivesTheSameNamesAsNameFinderMeOnRandomSentences() throws IOException {
    List<String[]> sentences = randomSentences(20261122L, 400);
    int names =
        assertSameAsNameFinderMe(DefaultModels.nameFinderModel(), 1_000, sentences);
    assertTrue(names > 100, "only " + names + " names in random sentences");
    // A cache that starts over many times, and no cache at all, change nothing.
    assertSameAsNameFinderMe(DefaultModels.nameFinderModel(), 7, sentences);
    assertSameAsNameFinderMe(DefaultModels.nameFinderModel(), 0, sentences);
  }

  @Test
  void theCacheKeepsShortWordsOnly() {
    ArabicNameFinder finder = (ArabicNameFinder)
        ArabicNameFinder.factory(DefaultModels.nameFinderModel(), 1_000).orElseThrow().get();
    String junk = "ب".repeat(ArabicNameFinder.MAX_CACHED_CHARS + 1);
    String[] sentence = {"قال", "الرئيس", junk, junk + "ت", "في", "باريس"};
    Span[] first = finder.find(sentence);
    assertEquals(4, finder.cachedForms(), "the four short words");
    assertArrayEquals(first, finder.find(sentence), "an uncached word scores the same again");
  }

  @Test
  void aFreshlyTrainedArabicModelDecodesTheSame() throws IOException {
    TokenNameFinderModel model = SavedModelTest.tinyArabicModel();
    List<String[]> sentences = new ArrayList<>();
    for (NameSample s : SavedModelTest.samples()) {
      sentences.add(s.getSentence());
    }
    sentences.addAll(randomSentences(7L, 50));
    assertTrue(assertSameAsNameFinderMe(model, 100, sentences) > 0);
  }

  /**
   * Tags every sentence with the finders over {@code model} and over its compiled form, for every
   * genre, and asserts the same names with exactly the same probabilities.
   */
  private static int assertCompiledDecodesTheSame(TokenNameFinderModel model,
      List<Genre> genres, List<String[]> sentences) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompiledDecoder.write(model, "0".repeat(64), bytes);
    CompiledDecoder compiled = CompiledDecoder.read(bytes.toByteArray(), "test");
    Map<Genre, Supplier<TokenNameFinder>> fromCompiled =
        ArabicNameFinder.factories(compiled, 100, genres);
    Map<Genre, Supplier<TokenNameFinder>> fromModel =
        ArabicNameFinder.factories(model, 100, genres);
    int names = 0;
    for (Genre genre : genres) {
      TokenNameFinder expected = fromModel.get(genre).get();
      TokenNameFinder actual = fromCompiled.get(genre).get();
      for (String[] tokens : sentences) {
        Span[] e = expected.find(tokens);
        Span[] a = actual.find(tokens);
        assertArrayEquals(e, a, () -> genre + ": " + String.join(" ", tokens));
        for (int k = 0; k < e.length; k++) {
          assertEquals(e[k].getProb(), a[k].getProb(), 0.0);
        }
        assertArrayEquals(((ArabicNameFinder) expected).probs(),
            ((ArabicNameFinder) actual).probs(), 0.0);
        names += e.length;
      }
    }
    return names;
  }

  @Test
  void theCompiledBundledModelDecodesAsTheModel() throws IOException {
    List<String[]> sentences = new ArrayList<>(seedSentences());
    sentences.addAll(randomSentences(20261202L, 300));
    int names = assertCompiledDecodesTheSame(DefaultModels.nameFinderModel(),
        List.of(Genre.NEWS, Genre.ENCYCLOPEDIC), sentences);
    assertTrue(names > 200, "only " + names + " names");
  }

  @Test
  void aFreshlyTrainedModelCompiledDecodesAsTheModel() throws IOException {
    TokenNameFinderModel model = GenreTest.genreModel();
    List<String[]> sentences = new ArrayList<>();
    sentences.add("زار نوران المدينة أمس .".split(" "));
    for (NameSample s : SavedModelTest.samples()) {
      sentences.add(s.getSentence());
    }
    sentences.addAll(randomSentences(11L, 50));
    assertTrue(assertCompiledDecodesTheSame(model, List.of(Genre.values()), sentences) > 0);
  }

  @Test
  void aModelThisDecoderCannotReadDoesNotCompile() throws IOException {
    TokenNameFinderModel baseline =
        new NerTrainer(NerTrainer.Features.BASELINE, "PERCEPTRON", 10, 0)
            .train(SavedModelTest.samples(), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompiledDecoder.write(baseline, "0".repeat(64), new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("Khabar's Arabic features"), e.getMessage());
  }

  @Test
  void modelsWithOtherFeaturesAreLeftToNameFinderMe() throws IOException {
    TokenNameFinderModel baseline =
        new NerTrainer(NerTrainer.Features.BASELINE, "PERCEPTRON", 10, 0)
            .train(SavedModelTest.samples(), List.of());
    assertTrue(ArabicNameFinder.factory(baseline).isEmpty());
    assertTrue(ArabicNameFinder.factory(DefaultModels.nameFinderModel()).isPresent());
  }

  @Test
  void harakatTatweelAndInvisibleMarksChangeNoName() throws IOException {
    TokenNameFinder finder =
        ArabicNameFinder.factory(DefaultModels.nameFinderModel()).orElseThrow().get();
    char[] marks = {'\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640',
        '\u200F', '\u200C'};
    SplittableRandom random = new SplittableRandom(20261123L);
    int names = 0;
    int marked = 0;
    for (String[] plain : seedSentences()) {
      String[] tokens = new String[plain.length];
      for (int i = 0; i < plain.length; i++) {
        StringBuilder t = new StringBuilder();
        for (char c : plain[i].toCharArray()) {
          t.append(c);
          if (c >= '\u0628' && c <= '\u064A' && random.nextInt(3) == 0) {
            t.append(marks[random.nextInt(marks.length)]);
            marked++;
          }
        }
        tokens[i] = t.toString();
      }
      Span[] expected = finder.find(plain);
      Span[] actual = finder.find(tokens);
      assertArrayEquals(expected, actual, () -> String.join(" ", tokens));
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k].getProb(), actual[k].getProb(), PROB_TOLERANCE);
      }
      names += expected.length;
    }
    assertTrue(names > 50 && marked > 1_000, names + " names, " + marked + " marks");
  }

  @Test
  void emptySentenceHasNoNames() {
    TokenNameFinder fast =
        ArabicNameFinder.factory(DefaultModels.nameFinderModel()).orElseThrow().get();
    assertEquals(0, fast.find(new String[0]).length);
  }

  @Test
  void aSentenceLongerThanOpenNlpsBeamCanScoreKeepsItsWholePath() {
    // Every outcome equally likely: each token costs log(1/9), so 50,000 tokens take the path below
    // the -100,000 at which OpenNLP's BeamSearch drops it.
    String[] outcomes = {"other", "person-start", "person-cont", "location-start",
        "location-cont", "organization-start", "organization-cont", "misc-start", "misc-cont"};
    boolean[][] valid =
        BeamSearch.transitions(new BioCodec(), outcomes);
    int length = 50_000;
    BeamSearch.Hypothesis best = BeamSearch.search(
        length, outcomes.length, 3, 0, valid, (i, po, ppo, out) -> Arrays.fill(out, 0));
    assertTrue(best.score < -100_000, "score " + best.score);
    int[] path = best.outcomes();
    assertEquals(length, path.length);
    for (int i = 0; i < length; i++) {
      assertTrue(valid[i == 0 ? 0 : path[i - 1] + 1][path[i]], "invalid outcome at " + i);
    }
  }

  @Test
  void negativeCacheSizeIsRejectedNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ArabicNameFinder.factory(DefaultModels.nameFinderModel(), -1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }
}
