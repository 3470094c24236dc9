package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.ner.EntityRecognizer;

class PeopleAcrossSeedsTest {

  @TempDir Path dir;

  /** Tags "سالم" as a person whose canonical form is "خالد سالم", and "الوزارة" as an organization. */
  private static final EntityRecognizer RECOGNIZER = t -> {
    List<Entity> out = new ArrayList<>();
    for (String[] n : new String[][] {{"سالم", "PERSON", "خالد سالم"}, {"الوزارة", "ORGANIZATION", "الوزارة"}}) {
      for (int at = t.text().indexOf(n[0]); at >= 0; at = t.text().indexOf(n[0], at + 1)) {
        out.add(new Entity(EntityType.of(n[1]), CharSpan.of(at, at + n[0].length()), n[0], n[2], 1.0));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  };

  private static final Khabar KHABAR = Khabar.builder().addRecognizer(RECOGNIZER).build();

  @Test
  void countsMentionsAndQuotesByCanonicalNameInTheBodyOnly() {
    Article a = KHABAR.process("عنوان الخبر\nقال سالم إن الوزارة ستعلن النتائج غدا.\n"
        + "وأضاف أن سالم لن يترشح.\nاقرأ أيضا: سالم يزور الوزارة");
    Article b = KHABAR.process("عنوان آخر\nأكد مصدر مطلع أن الوزارة تدرس الأمر.");
    List<PeopleAcrossSeeds.Row> rows = PeopleAcrossSeeds.tally(List.of(a, b));
    assertEquals(new PeopleAcrossSeeds.Row("خالد سالم", "PERSON", 2, 2, 1), rows.get(0));
    assertEquals(new PeopleAcrossSeeds.Row("الوزارة", "ORGANIZATION", 2, 0, 2), rows.get(1));
    assertEquals(new PeopleAcrossSeeds.Row("مصدر مطلع", "SOURCE", 0, 1, 1), rows.get(2));
  }

  @Test
  void printsATableOverAFolder() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "عنوان\nقال سالم إن الاجتماع انتهى.", UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PeopleAcrossSeeds.run(dir, KHABAR, new PrintStream(out, true, UTF_8));
    String table = out.toString(UTF_8);
    assertTrue(table.startsWith("name "), table);
    assertTrue(table.contains("خالد سالم"), table);
  }

  @Test
  void runsOnTheSeedsWithTheConfiguredPipeline() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PeopleAcrossSeeds.run(ProjectRoot.find().resolve("seeds"), Examples.pipeline(),
        new PrintStream(out, true, UTF_8));
    assertTrue(out.toString(UTF_8).lines().count() > 1, "a header and at least the speakers");
  }
}
