package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void folderMeansItsTxtFilesSortedByNameNotRecursive() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "ب", UTF_8);
    Files.writeString(dir.resolve("a.TXT"), "أ", UTF_8);
    Files.writeString(dir.resolve("c.md"), "ج", UTF_8);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.txt"), "د", UTF_8);
    assertEquals(List.of(dir.resolve("a.TXT"), dir.resolve("b.txt")), InputFiles.expand(dir));
  }

  @Test
  void fileNamedDirectlyIsReadWhateverItsExtension() throws Exception {
    Path md = Files.writeString(dir.resolve("c.md"), "ج", UTF_8);
    assertEquals(List.of(md), InputFiles.expand(md));
  }

  @Test
  void leadingBomIsDropped() throws Exception {
    assertEquals("نص", InputFiles.decode(bytes(0xEF, 0xBB, 0xBF, 0xD9, 0x86, 0xD8, 0xB5)));
  }

  @Test
  void onlyTheLeadingBomIsDropped() throws Exception {
    assertEquals("a\uFEFFb", InputFiles.decode("\uFEFFa\uFEFFb".getBytes(UTF_8)));
  }

  @Test
  void invalidUtf8IsReportedWithItsByteOffset() {
    // "ab", then a Latin-1 e-acute, which is not UTF-8
    InputFiles.NotUtf8Exception e =
        assertThrows(InputFiles.NotUtf8Exception.class, () -> InputFiles.decode(bytes(0x61, 0x62, 0xE9)));
    assertTrue(e.getMessage().contains("byte 2"), e.getMessage());
  }

  @Test
  void encodedSurrogatesAreNotUtf8() {
    // CESU-8 style encoding of a lone high surrogate U+D800
    assertThrows(InputFiles.NotUtf8Exception.class, () -> InputFiles.decode(bytes(0xED, 0xA0, 0x80)));
  }

  @Test
  void emptyFileIsEmptyText() throws Exception {
    assertEquals("", InputFiles.decode(new byte[0]));
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
