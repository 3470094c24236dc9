package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word clusters ({@code word<TAB>cluster<TAB>cluster...} lines) read from a class-path resource or
 * from a model's embedded artifact ({@link EmbeddedLexicons#CLUSTERS}), each table loaded once per
 * JVM. Immutable and thread-safe.
 */
final class ClusterTable {

  private static final Map<String, ClusterTable> LOADED = new ConcurrentHashMap<>();
  static final ClusterTable EMPTY = new ClusterTable(Map.of());

  private final Map<String, String[]> clusters;

  private ClusterTable(Map<String, String[]> clusters) {
    this.clusters = clusters;
  }

  /** The table in {@code resource} (a class-path name without leading slash); empty for "". */
  static ClusterTable resource(String resource) {
    if (resource == null || resource.isEmpty()) {
      return EMPTY;
    }
    return LOADED.computeIfAbsent(resource, ClusterTable::load);
  }

  /** The table in an embedded artifact's bytes, parsed once per JVM for the same bytes. */
  static ClusterTable embedded(byte[] artifact) {
    return LOADED.computeIfAbsent(
        "sha256:" + EmbeddedLexicons.digest(artifact), k -> parse(new String(artifact, UTF_8)));
  }

  /** The clusters of {@code word} from coarse to fine, or null when unknown. */
  String[] of(String word) {
    return clusters.get(word);
  }

  private static ClusterTable load(String resource) {
    return parse(new String(EmbeddedLexicons.classPathBytes(resource), UTF_8));
  }

  private static ClusterTable parse(String text) {
    // One pass over the whole text with indexOf: the table loads as a new JVM starts, before
    // the JIT has compiled much, so fewer steps per line is what counts.
    Map<String, String[]> map = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      int tab = text.indexOf('\t', start);
      if (tab >= 0 && tab < stop) {
        // As String.split("\t") reads it: trailing empty columns are none.
        int last = stop;
        while (last > tab + 1 && text.charAt(last - 1) == '\t') {
          last--;
        }
        if (last > tab + 1) {
          int columns = 1;
          for (int i = text.indexOf('\t', tab + 1); i >= 0 && i < last;
              i = text.indexOf('\t', i + 1)) {
            columns++;
          }
          String[] row = new String[columns];
          int from = tab + 1;
          for (int k = 0; k < columns; k++) {
            int to = k + 1 < columns ? text.indexOf('\t', from) : last;
            row[k] = ids.computeIfAbsent(text.substring(from, to), x -> x);
            from = to + 1;
          }
          map.put(text.substring(start, tab), row);
        }
      }
      start = end + 1;
    }
    return new ClusterTable(Map.copyOf(map));
  }
}
