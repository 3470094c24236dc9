package org.khabar.models.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.ner.OpenNlpExtensions;

/**
 * The build step that compiles the bundled model ({@link CompiledDecoder}): the models module's
 * build runs it after compiling (Maven's {@code process-classes} phase), so the jar carries the
 * compiled decoder of exactly the model beside it, and nothing derived is committed. The build
 * leaves this class out of the jar, its sources and its javadoc: the library ships no {@code main}.
 *
 * <pre>
 * java -cp ... org.khabar.models.ner.DecoderCompiler MODEL.bin OUT.decoder
 * </pre>
 *
 * <p>It does nothing when {@code OUT.decoder} already holds the compiled form of the same model.
 */
public final class DecoderCompiler {

  private DecoderCompiler() {}

  /**
   * Compiles {@code args[0]} into {@code args[1]}.
   *
   * @param args the model file and the output file
   * @throws IOException if the model cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DecoderCompiler MODEL.bin OUT.decoder");
    }
    Path model = Path.of(args[0]);
    Path out = Path.of(args[1]);
    byte[] bytes = Files.readAllBytes(model);
    String sha256 = sha256(bytes);
    if (Files.isRegularFile(out) && upToDate(out, sha256)) {
      return;
    }
    OpenNlpExtensions.register();
    Path temp = out.resolveSibling(out.getFileName() + ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(temp)) {
        CompiledDecoder.write(new TokenNameFinderModel(new ByteArrayInputStream(bytes)), sha256, o);
      }
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    System.out.println("compiled " + model + " into " + out + " (" + Files.size(out) + " bytes)");
  }

  private static boolean upToDate(Path out, String sha256) {
    try {
      return CompiledDecoder.read(Files.readAllBytes(out), out.toString()).modelSha256()
          .equals(sha256);
    } catch (IOException | IllegalStateException e) {
      return false; // unreadable or of another format: compile it again
    }
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    return EmbeddedLexicons.digest(bytes);
  }
}
