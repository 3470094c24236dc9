package org.khabar.html;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a page's bytes: its byte order mark, else the charset its HTTP header named,
 * else the one its {@code <meta>} declares in the first {@value #SNIFF} bytes, else ICU4J's
 * detector (pages in windows-1256 with no declaration exist), else UTF-8. Bytes that do not decode
 * become U+FFFD: a page gives a text whatever its bytes. Stateless.
 */
final class PageCharsets {

  /** How many bytes are searched for a {@code <meta>} charset. */
  static final int SNIFF = 4096;

  private static final Pattern META =
      Pattern.compile("<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]{2,40})",
          Pattern.CASE_INSENSITIVE);

  private PageCharsets() {}

  /**
   * {@code bytes} decoded.
   *
   * @param bytes the page
   * @param declared the charset an HTTP header named, if any
   * @return the text, without a byte order mark
   */
  static String decode(byte[] bytes, Optional<String> declared) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Optional<Charset> charset = declared.flatMap(PageCharsets::named);
    if (charset.isEmpty()) {
      String head =
          new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
      Matcher m = META.matcher(head);
      if (m.find()) {
        charset = named(m.group(1));
      }
    }
    if (charset.isEmpty()) {
      charset = detected(bytes);
    }
    return new String(bytes, charset.orElse(StandardCharsets.UTF_8));
  }

  private static Optional<Charset> detected(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    return match == null ? Optional.empty() : named(match.getName());
  }

  /** The charset of {@code name}, when Java knows it; {@code utf8} and the like included. */
  static Optional<Charset> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("utf8")) {
      n = "utf-8";
    }
    try {
      return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an illegal charset name
    }
  }
}
