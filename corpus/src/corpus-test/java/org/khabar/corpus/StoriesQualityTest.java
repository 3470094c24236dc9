package org.khabar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.models.DefaultModels;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.eval.SharedCorpora;

/**
 * Stories against a small hand-made gold ({@code stories-gold.tsv}: five days of one outlet's
 * international news), scored with BCubed precision, recall and F1 and pairwise F1; the figures
 * are printed and guarded with a tolerance. The window and threshold were chosen on this same gold,
 * so the figures are development figures.
 */
class StoriesQualityTest {

  /** The figures measured when the settings were chosen (0.746, 0.172), less 0.03. */
  private static final double BCUBED_F1_FLOOR = 0.716;
  private static final double PAIRWISE_F1_FLOOR = 0.142;

  private static Map<String, String> gold() throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    try (InputStream in = StoriesQualityTest.class.getResourceAsStream("stories-gold.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          gold.put(f[0], f[1]);
        }
      }
    }
    return gold;
  }
  @Test
  void storiesOfFiveDaysOfInternationalNews() throws IOException {
    Path corpora = SharedCorpora.root().resolve("corpora");
    Assumptions.assumeTrue(Files.isRegularFile(corpora.resolve(AntNews.FILE)),
        "skipped: " + corpora + " not found (set -Dkhabar.shared=/path/to/shared)");
    Map<String, String> gold = gold();
    Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
    List<Article> articles = new ArrayList<>();
    for (ArticleSource s : AntNews.sample(corpora, Integer.MAX_VALUE, 1)) {
      if (gold.containsKey(s.id())) {
        articles.add(khabar.process(s));
      }
    }
    assertEquals(gold.size(), articles.size());
    if (System.getProperty("khabar.stories.sweep") != null) {
      for (int window = 1; window <= 3; window++) {
        for (double t = 0.05; t < 0.31; t += 0.025) {
          Map<String, Integer> p = new HashMap<>();
          for (Stories.Story story : Stories.of(window, t).cluster(articles)) {
            story.articles().forEach(id -> p.put(id, story.id()));
          }
          double[] s = StoriesTest.scores(gold, p);
          System.out.printf(Locale.ROOT, "sweep window %d threshold %.3f: BCubed F1 %.3f pairwise"
              + " F1 %.3f%n", window, t, s[2], s[5]);
        }
      }
    }
    Map<String, Integer> predicted = new HashMap<>();
    List<Stories.Story> stories = Stories.defaults().cluster(articles);
    for (Stories.Story story : stories) {
      story.articles().forEach(id -> predicted.put(id, story.id()));
    }
    double[] s = StoriesTest.scores(gold, predicted);
    System.out.printf(Locale.ROOT, "stories: %d articles, %d gold stories, %d found; BCubed P %.3f"
        + " R %.3f F1 %.3f; pairwise P %.3f R %.3f F1 %.3f%n", articles.size(),
        new java.util.HashSet<>(gold.values()).size(), stories.size(), s[0], s[1], s[2], s[3],
        s[4], s[5]);
    assertTrue(s[2] >= BCUBED_F1_FLOOR, "BCubed F1 " + s[2]);
    assertTrue(s[5] >= PAIRWISE_F1_FLOOR, "pairwise F1 " + s[5]);
  }}
