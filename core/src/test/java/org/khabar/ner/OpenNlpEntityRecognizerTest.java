package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Khabar;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;
import org.khabar.testing.NewsTextGenerator;
import org.khabar.text.PresentationForms;

class OpenNlpEntityRecognizerTest {

  private final OpenNlpEntityRecognizer recognizer =
      new OpenNlpEntityRecognizer(TinyModels.model());

  private static String find(TokenizedText text, List<Entity> entities, EntityType type) {
    return entities.stream()
        .filter(e -> e.type() == type)
        .map(e -> text.textOf(e.span()))
        .findFirst()
        .orElse("<none>");
  }

  @Test
  void spanExcludesAttachedPreposition() {
    TokenizedText text = TestTexts.of("قال سمير حداد في ل+أوكرانيا إن الوضع صعب .");
    List<Entity> entities = recognizer.recognize(text);
    assertEquals("أوكرانيا", find(text, entities, EntityType.LOCATION));
  }

  @Test
  void spanKeepsTheArticleOfAName() {
    TokenizedText text = TestTexts.of("قال ليلى منصور في ال+كرملين إن الوضع صعب .");
    List<Entity> entities = recognizer.recognize(text);
    assertEquals("الكرملين", find(text, entities, EntityType.LOCATION));
  }

  @Test
  void multiWordNamesComeOutWhole() {
    TokenizedText text = TestTexts.of("التقى كريم سالم مع وفد حلف شمال الأطلسي أمس .");
    List<Entity> entities = recognizer.recognize(text);
    assertEquals("كريم سالم", find(text, entities, EntityType.PERSON));
    assertEquals("حلف شمال الأطلسي", find(text, entities, EntityType.ORGANIZATION));
  }

  @Test
  void nameRunAcrossAConjunctionIsSplit() {
    TokenizedText text = TestTexts.of("التقى سمير حداد و+ليلى منصور أمس .");
    List<String> people = recognizer.recognize(text).stream()
        .filter(e -> e.type() == EntityType.PERSON).map(Entity::text).toList();
    assertEquals(List.of("سمير حداد", "ليلى منصور"), people);
  }

  @Test
  void entityTextIsTheOriginalTextAtItsSpan() {
    TokenizedText text = TestTexts.of("قال هدى ناصر في باريس إن الوضع صعب .");
    for (Entity e : recognizer.recognize(text)) {
      assertEquals(text.textOf(e.span()), e.text());
      assertTrue(e.score() > 0 && e.score() <= 1, "score " + e.score());
    }
  }

  @Test
  void aRecognizerOfFindersAloneKeepsNoModelAndFindsTheSameNames() {
    TokenNameFinderModel model = TinyModels.model();
    OpenNlpEntityRecognizer findersOnly =
        new OpenNlpEntityRecognizer(() -> new NameFinderME(model));
    assertTrue(findersOnly.model().isEmpty());
    assertSame(model, new OpenNlpEntityRecognizer(model).model().orElseThrow());
    TokenizedText text = TestTexts.of("التقى كريم سالم مع وفد حلف شمال الأطلسي أمس .");
    assertEquals(new OpenNlpEntityRecognizer(model).recognize(text), findersOnly.recognize(text));
    assertThrows(NullPointerException.class,
        () -> new OpenNlpEntityRecognizer((Supplier<TokenNameFinder>) null));
  }

