package org.khabar.models.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word names of one class, matched on folded tokens, longest match first. The first token of
 * a match may carry a conjunction or preposition ({@code لأوكرانيا} matches {@code أوكرانيا}).
 *
 * <p>Immutable and thread-safe after construction.
 */
final class Gazetteer {

  private final Map<String, List<String[]>> byFirstToken = new HashMap<>();

  /** A gazetteer of {@code names}, each split at spaces and folded. */
  Gazetteer(Collection<String> names) {
    for (String name : names) {
      String[] parts = name.strip().split("\\s+");
      if (parts.length == 0 || parts[0].isEmpty()) {
        continue;
      }
      for (int i = 0; i < parts.length; i++) {
        parts[i] = ArabicFold.fold(parts[i]);
      }
      byFirstToken.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
    }
    for (List<String[]> entries : byFirstToken.values()) {
      entries.sort((a, b) -> Integer.compare(b.length, a.length));
    }
  }

  /** Number of distinct first tokens. */
  int size() {
    return byFirstToken.size();
  }

  /**
   * Marks matches in a sentence: {@code marks[i]} becomes {@code "B"} or {@code "I"} where a name
   * covers token {@code i}; unmatched entries stay as they are.
   *
   * @param folded the folded tokens
   * @param bare the folded tokens without conjunction and preposition
   */
  void mark(String[] folded, String[] bare, String[] marks) {
    int i = 0;
    while (i < folded.length) {
      int len = matchAt(folded, bare, i);
      if (len > 0) {
        marks[i] = "B";
        for (int k = 1; k < len; k++) {
          marks[i + k] = "I";
        }
        i += len;
      } else {
        i++;
      }
    }
  }

  private int matchAt(String[] folded, String[] bare, int i) {
    int best = longest(byFirstToken.get(folded[i]), folded, i);
    if (best == 0 && !bare[i].equals(folded[i])) {
      best = longest(byFirstToken.get(bare[i]), folded, i);
    }
    return best;
  }

  private static int longest(List<String[]> entries, String[] folded, int i) {
    if (entries == null) {
      return 0;
    }
    for (String[] entry : entries) {
      if (i + entry.length > folded.length) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < entry.length && ok; k++) {
        ok = entry[k].equals(folded[i + k]);
      }
      if (ok) {
        return entry.length;
      }
    }
    return 0;
  }
}
