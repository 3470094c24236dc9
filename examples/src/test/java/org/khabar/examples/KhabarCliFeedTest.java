package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Khabar;

/** The command-line tool on feeds: JSON lines, standard input, and the lines it skips. */
class KhabarCliFeedTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String FIRST = "خبر أول\n\nقال الوزير إن الاجتماع سيعقد الخميس المقبل.";
  private static final String SECOND = "خبر ثان\n\nوصل الوفد إلى المدينة أمس.";

  @TempDir Path dir;

  /** What one run of the tool gave. */
  private record Run(int status, List<JsonNode> articles, String err) {}

  private static Run run(byte[] stdin, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new KhabarCli(Khabar.defaults()).runWith(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    List<JsonNode> articles = new ArrayList<>();
    for (String line : out.toString(UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        articles.add(MAPPER.readTree(line));
      }
    }
    return new Run(status, articles, err.toString(UTF_8));
  }

  private static String line(Object id, String text, String published) {
    ObjectNode o = MAPPER.createObjectNode();
    if (id instanceof Integer n) {
      o.put("id", n);
    } else if (id != null) {
      o.put("id", id.toString());
    }
    o.put("text", text);
    if (published != null) {
      o.put("published", published);
    }
    return o.toString();
  }

  private Path feed(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path feed(String name, String... lines) throws Exception {
    return feed(name, (String.join("\n", lines) + "\n").getBytes(UTF_8));
  }

  @Test
  void aFeedGivesOneArticleALineInInputOrder() throws Exception {
    Path f = feed("day.jsonl", line("b", FIRST, "2016-09-25"), "", line(7, SECOND, null),
        line(null, SECOND, "2016-09-26T23:10:00+01:00"));
    Run r = run(new byte[0], "--input", "jsonl", "--published", "2016-01-01", f.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("b", "7", "day.jsonl:4"),
        r.articles().stream().map(a -> a.get("id").asText()).toList());
    assertEquals(List.of(FIRST, SECOND, SECOND),
        r.articles().stream().map(a -> a.get("text").asText()).toList());
    assertEquals(List.of("2016-09-25", "2016-01-01", "2016-09-26"),
        r.articles().stream().map(a -> a.get("published").asText()).toList());
  }

  @Test
  void aLineOfAFeedGivesWhatTheSameTextFileGives() throws Exception {
    Path text = Files.writeString(dir.resolve("a.txt"), FIRST, UTF_8);
    Path f = feed("a.jsonl", line("a.txt", FIRST, null));
    JsonNode fromFile = run(new byte[0], text.toString()).articles().get(0);
    JsonNode fromFeed = run(new byte[0], "--input", "jsonl", f.toString()).articles().get(0);
    assertEquals(fromFile, fromFeed);
  }

  @Test
  void aBadLineIsReportedWithItsNumberAndTheRunGoesOn() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((line("ok1", FIRST, null) + "\n").getBytes(UTF_8));
    bytes.write("not json at all\n".getBytes(UTF_8));
    bytes.write("{\"id\": \"x\"}\n".getBytes(UTF_8));
    bytes.write((line("d", SECOND, "2016-13-01") + "\n").getBytes(UTF_8));
    bytes.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}',
        '\n'});
    bytes.write("[1, 2]\n".getBytes(UTF_8));
    bytes.write((line("ok2", SECOND, null) + "\n").getBytes(UTF_8));
    Path f = feed("bad.jsonl", bytes.toByteArray());
    Run r = run(new byte[0], "--input", "jsonl", f.toString());
    assertEquals(KhabarCli.SKIPPED, r.status(), r.err());
    assertEquals(List.of("ok1", "ok2"),
        r.articles().stream().map(a -> a.get("id").asText()).toList());
    for (String where : List.of(":2: not JSON", ":3: no \"text\"",
        ":4: \"published\": '2016-13-01'", ":5: not valid UTF-8", ":6: not a JSON object")) {
      assertTrue(r.err().contains(f + where), where + " in " + r.err());
    }
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedAndTheNextRead() throws Exception {
    String longText = "كلمة ".repeat(200);
    Path f = feed("long.jsonl", line("long", longText, null), line("short", SECOND, null));
    Run r = run(new byte[0], "--input", "jsonl", "--max-bytes", "512", f.toString());
    assertEquals(KhabarCli.SKIPPED, r.status(), r.err());
    assertEquals(List.of("short"), r.articles().stream().map(a -> a.get("id").asText()).toList());
    assertTrue(r.err().contains(f + ":1: longer than the limit"), r.err());
  }

  @Test
  void aDashReadsStandardInputAsTextOrAsAFeed() throws Exception {
    Run text = run(FIRST.getBytes(UTF_8), "-");
    assertEquals(0, text.status(), text.err());
    assertEquals("-", text.articles().get(0).get("id").asText());
    assertEquals(FIRST, text.articles().get(0).get("text").asText());

    byte[] lines = (line("s1", FIRST, null) + "\n" + line("s2", SECOND, null)).getBytes(UTF_8);
    Run feed = run(lines, "--input", "jsonl", "-");
    assertEquals(0, feed.status(), feed.err());
    assertEquals(List.of("s1", "s2"),
        feed.articles().stream().map(a -> a.get("id").asText()).toList());
  }

  @Test
  void aFolderOfFeedsMeansItsJsonLinesFilesByName() throws Exception {
    feed("2.jsonl", line("second", SECOND, null));
    feed("1.jsonl", line("first", FIRST, null));
    Files.writeString(dir.resolve("notes.txt"), "not a feed", UTF_8);
    Run r = run(new byte[0], "--input", "jsonl", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("first", "second"),
        r.articles().stream().map(a -> a.get("id").asText()).toList());
  }

  private static final String PAGE = "<html><head><meta name=\"pubdate\" content=\"2020-08-24\">"
      + "</head><body><nav>الرئيسية</nav><h1>خبر أول</h1><div class=\"article-body\"><p>قال الوزير"
      + " إن الاجتماع سيعقد الخميس المقبل في العاصمة بحضور عدد من المسؤولين.</p></div>"
      + "</body></html>";

  @Test
  void anHtmlFileOrFieldIsReadAsAPageDatedByItself() throws Exception {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE, UTF_8);
    Run file = run(new byte[0], "--published", "2016-01-01", page.toString());
    assertEquals(0, file.status(), file.err());
    JsonNode a = file.articles().get(0);
    assertEquals("خبر أول\nقال الوزير إن الاجتماع سيعقد الخميس المقبل في العاصمة بحضور عدد من"
        + " المسؤولين.", a.get("text").asText());
    assertEquals("2020-08-24", a.get("published").asText());
    assertEquals("HEADLINE", a.get("blocks").get(0).get("kind").asText());
    assertEquals("2020-08-27", a.get("times").get(0).get("value").asText());

    ObjectNode line = MAPPER.createObjectNode().put("id", "p").put("html", PAGE)
        .put("url", "https://example.com/a");
    Path f = feed("pages.jsonl", line.toString());
    Run feed = run(new byte[0], "--input", "jsonl", f.toString());
    assertEquals(0, feed.status(), feed.err());
    assertEquals(a.get("text"), feed.articles().get(0).get("text"));
    assertEquals(a.get("blocks"), feed.articles().get(0).get("blocks"));
  }

  @Test
  void badInputOptionsAreUsageErrors() throws Exception {
    Run xml = run(new byte[0], "--input", "xml", "-");
    assertEquals(KhabarCli.USAGE_ERROR, xml.status());
    assertTrue(xml.err().contains("unknown input 'xml'"), xml.err());
    Run twice = run(new byte[0], "-", "-");
    assertEquals(KhabarCli.USAGE_ERROR, twice.status());
    assertTrue(twice.err().contains("'-' (standard input) given more than once"), twice.err());
  }
}
