package org.khabar.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the text files named on the command line and reads them as strict UTF-8. Stateless and
 * thread-safe.
 *
 * <p>A folder stands for the regular files directly inside it whose names end in {@code .txt}
 * (any case), sorted by name; sub-folders are not entered, so the set of articles is exactly what
 * {@code ls folder/*.txt} shows. A file named directly is read whatever its extension.
 */
public final class InputFiles {

  /** A file that is not valid UTF-8; the message gives the byte offset of the first bad byte. */
  public static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(String message) {
      super(message);
    }
  }

  /** The byte order mark, dropped from the start of a file before offsets count. */
  static final char BOM = '\uFEFF';

  private InputFiles() {}

  /** The files of {@code path}: itself if it is a file, its {@code .txt} files if a folder. */
  public static List<Path> expand(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> children = Files.list(path)) {
      children
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .filter(Files::isRegularFile)
          .forEach(files::add);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files;
  }

  /**
   * The text of {@code file}, decoded as UTF-8 with malformed input reported rather than replaced,
   * without a leading BOM.
   *
   * @throws NotUtf8Exception if the bytes are not valid UTF-8
   * @throws IOException if the file cannot be read
   */
  public static String read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  /** {@code bytes} decoded as strict UTF-8, without a leading BOM. */
  static String decode(byte[] bytes) throws NotUtf8Exception {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new NotUtf8Exception(
          String.format(
              Locale.ROOT,
              "not valid UTF-8 (%s input at byte %d)",
              result.isMalformed() ? "malformed" : "unmappable",
              in.position()));
    }
    out.flip();
    if (out.hasRemaining() && out.charAt(0) == BOM) {
      out.position(1);
    }
    return out.toString();
  }
}