  @Test
  void loadsAModelFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tiny.bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      TinyModels.model().serialize(out);
    }
    OpenNlpEntityRecognizer loaded = OpenNlpEntityRecognizer.load(file);
    TokenizedText text = TestTexts.of("قال سمير حداد في بيروت إن الوضع صعب .");
    assertEquals(recognizer.recognize(text), loaded.recognize(text));
  }

  @Test
  void corruptModelFileGivesAnExceptionNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("corrupt-model.bin");
    Files.writeString(file, "this is not a model", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> OpenNlpEntityRecognizer.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void truncatedModelFileGivesAnExceptionNamingTheFile(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.bin");
    try (OutputStream out = Files.newOutputStream(good)) {
      TinyModels.model().serialize(out);
    }
    byte[] bytes = Files.readAllBytes(good);
    Path file = dir.resolve("truncated-model.bin");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    IOException e = assertThrows(IOException.class, () -> OpenNlpEntityRecognizer.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void fileThatIsNoZipArchiveSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("text.bin");
    Files.writeString(file, "this is not a model", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> OpenNlpEntityRecognizer.load(file));
    assertEquals("name-finder model " + file + ": not a model file: not a zip archive",
        e.getMessage());
  }

  @Test
  void zipWithoutAManifestSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("no-manifest.bin");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("nameFinder.model"));
      zip.write(new byte[100]);
    }
    IOException e = assertThrows(IOException.class, () -> OpenNlpEntityRecognizer.load(file));
    assertEquals("name-finder model " + file + ": not a model file: no manifest.properties",
        e.getMessage());
  }

  @Test
  void zipBombIsRefusedBeforeItIsUnpacked(@TempDir Path dir) throws IOException {
    // A few kilobytes that unpack to 16 MB of zeros: OpenNLP would read it all into memory.
    Path file = dir.resolve("bomb.bin");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("manifest.properties"));
      zip.write("Manifest-Version=1.0\n".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("a.featuregen"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 16; i++) {
        zip.write(zeros);
      }
    }
    assertTrue(Files.size(file) < 100_000, "a bomb: " + Files.size(file) + " bytes");
    IOException e = assertThrows(IOException.class, () -> OpenNlpEntityRecognizer.load(file));
    assertTrue(e.getMessage().startsWith(
        "name-finder model " + file + ": its entries unpack to more than"), e.getMessage());
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void missingModelFileGivesAnExceptionNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("absent.bin");
    IOException e = assertThrows(IOException.class, () -> OpenNlpEntityRecognizer.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  /** A finder without adaptive data that finds what {@code find} gives. */
  private static TokenNameFinder finder(Function<String[], Span[]> find) {
    return new TokenNameFinder() {
      @Override
      public Span[] find(String[] tokens) {
        return find.apply(tokens);
      }

      @Override
      public void clearAdaptiveData() {}
    };
  }

  @Test
  void namesKeepTheirArticleInVocalizedStretchedAndShapedText() throws ArabicShapingException {
    // A finder that names every token holding كرملين (a place) or اتحاد (an organization), as
    // it reads them: the recognizer hands it presentation forms as letters, marks as they are.
    Supplier<TokenNameFinder> finders = () -> finder(tokens -> {
      List<Span> names = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        String letters = tokens[i].replaceAll("[\u064B-\u0652\u0640]", "");
        if (letters.contains("كرملين") || letters.contains("اتحاد")) {
          names.add(new Span(i, i + 1, letters.contains("كرملين") ? "location" : "organization",
              0.5));
        }
      }
      return names.toArray(new Span[0]);
    });
    Khabar khabar = Khabar.builder().addRecognizer(new OpenNlpEntityRecognizer(finders)).build();
    String plain = "قال الوفد في الكرملين إن الاتحاد والكرملين اتفقا .";
    List<String> variants = List.of(
        plain,
        "قال الوفد في الْكَرْمَلِين إن الِاتِّحَاد وَالْكَرْمَلِينُ اتفقا .",
        "قال الوفد في الـكرملين إن الـاتحاد والـكـرملين اتفقا .",
        new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK)
            .shape(plain));
    for (String text : variants) {
      List<Entity> entities = khabar.process(text).entities();
      assertEquals(List.of("الكرملين", "الاتحاد", "الكرملين"),
          entities.stream()
              .map(e -> PresentationForms.expand(e.text()).replaceAll("[\u064B-\u0652\u0640]", ""))
              .toList(),
          text);
      for (Entity e : entities) {
        assertEquals("ا", PresentationForms.expand(e.text().substring(0, 1)), text);
      }
    }
  }

  @Test
  void aVeryLongSentenceIsTaggedInRunsWithItsNamesAtTheirOffsets() {
    // A finder that names every "سمير" and records the longest sentence it was handed.
    int[] longest = {0};
    Supplier<TokenNameFinder> finders = () -> finder(tokens -> {
      longest[0] = Math.max(longest[0], tokens.length);
      List<Span> names = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i].equals("سمير")) {
          names.add(new Span(i, i + 1, "person", 0.5));
        }
      }
      return names.toArray(new Span[0]);
    });
    int run = OpenNlpEntityRecognizer.MAX_TAGGED_TOKENS;
    int length = 2 * run + 500;
    // Names at both edges of the first run, just inside the third, and at the end.
    Set<Integer> at = Set.of(0, 7, run - 1, run, 2 * run + 1, length - 1);
    StringBuilder sb = new StringBuilder();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      if (at.contains(i)) {
        expected.add(sb.length());
      }
      sb.append(at.contains(i) ? "سمير" : "كلمة");
    }
    TokenizedText text = TestTexts.of(sb.toString());
    assertEquals(1, text.sentences().size(), "one sentence without punctuation");

    List<Entity> entities = new OpenNlpEntityRecognizer(finders).recognize(text);

    assertTrue(longest[0] <= run, "handed " + longest[0]);
    assertEquals(expected, entities.stream().map(e -> e.span().start()).sorted().toList());
    for (Entity e : entities) {
      assertEquals(EntityType.PERSON, e.type());
      assertEquals("سمير", text.textOf(e.span()));
    }
  }

  @Test
  void aFinderReturningAnImpossibleNameIsNamed() {
    TokenizedText text = TestTexts.of("وصل سمير حداد أمس .");
    Span[][] bad = {
        {new Span(3, 9, "person", 0.5)},
        {new Span(1, 3, "person", Double.NaN)},
        {null}};
    for (Span[] names : bad) {
      TokenNameFinder finder = finder(tokens -> names);
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> new OpenNlpEntityRecognizer(() -> finder).recognize(text));
      assertTrue(e.getMessage().contains(finder.getClass().getName())
          && e.getMessage().contains(String.valueOf(names[0]))
          && e.getMessage().contains("5 tokens"), e.getMessage());
    }
  }

  @Test
  void neverThrowsOnGeneratedText() {
    EntityRecognizer dictionary = DictionaryEntityRecognizer.builder()
        .add(EntityType.LOCATION, "القاهرة").add(EntityType.PERSON, "سمير").build();
    Khabar khabar =
        Khabar.builder().addRecognizer(EntityRecognizers.combine(dictionary, recognizer)).build();
    for (int seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      String input =
          seed % 2 == 0
              ? NewsTextGenerator.news(random, 1 + random.nextInt(80))
              : NewsTextGenerator.hostile(random, 1 + random.nextInt(80));
      try {
        khabar.process(input);
      } catch (RuntimeException e) {
        throw new AssertionError(
            "seed " + seed + " input " + NewsTextGenerator.escape(input), e);
      }
    }
  }
}
