package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of people, places and organizations by type, read from a class-path resource ({@code
 * TYPE<TAB>name}, TYPE one of {@code PERSON LOCATION ORGANIZATION}), each resource loaded once per
 * JVM. Each type is a {@link Gazetteer}. Immutable and thread-safe.
 */
final class NameGazetteer {

  /** The types, in the order of {@link #mark}'s arrays. */
  static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");

  /** One-letter tags of the types in feature names. */
  static final String[] TAGS = {"P", "L", "O"};

  private static final Map<String, NameGazetteer> LOADED = new ConcurrentHashMap<>();
  static final NameGazetteer EMPTY = new NameGazetteer(List.of());

  private final List<Gazetteer> byType;

  private NameGazetteer(List<Gazetteer> byType) {
    this.byType = byType;
  }

  /** The gazetteer in {@code resource} (a class-path name without leading slash); empty for "". */
  static NameGazetteer resource(String resource) {
    if (resource == null || resource.isEmpty()) {
      return EMPTY;
    }
    return LOADED.computeIfAbsent(resource, NameGazetteer::load);
  }

  boolean isEmpty() {
    return byType.isEmpty();
  }

  /**
   * The marks of a sentence by type: {@code result[t][i]} is {@code "B"}, {@code "I"} or null for
   * type {@code TYPES.get(t)}; an empty array when the gazetteer is empty.
   */
  String[][] mark(String[] folded, String[] bare) {
    String[][] marks = new String[byType.size()][];
    for (int t = 0; t < marks.length; t++) {
      marks[t] = new String[folded.length];
      byType.get(t).mark(folded, bare, marks[t]);
    }
    return marks;
  }

  private static NameGazetteer load(String resource) {
    try (InputStream in = NameGazetteer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("name-list resource missing: " + resource);
      }
      List<List<String>> names = new ArrayList<>();
      for (int t = 0; t < TYPES.size(); t++) {
        names.add(new ArrayList<>());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        int type = tab < 0 ? -1 : TYPES.indexOf(line.substring(0, tab));
        if (type < 0) {
          throw new IllegalStateException(
              "bad line " + number + " in name-list resource " + resource + ": " + line);
        }
        names.get(type).add(line.substring(tab + 1));
      }
      List<Gazetteer> byType = new ArrayList<>();
      for (List<String> n : names) {
        byType.add(new Gazetteer(n));
      }
      return new NameGazetteer(List.copyOf(byType));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name-list resource " + resource, e);
    }
  }
}
