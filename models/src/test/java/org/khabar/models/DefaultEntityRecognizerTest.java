package org.khabar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.ArabicShaping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.models.ner.ArabicNameFinder;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.OpenNlpEntityRecognizer;
import org.khabar.text.PresentationForms;

/** The bundled recognizer in the pipeline, on sentences written for this test. */
class DefaultEntityRecognizerTest {

  private static final Khabar KHABAR =
      Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();

  private static List<String> texts(Article a, EntityType type) {
    return a.entities().stream().filter(e -> e.type() == type).map(Entity::text).toList();
  }

  @Test
  void findsACapitalBehindAPrepositionWithoutIt() {
    Article a = KHABAR.process("وصل الوفد إلى القاهرة أمس ، ثم توجه إلى بيروت .");
    List<String> places = texts(a, EntityType.LOCATION);
    assertTrue(places.contains("القاهرة"), a.entities().toString());
    assertTrue(places.contains("بيروت"), a.entities().toString());
  }

  @Test
  void spansNeverStartWithAConjunctionTheTokenizerSplitOff() {
    Article a = KHABAR.process("زار الوزير مصر والأردن ولبنان وسوريا الأسبوع الماضي .");
    for (Entity e : a.entities()) {
      for (org.khabar.article.Token t : a.tokens()) {
        if (t.span().contains(e.span().start())
            && t.clitics().proclitics().contains(org.khabar.article.Proclitic.WA)) {
          assertTrue(e.span().start() > t.span().start(), e + " includes the conjunction of " + t);
        }
      }
      assertEquals(a.text().substring(e.span().start(), e.span().end()), e.text());
    }
  }

