package org.khabar.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.models.DefaultModels;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.eval.SharedCorpora;

/**
 * The near-duplicate groups of the ANT news corpus (the articles not held out): how many, how
 * large, how fast, and grouped pairs to label by hand as copies or not (each member against its
 * group's original, with both similarities and both beginnings): a seeded sample, then every other
 * pair under Jaccard 0.9, where template families would be. Run from the
 * project's root after {@code mvn package}:
 *
 * <pre>
 * cp="corpus/target/test-classes:corpus/target/classes:tools/target/khabar-tools.jar"
 * java -Dkhabar.shared=../shared -cp "$cp" org.khabar.corpus.NearDuplicateSurvey [PAIRS]
 * </pre>
 */
public final class NearDuplicateSurvey {

  private NearDuplicateSurvey() {}

  public static void main(String[] args) throws IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Path corpora = SharedCorpora.root().resolve("corpora");
    List<ArticleSource> sources = AntNews.sample(corpora, Integer.MAX_VALUE, 1);
    Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
    List<Fingerprint> fingerprints = new ArrayList<>();
    Map<String, Article> articles = new HashMap<>();
    long fingerprintNanos = 0;
    for (ArticleSource s : sources) {
      Article a = khabar.process(s);
      long t0 = System.nanoTime();
      fingerprints.add(Fingerprint.of(a));
      fingerprintNanos += System.nanoTime() - t0;
      articles.put(a.id(), a);
    }
    long t0 = System.nanoTime();
    List<NearDuplicates.Group> groups = NearDuplicates.defaults().group(fingerprints);
    double groupSeconds = (System.nanoTime() - t0) / 1e9;
    int grouped = groups.stream().mapToInt(g -> g.members().size()).sum();
    int largest = groups.stream().mapToInt(g -> g.members().size()).max().orElse(0);
    System.out.printf(Locale.ROOT, "ANT news: %d articles, %d groups of near-duplicates holding %d"
        + " articles (largest %d); fingerprints %.0f articles/s (first pass, one thread),"
        + " grouping %.2f s%n", sources.size(), groups.size(), grouped, largest,
        sources.size() / (fingerprintNanos / 1e9), groupSeconds);
    Map<String, Fingerprint> byId = new HashMap<>();
    fingerprints.forEach(f -> byId.put(f.id(), f));
    List<String[]> all = new ArrayList<>();
    for (NearDuplicates.Group g : groups) {
      for (String m : g.members().subList(1, g.members().size())) {
        all.add(new String[] {g.original(), m});
      }
    }
    java.util.Collections.shuffle(all, new Random(21));
    List<String[]> shown = new ArrayList<>(all.subList(0, Math.min(pairs, all.size())));
    // And every pair below near-identity: where template families would show.
    for (String[] p : all.subList(shown.size(), all.size())) {
      if (byId.get(p[0]).jaccard(byId.get(p[1])) < 0.9) {
        shown.add(p);
      }
    }
    System.out.printf(Locale.ROOT,
        "%d pairs: %d at random, then every other one under Jaccard 0.9%n", shown.size(),
        Math.min(pairs, all.size()));
    for (String[] p : shown) {
      Fingerprint a = byId.get(p[0]);
      Fingerprint b = byId.get(p[1]);
      System.out.printf(Locale.ROOT, "%n%s ~ %s: containment %.2f, jaccard %.2f, sizes %d/%d%n",
          p[0], p[1], a.containment(b), a.jaccard(b), a.size(), b.size());
      System.out.println("  A: " + begin(articles.get(p[0])));
      System.out.println("  B: " + begin(articles.get(p[1])));
    }
  }

  private static String begin(Article a) {
    String t = a.text().replace('\n', ' ');
    return t.substring(0, Math.min(150, t.length()));
  }
}
