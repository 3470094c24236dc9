package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word clusters read from a class-path resource ({@code word<TAB>cluster<TAB>cluster...}), each
 * resource loaded once per JVM. Immutable and thread-safe.
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

  /** The clusters of {@code word} from coarse to fine, or null when unknown. */
  String[] of(String word) {
    return clusters.get(word);
  }

  private static ClusterTable load(String resource) {
    try (InputStream in = ClusterTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word-cluster resource missing: " + resource);
      }
      Map<String, String[]> map = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cols = line.split("\t");
        if (cols.length >= 2) {
          String[] ids = new String[cols.length - 1];
          for (int i = 1; i < cols.length; i++) {
            ids[i - 1] = cols[i].intern();
          }
          map.put(cols[0], ids);
        }
      }
      return new ClusterTable(Map.copyOf(map));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word clusters " + resource, e);
    }
  }
}
