package org.khabar.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the text files named on the command line, checks them, and reads them as strict UTF-8.
 * Stateless and thread-safe.
 *
 * <p>A folder stands for the entries directly inside it whose names end in {@code .txt} (any
 * case), sorted by name; sub-folders are not entered, so the set of articles is exactly what
 * {@code ls folder/*.txt} shows. A file named directly is read whatever its extension. Before it
 * is read, each file is checked ({@link #check}): an entry that is no regular file (a dangling
 * link, a FIFO, a device), cannot be read, or is over the size limit is refused with the reason,
 * never opened, so that a FIFO cannot block the run and {@code /dev/zero} cannot fill the heap.
 */
public final class InputFiles {

  /** A file that is refused before or while it is read; the message says why. */
  public static class SkippedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    SkippedFileException(String message) {
      super(message);
    }
  }

  /** A file that is not valid UTF-8; the message gives the byte offset of the first bad byte. */
  public static final class NotUtf8Exception extends SkippedFileException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(String message) {
      super(message);
    }
  }

  /** The byte order mark, dropped from the start of a file before offsets count. */
  static final char BOM = '\uFEFF';

  private InputFiles() {}

  /**
   * The files of {@code path}: itself if it is not a folder, its {@code *.txt} entries if it is.
   *
   * @param path a file or folder named on the command line
   * @return the files to read, in order; entries of a folder that are no regular files are kept,
   *     for {@link #check} to report
   * @throws IOException if the folder cannot be listed
   */
  public static List<Path> expand(Path path) throws IOException {
    return expand(path, List.of(".txt"));
  }

  /**
   * The files of {@code path}: itself if it is not a folder, its entries ending in one of {@code
   * extensions} (any case) if it is.
   *
   * @param path a file or folder named on the command line
   * @param extensions the endings of the files a folder stands for, in lower case ({@code .jsonl})
   * @return the files to read, in order
   * @throws IOException if the folder cannot be listed
   */
  public static List<Path> expand(Path path, List<String> extensions) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> children = Files.list(path)) {
      children
          .filter(p -> extensions.stream().anyMatch(
              p.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
          .filter(p -> !Files.isDirectory(p))
          .forEach(files::add);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files;
  }

  /** Whether {@code file} is named as an HTML page ({@code .html}, {@code .htm}, any case). */
  public static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  /**
   * Checks {@code file} before it is read.
   *
   * @param file a file
   * @param maxBytes the largest size accepted
   * @throws SkippedFileException saying why the file is refused: a dangling link, no regular file,
   *     unreadable, or over {@code maxBytes}
   * @throws IOException if its attributes cannot be read
   */
  public static void check(Path file, long maxBytes) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      boolean link = Files.isSymbolicLink(file);
      throw new SkippedFileException(link ? "a symbolic link to nothing" : "no such file");
    }
    if (!attributes.isRegularFile()) {
      throw new SkippedFileException(attributes.isDirectory() ? "a folder"
          : "not a regular file (a device, FIFO or socket): not read");
    }
    if (!Files.isReadable(file)) {
      throw new SkippedFileException("cannot read it (no permission)");
    }
    if (attributes.size() > maxBytes) {
      throw new SkippedFileException(String.format(Locale.ROOT,
          "%,d bytes, more than the limit of %,d (--max-bytes)", attributes.size(), maxBytes));
    }
  }

  /**
   * The text of {@code file}, decoded as UTF-8 with malformed input reported rather than replaced,
   * without a leading BOM; UTF-16 with its byte order mark is read too.
   *
   * @param file a file
   * @return its text
   * @throws NotUtf8Exception if the bytes are not valid UTF-8 (or look like UTF-16 without a byte
   *     order mark)
   * @throws IOException if the file cannot be read
   */
  public static String read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  /**
   * {@code bytes} decoded as strict UTF-8, without a leading BOM; with a UTF-16 byte order mark
   * (FE FF or FF FE), as UTF-16 of that order.
   */
  static String decode(byte[] bytes) throws NotUtf8Exception {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    }
    String utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      throw new NotUtf8Exception("looks like " + utf16 + " without a byte order mark, not UTF-8;"
          + " convert it (iconv -f " + utf16 + " -t UTF-8)");
    }
    String text = strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /**
   * The UTF-16 byte order that {@code bytes} look written in, or null: text in UTF-16 has a NUL in
   * most of its even (big-endian) or odd (little-endian) bytes when it is Latin, and 0x06 there
   * when it is Arabic, and almost none in the other half. Looks at the first 64 KiB.
   */
  static String utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 1 << 16) & ~1;
    if (n < 4) {
      return null;
    }
    int[] nul = new int[2];
    int[] high = new int[2];
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nul[i & 1]++;
      }
      if (b == 0 || b == 0x06) {
        high[i & 1]++;
      }
    }
    int half = n / 2;
    for (int parity = 0; parity < 2; parity++) {
      if (nul[parity] > 0 && high[parity] * 10 >= half * 9 && nul[1 - parity] * 20 < half) {
        return parity == 0 ? "UTF-16BE" : "UTF-16LE";
      }
    }
    return null;
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String name)
      throws NotUtf8Exception {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new NotUtf8Exception(
          String.format(
              Locale.ROOT,
              "not valid %s (%s input at byte %d)",
              name,
              result.isMalformed() ? "malformed" : "unmappable",
              in.position()));
    }
    out.flip();
    return out.toString();
  }
}
