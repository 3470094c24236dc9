package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar corpus}: the near-duplicates and the entity index of the articles read. */
class KhabarCliCorpusTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = KhabarCli.run(args, new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** The seeds, and a copy of the first with markup before it and its end cut. */
  private Path corpus() throws Exception {
    Path seeds = ProjectRoot.find().resolve("seeds");
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    String first = Files.readString(seeds.resolve("000_dd8fb285b3766bbb.txt"), UTF_8);
    Files.writeString(dir.resolve("copy.txt"),
        "<script>alert(1)</script> " + first.substring(0, first.length() * 2 / 3), UTF_8);
    return dir;
  }

  @Test
  void jsonGivesTheGroupsAndTheEntities() throws Exception {
    Run run = run("corpus", "-q", "--published", "2025-12-01", corpus().toString());
    assertEquals(0, run.status(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(6, root.get("articles").asInt());
    JsonNode groups = root.get("nearDuplicates");
    assertEquals(1, groups.size(), groups.toString());
    assertEquals("[\"000_dd8fb285b3766bbb.txt\",\"copy.txt\"]",
        groups.get(0).get("members").toString());
    boolean together = false;
    for (JsonNode story : root.get("stories")) {
      String articles = story.get("articles").toString();
      together |= articles.contains("000_dd8fb285b3766bbb.txt") && articles.contains("copy.txt");
    }
    assertTrue(together, root.get("stories").toString());
    boolean macron = false;
    for (JsonNode e : root.get("entities")) {
      if (e.get("type").asText().equals("PERSON")
          && e.get("name").asText().equals("إيمانويل ماكرون")) {
        macron = true;
        assertTrue(e.get("mentions").asInt() >= 2, e.toString());
        assertEquals("2025-12-01", e.get("firstSeen").asText());
        assertTrue(e.get("articles").toString().contains("copy.txt"), e.toString());
        assertTrue(e.get("titles").toString().contains("الرئيس الفرنسي"), e.toString());
      }
    }
    assertTrue(macron, root.get("entities").toString());
  }

  @Test
  void theAgencyCreditsAreListedWithTheirOffsets() throws Exception {
    Path credits = Files.createDirectories(dir.resolve("credits"));
    String credited = "تونس (أ. ف. ب) - أعلنت وزارة الصحة اليوم عن حملة تلقيح جديدة.\n";
    Files.writeString(credits.resolve("credited.txt"), credited, UTF_8);
    Files.writeString(credits.resolve("plain.txt"),
        "أعلنت وزارة التربية (الصورة) اليوم عن مواعيد الامتحانات.\n", UTF_8);
    Run run = run("corpus", "-q", credits.toString());
    assertEquals(0, run.status(), run.err());
    JsonNode list = new ObjectMapper().readTree(run.out()).get("credits");
    assertEquals(1, list.size(), list.toString());
    JsonNode credit = list.get(0);
    assertEquals("credited.txt", credit.get("article").asText());
    assertEquals("أ ف ب", credit.get("agency").asText(), "the agency as listed");
    assertEquals("أ. ف. ب", credit.get("text").asText(), "the name as written");
    assertEquals(credit.get("text").asText(),
        credited.substring(credit.get("start").asInt(), credit.get("end").asInt()));
    Run page = run("corpus", "-q", "--format", "html", credits.toString());
    assertTrue(page.out().contains("<small>(أ ف ب)</small>"), page.out());
  }

  @Test
  void htmlIsOnePageThatEscapesWhatItShows() throws Exception {
    Run run = run("corpus", "-q", "--format", "html", corpus().toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("<!DOCTYPE html>"));
    assertTrue(run.out().contains("إيمانويل ماكرون"));
    assertTrue(run.out().contains("href=\"#a-copy.txt\""));
    assertFalse(run.out().contains("<script>"), "an article's markup is shown, not run");
    assertTrue(run.out().contains("&lt;script&gt;"));
  }

  @Test
  void textOrOutIsAUsageError() throws Exception {
    Run run = run("corpus", "--format", "text", corpus().toString());
    assertEquals(KhabarCli.USAGE_ERROR, run.status());
    assertTrue(run.err().contains("corpus"), run.err());
  }
}
