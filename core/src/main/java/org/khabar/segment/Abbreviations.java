package org.khabar.segment;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.khabar.text.DataFiles;
import org.khabar.text.TextChars;

/**
 * A set of abbreviations matched without harakat, tatweel or Latin case.
 *
 * <p>Immutable and thread-safe. The bundled list ({@code abbreviations.txt}) is loaded once.
 */
final class Abbreviations {

  private static final String RESOURCE = "abbreviations.txt";
  private static volatile Abbreviations bundled;

  private final Set<String> keys;
  private final int maxLength;

  private Abbreviations(Set<String> keys) {
    this.keys = Set.copyOf(keys);
    int max = 0;
    for (String k : this.keys) {
      max = Math.max(max, k.length());
    }
    this.maxLength = max;
  }

  static Abbreviations bundled() {
    Abbreviations b = bundled;
    if (b == null) {
      synchronized (Abbreviations.class) {
        b = bundled;
        if (b == null) {
          b = new Abbreviations(load());
          bundled = b;
        }
      }
    }
    return b;
  }

  /** This set plus {@code extra}; each extra entry must be non-blank. */
  Abbreviations plus(Collection<String> extra) {
    Set<String> all = new HashSet<>(keys);
    for (String e : extra) {
      Objects.requireNonNull(e, "abbreviation");
      String stripped = e.strip();
      String k = key(stripped, 0, stripped.length());
      if (k.isEmpty()) {
        throw new IllegalArgumentException("blank abbreviation: \"" + e + "\"");
      }
      all.add(k);
    }
    return new Abbreviations(all);
  }

  /** Longest entry, in chars of its key form; callers bound their look-behind by it. */
  int maxLength() {
    return maxLength;
  }

  /** Whether {@code text[start, end)} is an abbreviation. */
  boolean contains(CharSequence text, int start, int end) {
    if (end - start > 2 * maxLength + 8) {
      return false; // a long run cannot match, even with marks inside
    }
    return keys.contains(key(text, start, end));
  }

  private static String key(CharSequence text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (SegmentChars.isMark(c) || TextChars.isInvisible(c)) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String s : DataFiles.lines(Abbreviations.class, RESOURCE)) {
      out.add(key(s, 0, s.length()));
    }
    return out;
  }
}
