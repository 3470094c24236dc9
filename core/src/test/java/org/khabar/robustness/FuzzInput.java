package org.khabar.robustness;

import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's bytes into a Java string that can hold anything a caller may pass, including
 * unpaired surrogates, which no UTF-8 decoding produces.
 *
 * <p>Bytes are UTF-8 (malformed sequences become U+FFFD), except that the byte {@code 0xFF}, never
 * part of UTF-8, is followed by two bytes read as one raw UTF-16 char, big-endian: {@code FF D8 00}
 * is a lone high surrogate. The seed files stay readable UTF-8 and the fuzzer still reaches every
 * char. Linear in the input.
 */
public final class FuzzInput {

  private static final int RAW_CHAR = 0xFF;

  private FuzzInput() {}

  public static String decode(byte[] data) {
    StringBuilder sb = new StringBuilder(data.length);
    int from = 0;
    int i = 0;
    while (i < data.length) {
      if ((data[i] & 0xFF) != RAW_CHAR) {
        i++;
        continue;
      }
      sb.append(new String(data, from, i - from, StandardCharsets.UTF_8));
      if (i + 2 < data.length) {
        sb.append((char) (((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF)));
        i += 3;
      } else {
        i = data.length; // a truncated escape carries no char
      }
      from = i;
    }
    if (from < data.length) {
      sb.append(new String(data, from, data.length - from, StandardCharsets.UTF_8));
    }
    return sb.toString();
  }
}
