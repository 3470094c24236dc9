package org.khabar.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.khabar.html.HtmlExtractor;
import org.khabar.text.TextBytes;

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
    return HtmlExtractor.isPageName(file.getFileName().toString());
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
   * {@code bytes} decoded as {@link TextBytes#decode} does: strict UTF-8 without a leading BOM, or
   * UTF-16 with its byte order mark.
   */
  static String decode(byte[] bytes) throws NotUtf8Exception {
    try {
      return TextBytes.decode(bytes);
    } catch (TextBytes.NotTextException e) {
      throw new NotUtf8Exception(e.getMessage());
    }
  }
}
