package org.khabar.tools.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.khabar.models.ner.EmbeddedLexicons;

/**
 * Command: embeds the place names and word clusters in a name-finder model made before models
 * carried them ({@link EmbeddedLexicons}), so that it decodes the same whatever ICU4J runs it. The
 * model's other entries are copied as they are; the places are those of the running ICU4J, which
 * should be the one the model was trained with.
 *
 * <pre>
 * java -cp tools/target/khabar-tools.jar org.khabar.tools.train.EmbedLexicons IN.bin OUT.bin
 * </pre>
 *
 * Prints the new file's SHA-256. A model that embeds them already, or whose features are not
 * Khabar's Arabic features, is copied unchanged.
 */
public final class EmbedLexicons {

  private EmbedLexicons() {}

  /**
   * Writes {@code argv[1]}: the model {@code argv[0]} with its lexicons embedded.
   *
   * @param argv the input and output model files
   * @throws IOException if the model cannot be read or written
   */
  public static void main(String[] argv) throws IOException {
    if (argv.length != 2) {
      throw new IllegalArgumentException("usage: EmbedLexicons IN.bin OUT.bin");
    }
    Path in = Path.of(argv[0]);
    Path out = Path.of(argv[1]);
    byte[] written = embed(Files.readAllBytes(in));
    Files.write(out, written);
    System.out.println(sha256(written) + "  " + out.getFileName());
  }

  /**
   * The model in {@code model} (an OpenNLP model package) with the lexicons its feature descriptor
   * asks for added as entries, unless it has them.
   *
   * @param model the model file's bytes
   * @return the new model file's bytes
   * @throws IOException if {@code model} is not a model package
   */
  static byte[] embed(byte[] model) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long time = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(model))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
        time = Math.max(time, e.getTime());
      }
    }
    byte[] descriptor = entries.get("generator.featuregen");
    if (!entries.containsKey("manifest.properties") || descriptor == null) {
      throw new IOException("not a name-finder model with a feature descriptor: entries "
          + entries.keySet());
    }
    for (Map.Entry<String, Object> lexicon :
        EmbeddedLexicons.forDescriptor(descriptor).entrySet()) {
      entries.putIfAbsent(lexicon.getKey(), (byte[]) lexicon.getValue());
    }
    // Every entry dated as the model's newest: the same input gives the same bytes.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(model.length + (1 << 20));
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
