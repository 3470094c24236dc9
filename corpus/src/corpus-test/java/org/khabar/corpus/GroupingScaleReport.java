package org.khabar.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.eval.SharedCorpora;

/**
 * A day of 100,000 articles to group: the ANT news articles not held out, and copies of them made
 * by {@link Variants} up to the count, fingerprinted (through the pipeline without a name finder,
 * which the fingerprints do not read), then grouped; prints the time of the grouping alone and how
 * many copies found their original. Issue 21's target: under a minute on this machine. Run from
 * the project's root after {@code mvn package}:
 *
 * <pre>
 * cp="corpus/target/test-classes:corpus/target/classes:tools/target/khabar-tools.jar"
 * java -Dkhabar.shared=../shared -cp "$cp" org.khabar.corpus.GroupingScaleReport [ARTICLES]
 * </pre>
 */
public final class GroupingScaleReport {

  private GroupingScaleReport() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path corpora = SharedCorpora.root().resolve("corpora");
    List<ArticleSource> originals = AntNews.sample(corpora, Integer.MAX_VALUE, 1);
    Khabar khabar = Khabar.builder().build();
    Variants variants = new Variants(21);
    List<Fingerprint> day = new ArrayList<>(total);
    for (ArticleSource s : originals) {
      if (day.size() < total) {
        day.add(Fingerprint.of(khabar.process(s)));
      }
    }
    int copies = 0;
    for (int i = 0; day.size() < total; i = (i + 1) % originals.size()) {
      ArticleSource o = originals.get(i);
      day.add(Fingerprint.of(khabar.process(
          ArticleSource.of(o.id() + "#" + copies++, variants.of(o.text()).text()))));
    }
    long t0 = System.nanoTime();
    List<NearDuplicates.Group> groups = NearDuplicates.defaults().group(day);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long found = 0;
    java.util.Set<String> grouped = new java.util.HashSet<>();
    for (NearDuplicates.Group g : groups) {
      for (String id : g.members()) {
        int hash = id.indexOf('#');
        if (hash > 0 && g.members().contains(id.substring(0, hash))) {
          found++;
          grouped.add(id);
        }
      }
    }
    if (System.getProperty("missed") != null) {
      java.util.Map<String, Fingerprint> byId = new java.util.HashMap<>();
      day.forEach(f -> byId.put(f.id(), f));
      int shown = 0;
      for (Fingerprint f : day) {
        int hash = f.id().indexOf('#');
        if (hash > 0 && !grouped.contains(f.id()) && shown++ < 15) {
          Fingerprint o = byId.get(f.id().substring(0, hash));
          System.out.printf(Locale.ROOT, "missed %s: sizes %d/%d containment %.2f jaccard %.2f%n",
              f.id(), o.size(), f.size(), o.containment(f), o.jaccard(f));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%,d articles (%,d originals, %,d copies): %,d groups in %.1f s;"
        + " %,d of %,d copies in their original's group (%.3f)%n", day.size(), day.size() - copies,
        copies, groups.size(), seconds, found, copies, (double) found / Math.max(1, copies));
  }
}
