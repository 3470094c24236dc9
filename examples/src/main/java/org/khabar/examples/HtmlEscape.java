package org.khabar.examples;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Escapes text for HTML: the five markup chars as entities, unpaired surrogates and control chars
 * (but line breaks and tabs) as U+FFFD; everything else as it is. Stateless.
 */
final class HtmlEscape {

  private HtmlEscape() {}

  /** Appends {@code s} HTML-escaped. */
  static void escape(String s, Appendable out) throws IOException {
    escape(s, 0, s.length(), out);
  }

  /** The HTML-escaped form of {@code s}. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    try {
      escape(s, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  static void escape(String s, int from, int to, Appendable out) throws IOException {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < to
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)
              || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            out.append("&#xFFFD;");
          } else {
            out.append(c);
          }
      }
    }
  }
}
