package org.khabar.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes the bytes of a text file as Khabar reads them everywhere (the command-line tool, the
 * Spark job): strict UTF-8 with malformed input reported rather than replaced, a leading byte order
 * mark dropped before offsets count; UTF-16 with its byte order mark. Stateless and thread-safe.
 */
public final class TextBytes {

  /** Bytes that are not text in a supported encoding; the message says why and where. */
  public static final class NotTextException extends IOException {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  /** The byte order mark, dropped from the start of a text before offsets count. */
  public static final char BOM = '\uFEFF';

  private TextBytes() {}

  /**
   * {@code bytes} decoded as strict UTF-8, without a leading BOM; with a UTF-16 byte order mark
   * (FE FF or FF FE), as UTF-16 of that order.
   *
   * @param bytes the bytes of a text
   * @return the text
   * @throws NotTextException if the bytes are not valid UTF-8 (the message gives the offset of the
   *     first bad byte) or look like UTF-16 without a byte order mark
   */
  public static String decode(byte[] bytes) throws NotTextException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    }
    String utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      throw new NotTextException("looks like " + utf16 + " without a byte order mark, not UTF-8;"
          + " convert it (iconv -f " + utf16 + " -t UTF-8)");
    }
    String text = strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /**
   * The UTF-16 byte order that {@code bytes} look written in, or null: text in UTF-16 has a NUL in
   * most of its even (big-endian) or odd (little-endian) bytes when it is Latin, and 0x06 there
   * when it is Arabic, and almost none in the other half. Looks at the first 64 KiB.
   *
   * @param bytes the bytes of a text
   * @return {@code "UTF-16BE"}, {@code "UTF-16LE"} or null
   */
  public static String utf16WithoutBom(byte[] bytes) {
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
      throws NotTextException {
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
      throw new NotTextException(
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
