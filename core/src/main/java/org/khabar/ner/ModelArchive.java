package org.khabar.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a model file's bytes and checks them as an OpenNLP model archive before OpenNLP parses
 * them: a zip archive with a {@code manifest.properties}, whose entries unpack to at most {@value
 * #MAX_EXPANSION} times the archive's size (and {@value #MAX_BYTES} bytes in all). A zip bomb or a
 * file that is no model fails here, in an {@link IOException} that says why in words, instead of
 * running the JVM out of memory or failing deep inside OpenNLP. Stateless.
 */
final class ModelArchive {

  /** The largest model file read, in bytes (1 GiB). */
  static final long MAX_BYTES = 1L << 30;

  /**
   * How many times its own size an archive may unpack to. OpenNLP models compress three to five
   * times (the bundled one 2.8); a zip bomb a thousand.
   */
  static final int MAX_EXPANSION = 20;

  /** What any archive may unpack to, however small it is. */
  private static final long MIN_UNPACKED_ALLOWANCE = 1 << 20;

  private static final String MANIFEST = "manifest.properties";

  private ModelArchive() {}

  /**
   * The bytes of {@code in}, read to its end, once they pass the checks.
   *
   * @throws IOException saying why the bytes are no model (or why they cannot be read)
   */
  static byte[] read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > MAX_BYTES) {
      throw new IOException("larger than the " + MAX_BYTES + " bytes a model may have");
    }
    check(bytes);
    return bytes;
  }

  private static void check(byte[] bytes) throws IOException {
    long allowed = Math.max(MIN_UNPACKED_ALLOWANCE, (long) MAX_EXPANSION * bytes.length);
    long unpacked = 0;
    boolean manifest = false;
    int entries = 0;
    byte[] buffer = new byte[1 << 16];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries++;
        manifest |= entry.getName().equals(MANIFEST);
        for (int n; (n = zip.read(buffer)) > 0; ) {
          unpacked += n;
          if (unpacked > allowed) {
            throw new IOException(String.format(Locale.ROOT,
                "its entries unpack to more than %d bytes, %d times its %d bytes: not a model "
                    + "(a zip bomb?)", allowed, MAX_EXPANSION, bytes.length));
          }
        }
      }
    } catch (ZipException e) {
      throw new IOException("not a model file: a broken zip archive (" + e.getMessage() + ")", e);
    }
    if (entries == 0) {
      throw new IOException("not a model file: not a zip archive");
    }
    if (!manifest) {
      throw new IOException("not a model file: no " + MANIFEST);
    }
  }
}
