package org.khabar.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads the bundled models' files from the class path, checked against the SHA-256 committed
 * beside each. Stateless.
 */
final class BundledResources {

  private BundledResources() {}

  /** The bytes of {@code resource}, after checking them against {@code resource + ".sha256"}. */
  static byte[] verifiedBytes(String resource) {
    byte[] bytes = read(resource);
    String expected = expectedSha256(resource);
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(expected)) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "bundled model %s is corrupt: SHA-256 %s, expected %s",
              resource,
              actual,
              expected));
    }
    return bytes;
  }

  /** The SHA-256 committed beside {@code resource}, in {@code resource + ".sha256"}. */
  static String expectedSha256(String resource) {
    return new String(read(resource + ".sha256"), StandardCharsets.US_ASCII)
        .strip()
        .split("\\s+")[0];
  }

  /**
   * The bytes of {@code resource}, or null when the class path does not have it; read into an
   * array of the size the class path states, when it states one, so that a large resource is read
   * once, not copied as the array grows.
   */
  static byte[] readIfPresent(String resource) {
    URL url = BundledResources.class.getResource(resource);
    if (url == null) {
      return null;
    }
    try {
      URLConnection connection = url.openConnection();
      long size = connection.getContentLengthLong();
      try (InputStream in = connection.getInputStream()) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
          return in.readAllBytes();
        }
        byte[] bytes = new byte[(int) size];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read != bytes.length || in.read() != -1) {
          throw new IOException("the class path stated " + size + " bytes, and gave " + read
              + (read == bytes.length ? " and more" : ""));
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }

  /** The bytes of {@code resource}, which must be on the class path. */
  static byte[] read(String resource) {
    try (InputStream in = BundledResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled resource missing from the class path: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
