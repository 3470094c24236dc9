package org.khabar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.examples.CliArguments.Format;
import org.khabar.examples.CliArguments.UsageException;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ner.Genre;

class CliArgumentsTest {

  private static String usageError(String... args) {
    return assertThrows(UsageException.class, () -> CliArguments.parse(args)).getMessage();
  }

  @Test
  void defaultsToJsonLinesWithoutADate() throws Exception {
    CliArguments a = CliArguments.parse("seeds");
    assertEquals(Format.JSONL, a.format());
    assertEquals(Optional.empty(), a.published());
    assertEquals(List.of(Path.of("seeds")), a.paths());
  }

  @Test
  void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws Exception {
    CliArguments a = CliArguments.parse("--format", "text", "--published=2025-09-04", "a.txt");
    assertEquals(Format.TEXT, a.format());
    assertEquals(Optional.of(LocalDate.of(2025, 9, 4)), a.published());
    assertEquals(Format.JSON, CliArguments.parse("--format=json", "a").format());
  }

  @Test
  void pathsKeepTheirOrderAroundOptions() throws Exception {
    CliArguments a = CliArguments.parse("b", "--format", "json", "a");
    assertEquals(List.of(Path.of("b"), Path.of("a")), a.paths());
  }

  @Test
  void doubleDashEndsTheOptions() throws Exception {
    assertEquals(List.of(Path.of("--format")), CliArguments.parse("--", "--format").paths());
  }

  @Test
  void helpWinsOverMissingPaths() throws Exception {
    assertTrue(CliArguments.parse("--help").help());
    assertTrue(CliArguments.parse("-h").help());
  }

  @Test
  void unknownOptionIsNamed() {
    assertEquals("unknown option '--colour'", usageError("--colour", "a"));
    assertEquals("unknown option '-x'", usageError("-x", "a"));
  }

  @Test
  void genreDefaultsToNewsAndTakesEitherForm() throws Exception {
    assertEquals(Genre.NEWS, CliArguments.parse("a").genre());
    assertEquals(Genre.ENCYCLOPEDIC, CliArguments.parse("--genre", "encyclopedic", "a").genre());
    assertEquals(Genre.NEWS, CliArguments.parse("--genre=encyclopedic", "--genre=news", "a").genre());
  }

  @Test
  void badGenreIsNamed() {
    assertTrue(usageError("--genre", "wiki", "a").contains("'wiki'"));
    assertTrue(usageError("a", "--genre").contains("'--genre' needs a value"));
  }

  @Test
  void badFormatIsNamed() {
    assertTrue(usageError("--format", "xml", "a").contains("'xml'"));
  }

  @Test
  void badDateIsNamed() {
    assertTrue(usageError("--published", "2025-13-01", "a").contains("'2025-13-01'"));
    assertTrue(usageError("--published=2025-02-30", "a").contains("'2025-02-30'"));
    assertTrue(usageError("--published", "04/09/2025", "a").contains("'04/09/2025'"));
  }

  @Test
  void optionWithoutValueIsNamed() {
    assertEquals("option '--published' needs a value", usageError("a", "--published"));
  }

  @Test
  void noPathIsAUsageError() {
    assertEquals("no PATH given", usageError());
    assertEquals("no PATH given", usageError("--format", "json"));
  }

  @Test
  void htmlFormatWithAnOutFolder() throws Exception {
    CliArguments a = CliArguments.parse("--format", "html", "--out=pages", "a");
    assertEquals(Format.HTML, a.format());
    assertEquals(Optional.of(Path.of("pages")), a.outDir());
    assertEquals(Optional.of(Path.of("p2")),
        CliArguments.parse("--format=html", "--out", "p2", "a").outDir());
  }

  @Test
  void outFolderNeedsHtml() {
    assertTrue(usageError("--out", "pages", "a").contains("--format html"));
  }

  @Test
  void progressAndQuietAreFlags() throws Exception {
    CliArguments a = CliArguments.parse("--progress", "a");
    assertTrue(a.progress());
    assertEquals(false, a.quiet());
    assertTrue(CliArguments.parse("--quiet", "a").quiet());
    assertTrue(CliArguments.parse("-q", "a").quiet());
    assertTrue(usageError("--progress=yes", "a").contains("'--progress' takes no value"));
  }

  @Test
  void unknownFormatListsHtml() {
    assertTrue(usageError("--format", "xml", "a").contains("html"));
  }

  @Test
  void fieldsListTheLayersToWrite() throws Exception {
    assertEquals(EnumSet.allOf(Layer.class), CliArguments.parse("a").fields());
    assertEquals(EnumSet.of(Layer.ENTITIES, Layer.QUOTES),
        CliArguments.parse("--fields", "entities, quotes", "a").fields());
    assertEquals(EnumSet.noneOf(Layer.class), CliArguments.parse("--fields=", "a").fields());
    assertTrue(usageError("--fields", "entities,", "a").contains("no layer ''"));
    assertTrue(usageError("--fields=names", "a").contains("no layer 'names'"));
  }

  @Test
  void versionWinsOverMissingPaths() throws Exception {
    CliArguments a = CliArguments.parse("--version");
    assertTrue(a.version());
    assertEquals(List.of(), a.paths());
    assertEquals(false, CliArguments.parse("a").version());
  }
}
