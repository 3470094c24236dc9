package org.khabar.models.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.models.DefaultModels;

/** The compiled form of the bundled model: what the jar carries, and files that are not one. */
class CompiledDecoderTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DefaultModels.class.getResourceAsStream(name)) {
      assertNotNull(in, name + " on the class path");
      return in.readAllBytes();
    }
  }

  private static byte[] bundled() throws IOException {
    return resource(DefaultModels.DECODER_RESOURCE);
  }

  private static String bundledModelSha256() throws IOException {
    return new String(resource(DefaultModels.NAME_FINDER_RESOURCE + ".sha256"),
        StandardCharsets.US_ASCII).strip().split("\\s+")[0];
  }

  @Test
  void theJarCarriesTheCompiledFormOfItsOwnModel() throws IOException {
    byte[] bytes = bundled();
    CompiledDecoder decoder = CompiledDecoder.read(bytes, "bundled");
    assertEquals(bundledModelSha256(), decoder.modelSha256());
    assertEquals(DecoderCompiler.sha256(resource(DefaultModels.NAME_FINDER_RESOURCE)),
        decoder.modelSha256());
    // Compiling the bundled model again gives the same bytes: the format is deterministic.
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    CompiledDecoder.write(DefaultModels.nameFinderModel(), decoder.modelSha256(), again);
    assertArrayEquals(bytes, again.toByteArray());
    WeightTable table = decoder.weights();
    assertTrue(table.size() > 100_000, "predicates: " + table.size());
    assertNotNull(table.pool().codes(), "an Arabic model's names fit a byte a char");
    assertTrue(decoder.places().contains("القاهرة"), "CLDR places carried");
    // The places and clusters are the model's own, embedded when it was made.
    TokenNameFinderModel model = DefaultModels.nameFinderModel();
    assertEquals(EmbeddedLexicons.places(model.getArtifact(EmbeddedLexicons.PLACES)),
        decoder.places());
    assertArrayEquals((byte[]) model.getArtifact(EmbeddedLexicons.CLUSTERS), decoder.clusters());
  }

  @Test
  void aChangedByteIsCaughtByTheChecksum() throws IOException {
    byte[] bytes = bundled();
    bytes[bytes.length / 2] ^= 1;
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CompiledDecoder.read(bytes, "my.decoder"));
    assertTrue(e.getMessage().startsWith("compiled decoder my.decoder is corrupt: checksum"),
        e.getMessage());
  }

  @Test
  void aTruncatedFileIsRefusedBeforeItIsParsed() throws IOException {
    byte[] bytes = Arrays.copyOf(bundled(), 1_000);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CompiledDecoder.read(bytes, "short.decoder"));
    assertTrue(e.getMessage().contains("short.decoder") && e.getMessage().contains("header says"),
        e.getMessage());
  }

  @Test
  void otherFilesAndOtherVersionsAreRefusedNamingWhy() throws IOException {
    byte[] zip = "PK\u0003\u0004 a zip".getBytes(StandardCharsets.UTF_8);
    IllegalStateException notOne = assertThrows(IllegalStateException.class,
        () -> CompiledDecoder.read(zip, "a.zip"));
    assertTrue(notOne.getMessage().contains("does not start with KHABAR-DECODER"),
        notOne.getMessage());
    assertThrows(IllegalStateException.class, () -> CompiledDecoder.read(new byte[0], "empty"));
    byte[] bytes = bundled();
    ByteBuffer.wrap(bytes).putInt(CompiledDecoder.MAGIC.length, CompiledDecoder.VERSION + 1);
    IllegalStateException newer = assertThrows(IllegalStateException.class,
        () -> CompiledDecoder.read(bytes, "newer.decoder"));
    assertTrue(newer.getMessage().contains("format version " + (CompiledDecoder.VERSION + 1)),
        newer.getMessage());
  }

  @Test
  void theBuildStepCompilesOnceAndAgainWhenTheOutputIsBad(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("ner-ar.bin");
    Files.write(model, resource(DefaultModels.NAME_FINDER_RESOURCE));
    Path out = dir.resolve("ner-ar.decoder");
    DecoderCompiler.main(new String[] {model.toString(), out.toString()});
    assertArrayEquals(bundled(), Files.readAllBytes(out));
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(out, old);
    DecoderCompiler.main(new String[] {model.toString(), out.toString()});
    assertEquals(old, Files.getLastModifiedTime(out), "up to date: not written again");
    Files.write(out, new byte[] {1, 2, 3});
    DecoderCompiler.main(new String[] {model.toString(), out.toString()});
    assertArrayEquals(bundled(), Files.readAllBytes(out));
    assertTrue(Files.list(dir).noneMatch(p -> p.toString().endsWith(".tmp")), "no temp file left");
  }
}