  @Test
  void aMegabyteWithoutPunctuationGivesNamesOnTheOriginalText() {
    // One sentence of about 170,000 tokens. OpenNLP's beam search has no path left through it, and
    // it holds tens of thousands of names, most of them different, for the resolver to reconcile.
    String[] words = {"الرئيس", "باريس", "وزير", "الخارجية", "قال", "إن", "الحكومة", "أحمد",
        "محمد", "في", "القاهرة", "اجتماع", "مع", "الاتحاد", "الأوروبي", "يوم", "الخميس", "دعم"};
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append(words[random.nextInt(words.length)]).append(' ');
    }
    String text = sb.toString();
    Article a = KHABAR.process(text);
    assertEquals(1, a.sentences().size());
    assertTrue(a.entities().size() > 10_000, a.entities().size() + " entities");
    for (Entity e : a.entities()) {
      assertEquals(text.substring(e.span().start(), e.span().end()), e.text());
    }
    assertTrue(a.entities().stream().anyMatch(e -> !e.canonical().equals(e.text())),
        "no short mention linked to a full name");
  }

  /** The seed articles' texts, in file order. */
  private static List<String> seedTexts() throws IOException {
    Path seeds = Path.of("..", "seeds");
    if (!Files.isDirectory(seeds)) {
      seeds = Path.of("seeds");
    }
    try (Stream<Path> files = Files.list(seeds)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return texts;
    }
  }

  /**
   * An entity's type and the letters of its text: without marks or presentation forms, no-break
   * spaces as spaces.
   */
  private static List<String> letters(Article a) {
    return a.entities().stream()
        .map(e -> e.type() + " "
            + PresentationForms.expand(e.text()).replaceAll(MARKS, "").replace('\u00A0', ' '))
        .toList();
  }

  private static final String MARKS = "[\u064B-\u0652\u0640\u200C\u200D\u200F]";

  @Test
  void vocalizedStretchedShapedAndOddlySpacedSeedsGiveTheSameNames() throws Exception {
    SplittableRandom random = new SplittableRandom(20261123L);
    // Harakat, tatweel, and the invisible joiners and direction marks of scraped text. Not
    // tanween, which marks a common word: a name written with it is no name (EntityResolver).
    char[] marks = {'\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0640', '\u200C',
        '\u200D', '\u200F'};
    // Letter shapes as a PDF extractor leaves them, lam-alef pairs as one ligature char.
    ArabicShaping shapes = new ArabicShaping(ArabicShaping.LETTERS_SHAPE);
    int names = 0;
    int ligatures = 0;
    for (String plain : seedTexts()) {
      List<String> expected = letters(KHABAR.process(plain));
      StringBuilder marked = new StringBuilder();
      for (char c : plain.toCharArray()) {
        marked.append(c);
        if (c >= '\u0628' && c <= '\u064A' && random.nextInt(3) == 0) {
          marked.append(marks[random.nextInt(marks.length)]);
        }
      }
      assertEquals(expected, letters(KHABAR.process(marked.toString())), "vocalized, stretched");
      assertEquals(expected, letters(KHABAR.process(plain.replace(' ', '\u00A0'))),
          "no-break spaces");
      List<String> shaped = letters(KHABAR.process(shapes.shape(plain)));
      assertEquals(expected.size(), shaped.size(), () -> "shaped: " + shaped);
      for (int i = 0; i < expected.size(); i++) {
        String e = expected.get(i);
        String heldPreposition = e.replaceFirst(" ", " ل");
        if (!shaped.get(i).equals(e)) {
          // A preposition ل and a name's first alef are one char (ﻷ): the span keeps it.
          assertEquals(heldPreposition, shaped.get(i), "shaped");
          assertTrue(e.matches("\\S+ [اأإآ].*"), e);
          ligatures++;
        }
      }
      names += expected.size();
    }
    assertTrue(names > 100 && ligatures < names / 5, names + " names, " + ligatures + " ligatures");
  }

  @Test
  void aLigatureOfAPrepositionAndANameStaysWholeInTheSpan() throws Exception {
    // لأوكرانيا shaped is ﻷﻭﻛﺮﺍﻧﻴﺎ: the preposition and the name's first letter are one char.
    String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE)
        .shape("وقدمت فرنسا دعما عسكريا لأوكرانيا في الحرب.");
    Article a = KHABAR.process(shaped);
    assertEquals(List.of("LOCATION فرنسا", "LOCATION لأوكرانيا"), letters(a));
  }

  @Test
  void oneKhabarServesManyThreadsWithTheEntitiesOfOne() throws Exception {
    // The seeds, and each seed with its lines in reverse order (other sentences around each name).
    List<String> texts = new ArrayList<>();
    for (String seed : seedTexts()) {
      texts.add(seed);
      List<String> lines = new ArrayList<>(List.of(seed.split("\n")));
      Collections.reverse(lines);
      texts.add(String.join("\n", lines));
    }
    // The bundled recognizer, and one whose shared word cache is small enough to be dropped and
    // refilled while the threads read it.
    TokenNameFinderModel model = DefaultModels.nameFinderModel();
    List<EntityRecognizer> recognizers = List.of(
        DefaultModels.entityRecognizer(),
        EntityRecognizers.resolved(
            new OpenNlpEntityRecognizer(ArabicNameFinder.factory(model, 64).orElseThrow())));
    for (EntityRecognizer recognizer : recognizers) {
      Khabar khabar = Khabar.builder().addRecognizer(recognizer).build();
      List<List<Entity>> expected = new ArrayList<>();
      for (String text : texts) {
        expected.add(khabar.process(text).entities());
      }
      int threads = 8;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int offset = t;
          runs.add(pool.submit(() -> {
            for (int round = 0; round < 3; round++) {
              for (int k = 0; k < texts.size(); k++) {
                int i = (k + offset) % texts.size();
                assertEquals(expected.get(i), khabar.process(texts.get(i)).entities(),
                    "text " + i + " on thread " + offset);
              }
            }
            return null;
          }));
        }
        for (Future<?> run : runs) {
          run.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void everySeedArticleGivesWellFormedEntities() throws IOException {
    List<String> texts = seedTexts();
    assertEquals(5, texts.size());
    for (String text : texts) {
      Article a = KHABAR.process(text);
      assertFalse(a.entities().isEmpty(), "no entity in " + text.substring(0, 40));
      for (Entity e : a.entities()) {
        assertEquals(text.substring(e.span().start(), e.span().end()), e.text());
        assertTrue(Character.isLetterOrDigit(e.text().charAt(0)), e.toString());
        e.title().ifPresent(t -> assertTrue(t.end() <= e.span().start(), e.toString()));
      }
    }
  }
}
