package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Token;
import org.khabar.json.ArticleJson;
import org.khabar.models.DefaultModels;
import org.khabar.models.ner.Genre;

class KhabarCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String NEWS =
      "قمة في باريس لبحث الضمانات الأمنية\n\n"
          + "قال الرئيس إيمانويل ماكرون إن القمة مهمة. وأضاف أن الاجتماع سيعقد الخميس.\n"
          + "تفاصيل الاجتماع\n"
          + "- البند الأول: وقف إطلاق النار\n"
          + "وأكد مصدر أوروبي أن «الهدف واضح».\r\n";
  private static final String OTHER = "خبر قصير\nوزير الخارجية يصل إلى المدينة اليوم.";

  @TempDir Path dir;

  /** What one run of the tool gave. */
  private record Run(int status, byte[] out, String err) {
    String outText() {
      return new String(out, UTF_8);
    }

    List<JsonNode> jsonLines() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : outText().split("\n", -1)) {
        if (!line.isEmpty()) {
          nodes.add(MAPPER.readTree(line));
        }
      }
      return nodes;
    }
  }

  private static Run run(String... args) {
    return runWith(Khabar.defaults(), args);
  }

  private static Run runWith(Khabar khabar, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new KhabarCli(khabar)
            .runWith(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toByteArray(), err.toString(UTF_8));
  }

  @BeforeEach
  void writeInputs() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] news = NEWS.getBytes(UTF_8);
    byte[] withBom = new byte[bom.length + news.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(news, 0, withBom, bom.length, news.length);
    Files.write(dir.resolve("01_news.txt"), withBom);
    Files.writeString(dir.resolve("03_other.txt"), OTHER, UTF_8);
  }

  private Path writeLatin1() throws Exception {
    // "caf" + e-acute in ISO-8859-1: not valid UTF-8
    return Files.write(dir.resolve("02_latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
  }

  @Test
  void genreChoosesThePipelineOncePerRun() throws Exception {
    List<Genre> asked = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    KhabarCli cli = new KhabarCli(genre -> {
      asked.add(genre);
      return Khabar.defaults();
    }, Map.of(), false);
    int status = cli.runWith(new String[] {"--genre", "encyclopedic", dir.toString()},
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    assertEquals(0, status, err.toString(UTF_8));
    assertEquals(List.of(Genre.ENCYCLOPEDIC), asked);
    cli.runWith(new String[] {dir.toString()},
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    assertEquals(List.of(Genre.ENCYCLOPEDIC, Genre.NEWS), asked);
  }

  @Test
  void jsonLinesGiveOneParsableObjectPerArticleInNameOrder() throws Exception {
    Run r = run(dir.toString());
    assertEquals(0, r.status(), r.err());
    List<JsonNode> articles = r.jsonLines();
    assertEquals(2, articles.size());
    assertEquals("01_news.txt", articles.get(0).get("id").asText());
    assertEquals("03_other.txt", articles.get(1).get("id").asText());
    assertTrue(r.outText().endsWith("}\n"));
    for (String field :
        List.of("id", "text", "published", "blocks", "sentences", "tokens", "entities", "quotes",
            "times", "numbers")) {
      assertTrue(articles.get(0).has(field), field);
    }
    assertTrue(articles.get(0).get("published").isNull());
  }

  @Test
  void offsetsRoundTripIntoTheText() throws Exception {
    JsonNode json = run(dir.resolve("01_news.txt").toString()).jsonLines().get(0);
    String text = json.get("text").asText();
    Article article = Khabar.defaults().process(ArticleSource.of("01_news.txt", text));
    List<Token> tokens = article.tokens();
    assertEquals(tokens.size(), json.get("tokens").size());
    for (int i = 0; i < tokens.size(); i++) {
      JsonNode t = json.get("tokens").get(i);
      String fromJson = text.substring(t.get("start").asInt(), t.get("end").asInt());
      assertEquals(article.textOf(tokens.get(i).span()), fromJson);
      assertFalse(fromJson.isBlank());
      assertEquals(tokens.get(i).norm(), t.get("norm").asText());
      assertEquals(tokens.get(i).kind().name(), t.get("kind").asText());
    }
    JsonNode headline = json.get("blocks").get(0);
    assertEquals("HEADLINE", headline.get("kind").asText());
    assertEquals(
        "قمة في باريس لبحث الضمانات الأمنية",
        text.substring(headline.get("start").asInt(), headline.get("end").asInt()));
    for (JsonNode s : json.get("sentences")) {
      String sentence = text.substring(s.get("start").asInt(), s.get("end").asInt());
      assertEquals(sentence.strip(), sentence);
    }
  }

  @Test
  void leadingBomIsDroppedBeforeOffsetsCount() throws Exception {
    JsonNode json = run(dir.resolve("01_news.txt").toString()).jsonLines().get(0);
    assertEquals(NEWS, json.get("text").asText());
    assertEquals(0, json.get("blocks").get(0).get("start").asInt());
  }

  @Test
  void nonAsciiIsWrittenAsUtf8NotEscaped() throws Exception {
    Run r = run(dir.resolve("03_other.txt").toString());
    assertTrue(r.outText().contains("\"text\":\"خبر قصير\\n"), r.outText());
    assertFalse(r.outText().contains("\\u0"), r.outText());
  }

  @Test
  void publishedDateIsWrittenForEveryArticle() throws Exception {
    for (JsonNode json : run("--published", "2025-09-04", dir.toString()).jsonLines()) {
      assertEquals("2025-09-04", json.get("published").asText());
    }
  }

  @Test
  void jsonFormatIsOneArray() throws Exception {
    Run r = run("--format", "json", dir.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode array = MAPPER.readTree(r.out());
    assertTrue(array.isArray());
    assertEquals(2, array.size());
    assertEquals(OTHER, array.get(1).get("text").asText());
    assertTrue(r.outText().contains("\n  "), "pretty-printed");
  }

  @Test
  void jsonFormatWithNoFileIsAnEmptyArray() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run r = run("--format=json", empty.toString());
    assertEquals(0, r.status());
    assertEquals(0, MAPPER.readTree(r.out()).size());
    assertTrue(r.err().contains("no .txt, .html or .htm files"), r.err());
  }

  @Test
  void textFormatShowsIdsBlocksAndSentences() {
    Run r = run("--format", "text", dir.toString());
    assertEquals(0, r.status(), r.err());
    String text = r.outText();
    assertTrue(text.contains("# 01_news.txt\n"), text);
    assertTrue(text.contains("# 03_other.txt\n"), text);
    assertTrue(text.contains("HEADLINE [0, 34)"), text);
    assertTrue(text.contains("SUBHEADING "), text);
    assertTrue(text.contains("LIST_ITEM "), text);
    assertTrue(text.contains("ال+خارجية"), text);
  }

  @Test
  void fileThatIsNotUtf8IsSkippedWithAWarningAndTheRestProcessed() throws Exception {
    writeLatin1();
    Run r = run(dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("02_latin1.txt"), r.err());
    assertTrue(r.err().contains("not valid UTF-8"), r.err());
    assertEquals(2, r.jsonLines().size());
  }

  @Test
  void unknownOptionExitsWithTwoNamingIt() {
    Run r = run("--colour", dir.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'--colour'"), r.err());
    assertEquals(0, r.out().length);
  }

  @Test
  void missingPathExitsWithTwoNamingIt() {
    Path missing = dir.resolve("nope.txt");
    Run r = run(dir.toString(), missing.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains(missing.toString()), r.err());
    assertEquals(0, r.out().length);
  }

  @Test
  void unreadablePathExitsWithTwoNamingIt() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "نص", UTF_8);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Run r = run(secret.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains(secret.toString()), r.err());
  }

  @Test
  void badPublishedDateExitsWithTwoNamingIt() {
    Run r = run("--published", "2025-9-4", dir.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'2025-9-4'"), r.err());
  }

  @Test
  void noPathExitsWithTwo() {
    assertEquals(2, run().status());
  }

  @Test
  void helpPrintsUsageAndExitsWithZero() {
    Run r = run("--help");
    assertEquals(0, r.status());
    assertTrue(r.outText().startsWith("Usage: "), r.outText());
    assertTrue(r.outText().contains("--published"));
  }

  @Test
  void articleThatFailsInThePipelineIsSkippedNamingIt() throws Exception {
    Khabar failing =
        Khabar.builder()
            .addRecognizer(t -> {
              if (t.text().startsWith("خبر")) {
                throw new IllegalArgumentException("bug");
              }
              return List.of();
            })
            .build();
    Run r = runWith(failing, dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("03_other.txt"), r.err());
    assertEquals(1, r.jsonLines().size());
  }

  @Test
  void versionPrintsKhabarAndTheBundledModels() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = KhabarCli.run(new String[] {"--version"}, new PrintStream(out, true, UTF_8),
        System.err);
    assertEquals(0, status);
    String line = out.toString(UTF_8).strip();
    assertTrue(line.startsWith("khabar " + Khabar.version() + " (models: ner-ar.bin sha256:"),
        line);
  }

  @Test
  void jsonNamesTheBundledModelsThatMadeIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = KhabarCli.run(new String[] {"--quiet", dir.toString()},
        new PrintStream(out, true, UTF_8), System.err);
    assertEquals(0, status);
    JsonNode first = MAPPER.readTree(out.toString(UTF_8).lines().findFirst().orElseThrow());
    assertEquals(1, first.get("schemaVersion").asInt());
    assertEquals(Khabar.version(), first.get("khabar").asText());
    for (Map.Entry<String, String> model : DefaultModels.versions().entrySet()) {
      assertEquals(model.getValue(), first.get("models").get(model.getKey()).asText());
    }
  }

  @Test
  void fieldsLeaveLayersOut() throws Exception {
    for (JsonNode json : run("--fields", "entities,quotes", dir.toString()).jsonLines()) {
      assertTrue(json.has("entities") && json.has("quotes") && json.has("blocks"));
      assertFalse(json.has("tokens") || json.has("sentences") || json.has("times"), json::toString);
      assertEquals(ArticleJson.read(json.toString()).text(), json.get("text").asText());
    }
  }

  @Test
  void fieldsOnlyForJsonAndOnlyKnownLayers() {
    Run r = run("--format", "text", "--fields", "entities", dir.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--fields is only for --format jsonl or json"), r.err());
    r = run("--fields", "entity", dir.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("no layer 'entity'"), r.err());
  }

  @Test
  void outputThatCannotBeWrittenExitsWithThreeAndSaysSo() {
    PrintStream broken = new PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    }, true, UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new KhabarCli(Khabar.defaults()).runWith(new String[] {dir.toString()}, broken,
        new PrintStream(err, true, UTF_8));
    assertEquals(3, status);
    assertTrue(err.toString(UTF_8).contains("cannot write output"), err.toString(UTF_8));
  }

  @Test
  void staticRunUsesTheDefaultPipeline() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = KhabarCli.run(new String[] {dir.toString()}, new PrintStream(out), System.err);
    assertEquals(0, status);
    assertTrue(out.size() > 0);
  }

  @Test
  void htmlFormatWritesOnePageWithAnArticlePerFileAndAnIndex() {
    Run r = run("--format", "html", dir.toString());
    assertEquals(0, r.status(), r.err());
    String html = r.outText();
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertEquals(2, html.split("<article ", -1).length - 1);
    assertTrue(html.contains("href=\"#a-1\""), "index links the second article");
    assertTrue(html.trim().endsWith("</html>"));
  }

  @Test
  void htmlOutFolderGetsOnePagePerArticleAndAnIndexAndNothingOnStdout() throws Exception {
    Path out = dir.resolve("pages");
    Run r = run("--format=html", "--out", out.toString(), dir.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(0, r.out().length);
    assertTrue(Files.exists(out.resolve("01_news.html")));
    assertTrue(Files.exists(out.resolve("03_other.html")));
    String index = Files.readString(out.resolve("index.html"), UTF_8);
    assertTrue(index.contains("href=\"01_news.html\""), index);
    String page = Files.readString(out.resolve("01_news.html"), UTF_8);
    assertEquals(1, page.split("<article ", -1).length - 1);
  }

  @Test
  void outFolderWithoutHtmlIsAUsageError() {
    Run r = run("--out", dir.resolve("x").toString(), dir.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--out"), r.err());
  }

  @Test
  void summaryOnStderrCountsArticlesSentencesAndQuotes() {
    Run r = run(dir.toString());
    assertEquals(0, r.status(), r.err());
    String summary = r.err().strip();
    assertTrue(summary.startsWith("khabar: 2 articles, "), summary);
    assertTrue(summary.contains(" sentences, "), summary);
    assertTrue(summary.matches("(?s).* [0-9]+ quotes \\([0-9]+ direct, [0-9]+ indirect\\).*"), summary);
    assertTrue(summary.matches("(?s).* in [0-9]+\\.[0-9]{2} s$"), summary);
  }

  @Test
  void summaryCountsSkippedFiles() throws Exception {
    writeLatin1();
    Run r = run(dir.toString());
    assertTrue(r.err().contains("2 articles (1 skipped)"), r.err());
  }

  @Test
  void quietLeavesStderrEmptyOnSuccess() {
    Run r = run("--quiet", "--progress", dir.toString());
    assertEquals(0, r.status());
    assertEquals("", r.err());
  }

  @Test
  void progressBarGoesToStderrAndLeavesStdoutAsWithout() {
    Run with = run("--progress", dir.toString());
    Run without = run(dir.toString());
    assertEquals(without.outText(), with.outText());
    assertTrue(with.err().contains("] 2/2 "), with.err());
    assertTrue(with.err().contains("\r"), "redrawn in place");
    assertFalse(without.err().contains("\r"), "no bar unless asked or on a terminal");
  }

  @Test
  void progressBarIsOnByDefaultOnATerminalForSeveralFiles() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new KhabarCli(Khabar.defaults(), true).runWith(new String[] {dir.toString()},
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    assertTrue(err.toString(UTF_8).contains("] 2/2 "), err.toString(UTF_8));
    ByteArrayOutputStream err1 = new ByteArrayOutputStream();
    new KhabarCli(Khabar.defaults(), true).runWith(
        new String[] {dir.resolve("03_other.txt").toString()},
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new PrintStream(err1, true, UTF_8));
    assertFalse(err1.toString(UTF_8).contains("\r"), "one file: no bar");
  }

  @Test
  void progressBarLineHasAFixedWidthAndShortensLongNames() {
    String line = ProgressBar.line(3, 10, "x".repeat(200) + ".txt");
    assertEquals(ProgressBar.LINE, line.length());
    assertTrue(line.startsWith("[#########---------------------] 3/10 …"), line);
    assertTrue(line.endsWith(".txt"), line);
  }

  @Test
  void textFormatShowsQuotes() {
    Run r = run("--format", "text", dir.resolve("01_news.txt").toString());
    assertTrue(r.outText().contains("quotes\n"), r.outText());
    assertTrue(r.outText().contains("INDIRECT "), r.outText());
  }

  // --- files that are refused, and articles that fail: reported, the others processed ---

  @Test
  void aFileOverTheSizeLimitIsSkippedUnreadAndTheRestProcessed() throws Exception {
    Path big = dir.resolve("02_big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(3L << 30); // 3 GiB, sparse: never read
    }
    Run r = run(dir.toString());
    assertEquals(1, r.status(), r.err());
    assertEquals(2, r.jsonLines().size());
    assertTrue(r.err().contains("skipping " + big + ": 3,221,225,472 bytes, more than the limit"),
        r.err());
  }

  @Test
  void maxBytesSetsTheLimit() throws Exception {
    Run r = run("--max-bytes", "100", dir.toString());
    assertEquals(1, r.status());
    assertEquals(1, r.jsonLines().size(), "only the short file");
    assertTrue(r.err().contains("01_news.txt") && r.err().contains("limit of 100"), r.err());
    assertEquals(0, run("--max-bytes=1k", dir.toString()).status());
  }

  @Test
  void maxBytesMustBeAPositiveNumber() throws Exception {
    for (String bad : List.of("0", "-5", "12x", "M", "")) {
      Run r = run("--max-bytes", bad, dir.toString());
      assertEquals(2, r.status(), bad);
      assertTrue(r.err().contains("--max-bytes: '" + bad + "' is not a positive number"), r.err());
    }
  }

  @Test
  void aDeviceNamedOnTheCommandLineIsSkippedNotRead() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    Run r = run(zero.toString(), dir.resolve("03_other.txt").toString());
    assertEquals(1, r.status(), r.err());
    assertEquals(1, r.jsonLines().size());
    assertTrue(r.err().contains("skipping /dev/zero: not a regular file"), r.err());
  }

  @Test
  void aFifoInAFolderIsSkippedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("02_fifo.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(dir.toString()));
    assertEquals(1, r.status(), r.err());
    assertEquals(2, r.jsonLines().size());
    assertTrue(r.err().contains("skipping " + fifo + ": not a regular file"), r.err());
  }

  @Test
  void aDanglingLinkInAFolderIsReported() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("02_gone.txt"), dir.resolve("nowhere.txt"));
    Run r = run(dir.toString());
    assertEquals(1, r.status(), r.err());
    assertEquals(2, r.jsonLines().size());
    assertTrue(r.err().contains("skipping " + link + ": a symbolic link to nothing"), r.err());
  }

  @Test
  void anArticleThatRunsOutOfMemoryIsSkippedAndTheRunGoesOn() throws Exception {
    Khabar failing = Khabar.builder()
        .addRecognizer(t -> {
          if (t.text().startsWith("خبر")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return List.of();
        })
        .build();
    Run r = runWith(failing, dir.toString());
    assertEquals(1, r.status());
    assertEquals(1, r.jsonLines().size());
    assertTrue(r.err().contains("skipping " + dir.resolve("03_other.txt") + ": out of memory"),
        r.err());
    assertTrue(r.err().contains("1 skipped"), r.err());
  }

  @Test
  void utf16WithItsByteOrderMarkIsRead() throws Exception {
    Path file = dir.resolve("utf16.txt");
    byte[] body = OTHER.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(file, bytes);
    Run r = run(file.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(OTHER, r.jsonLines().get(0).get("text").asText());
  }

  @Test
  void utf16WithoutAByteOrderMarkIsNamedNotReadAsUtf8() throws Exception {
    Path file = dir.resolve("utf16.txt");
    Files.write(file, OTHER.getBytes(StandardCharsets.UTF_16LE));
    Run r = run(file.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("looks like UTF-16LE without a byte order mark"), r.err());
  }

  @Test
  void publicationDatesAtTheEndOfTheCalendarResolveWhatTheyCan() throws Exception {
    Path file = dir.resolve("tomorrow.txt");
    Files.writeString(file, "سيغادر الوفد غدا.", UTF_8);
    Run r = run("--published", "+999999999-12-31", file.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("XXXX-XX-XX", r.jsonLines().get(0).get("times").get(0).get("value").asText());
  }

  @Test
  void anOverlongIdGivesAPageNameThatFits() throws Exception {
    Path file = dir.resolve("ب".repeat(120) + ".txt");
    Files.writeString(file, OTHER, UTF_8);
    Path out = dir.resolve("pages");
    Run r = run("--format=html", "--out", out.toString(), file.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.exists(out.resolve("ب".repeat(100) + ".html")));
    assertTrue(Files.exists(out.resolve("index.html")));
  }

  @Test
  void aPageThatCannotBeWrittenSkipsItsArticleAndTheIndexListsTheRest() throws Exception {
    Path out = dir.resolve("pages");
    Files.createDirectories(out.resolve("01_news.html")); // a folder where the page would go
    Run r = run("--format=html", "--out", out.toString(), dir.toString());
    assertEquals(1, r.status(), r.err());
    assertTrue(r.err().contains("skipping " + dir.resolve("01_news.txt") + ": cannot write"),
        r.err());
    String index = Files.readString(out.resolve("index.html"), UTF_8);
    assertTrue(index.contains("03_other.html") && !index.contains("01_news.html\""), index);
  }

  @Test
  void wordsFromAFolderReachTheHtmlPagesFurniture(@TempDir Path dir) throws Exception {
    Path words = Files.createDirectories(dir.resolve("words").resolve("structure")).getParent();
    Files.writeString(words.resolve("structure/chrome-cues.txt"), "نشرة الصباح\n", UTF_8);
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><body><h1>الحكومة تعلن خطة جديدة لتطوير النقل</h1>"
        + "<div class=\"article-body\"><p>أعلنت الحكومة اليوم عن خطة جديدة لتطوير النقل العمومي"
        + " في المدن الكبرى، تشمل اقتناء حافلات حديثة.</p><p>نشرة الصباح تصلكم كل يوم.</p>"
        + "</div></body></html>", UTF_8);
    List<String> kinds = new ArrayList<>();
    for (boolean withWords : new boolean[] {false, true}) {
      JsonNode blocks = runWithWords(withWords, words, page).get("blocks");
      kinds.add(blocks.get(blocks.size() - 1).get("kind").asText());
    }
    assertEquals("BOILERPLATE", kinds.get(1), kinds.toString());
    assertTrue(!kinds.get(0).equals("BOILERPLATE"), kinds.toString());
  }

  /** The JSON of {@code input} run with the words folder {@code words} or without it. */
  private static JsonNode runWithWords(boolean withWords, Path words, Path input)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args = withWords
        ? new String[] {"-q", "--words", words.toString(), input.toString()}
        : new String[] {"-q", input.toString()};
    assertEquals(0, KhabarCli.run(args, new PrintStream(out, true, UTF_8), System.err));
    return new ObjectMapper().readTree(out.toString(UTF_8));
  }

  @Test
  void wordsFromAFolderReachTheBundledPipelineAndABadFolderIsNamed(@TempDir Path words)
      throws Exception {
    Path text = words.resolveSibling(words.getFileName() + "-article.txt");
    Files.writeString(text, "وقال بايدن إن الاتفاق انتهى.\n", UTF_8);
    Files.createDirectories(words.resolve("segment"));
    Files.writeString(words.resolve("segment/unsplittable.txt"), "بايدن\n", UTF_8);
    for (boolean withWords : new boolean[] {false, true}) {
      JsonNode article = runWithWords(withWords, words, text);
      JsonNode name = article.get("entities").get(0);
      String found = article.get("text").asText()
          .substring(name.get("start").asInt(), name.get("end").asInt());
      assertEquals(withWords ? "بايدن" : "ايدن", found, "the bundled lexicon splits ب + ايدن");
      JsonNode models = article.get("models");
      assertEquals(withWords, models.has(words.getFileName() + "/"), models.toString());
      assertTrue(models.has("ner-ar.bin"), models.toString());
    }
    Path bad = Files.createDirectories(words.resolve("not-a-list"));
    Files.writeString(bad.resolve("verbs.txt"), "غرد يغرد مغرد\n", UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = KhabarCli.run(new String[] {"--words", bad.toString(), text.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
        new PrintStream(err, true, UTF_8));
    assertEquals(KhabarCli.USAGE_ERROR, status);
    assertTrue(err.toString(UTF_8).contains("verbs.txt"), err.toString(UTF_8));
    Files.delete(text);
  }
}
