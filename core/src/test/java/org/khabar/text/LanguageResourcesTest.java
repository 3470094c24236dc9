package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageResourcesTest {

  @Test
  void everyListIsBundledAndReadAsItsFile() {
    for (String name : LanguageResources.names()) {
      List<String> lines = LanguageResources.bundled().lines(name);
      assertFalse(lines.isEmpty(), name);
      assertEquals(DataFiles.lines(LanguageResources.class, "/org/khabar/" + name), lines, name);
      assertTrue(lines.stream().noneMatch(l -> l.isEmpty() || l.startsWith("#")), name);
    }
  }

  @Test
  void additionsComeAfterTheBundledEntriesAndCommentsAreDropped() {
    LanguageResources r = LanguageResources.builder()
        .add("quote/attributions.txt", " ذمة ", "# a comment", "")
        .add("quote/attributions.txt", List.of("رواية"))
        .build();
    List<String> expected =
        new ArrayList<>(LanguageResources.bundled().lines("quote/attributions.txt"));
    expected.addAll(List.of("ذمة", "رواية"));
    assertEquals(expected, r.lines("quote/attributions.txt"));
    assertEquals(List.of("ذمة", "رواية"), r.added("quote/attributions.txt"));
    assertFalse(r.isBundled());
    assertEquals(LanguageResources.bundled().lines("time/phrases.txt"),
        r.lines("time/phrases.txt"));
  }

  @Test
  void nothingAddedIsTheBundledValue() {
    assertSame(LanguageResources.bundled(), LanguageResources.builder().build());
    assertSame(LanguageResources.bundled(),
        LanguageResources.builder().add("quote/attributions.txt", "# only a comment").build());
  }

  @Test
  void mistakesAreRefusedByName(@TempDir Path folder) throws IOException {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> LanguageResources.bundled().lines("quote/verbs.txt"));
    assertTrue(unknown.getMessage().contains("\"quote/verbs.txt\""), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("quote/reporting-verbs.txt"), unknown.getMessage());
    IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
        () -> LanguageResources.builder().add("quote/attributions.txt", "ذمة\nرواية"));
    assertTrue(broken.getMessage().contains("line break"), broken.getMessage());
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> LanguageResources.builder().add(null, "x")).getMessage());
    Path file = folder.resolve("quote").resolve("attributions.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
    IllegalArgumentException notUtf8 = assertThrows(IllegalArgumentException.class,
        () -> LanguageResources.builder().addFolder(folder));
    assertTrue(notUtf8.getMessage().contains(file.toString()), notUtf8.getMessage());
    IllegalArgumentException notFolder = assertThrows(IllegalArgumentException.class,
        () -> LanguageResources.builder().addFolder(file));
    assertTrue(notFolder.getMessage().contains(file.toString()), notFolder.getMessage());
  }
}
