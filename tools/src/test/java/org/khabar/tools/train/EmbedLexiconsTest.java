package org.khabar.tools.train;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.khabar.models.ner.ArabicFeatureDescriptor;
import org.khabar.models.ner.EmbeddedLexicons;

class EmbedLexiconsTest {

  private static final byte[] DESCRIPTOR = new ArabicFeatureDescriptor(true, true, true, true,
      List.of(), List.of(), List.of(), NerTrainer.CLUSTERS_RESOURCE, null).toXml();

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  @Test
  void anOlderModelGetsItsLexiconsAddedOnceAndKeepsTheRest() throws IOException {
    Map<String, byte[]> older = new LinkedHashMap<>();
    older.put("manifest.properties", "Component-Name=NameFinderME\n".getBytes(UTF_8));
    older.put("generator.featuregen", DESCRIPTOR);
    byte[] once = EmbedLexicons.embed(zip(older));
    Map<String, byte[]> entries = entries(once);
    assertEquals(List.of("manifest.properties", "generator.featuregen", EmbeddedLexicons.PLACES,
        EmbeddedLexicons.CLUSTERS), List.copyOf(entries.keySet()));
    assertArrayEquals(DESCRIPTOR, entries.get("generator.featuregen"));
    assertTrue(new String(entries.get(EmbeddedLexicons.PLACES), UTF_8).contains("فرنسا\n"));
    assertArrayEquals(once, EmbedLexicons.embed(once), "embedding twice changes nothing");
  }

  @Test
  void aFileThatIsNotAModelIsRefusedNamingItsEntries() throws IOException {
    byte[] other = zip(Map.of("readme.txt", "hello".getBytes(UTF_8)));
    IOException e = assertThrows(IOException.class, () -> EmbedLexicons.embed(other));
    assertTrue(e.getMessage().contains("readme.txt"), e.getMessage());
  }
}
