package org.khabar.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;

/**
 * Links a short mention to the one longer person name of the article it is part of ({@code ماكرون}
 * to {@code إيمانويل ماكرون}); linear in the article, by a lookup of each mention among the runs of
 * words of the full names. Stateless.
 */
final class CanonicalNames {

  private CanonicalNames() {}

  /**
   * {@code entities} with each mention whose keys occur within exactly one longer person name of
   * the article linked to that person: its canonical form and the type PERSON.
   */
  static List<Entity> canonicalize(List<Entity> entities, Map<Entity, List<String>> names) {
    // Each distinct full name once, by its first occurrence: a long article repeats its names.
    Map<List<String>, Entity> firstByName = new LinkedHashMap<>();
    for (Entity e : entities) {
      List<String> name = names.get(e);
      if (e.type() == EntityType.PERSON && name.size() > 1
          && name.size() <= EntityResolver.MAX_NAME_TOKENS) {
        firstByName.putIfAbsent(name, e);
      }
    }
    // Every shorter run of tokens in a full name, with the full name it stands for. A mention is
    // then one lookup, so the whole is linear in the article, whatever names it holds.
    Map<List<String>, Link> byRun = new HashMap<>();
    for (Map.Entry<List<String>, Entity> f : firstByName.entrySet()) {
      List<String> full = f.getKey();
      Link link = new Link(full, f.getValue(), false);
      Set<List<String>> runs = new HashSet<>();
      for (int from = 0; from < full.size(); from++) {
        for (int to = from + 1; to <= full.size(); to++) {
          if (to - from < full.size()) {
            runs.add(full.subList(from, to));
          }
        }
      }
      for (List<String> run : runs) {
        byRun.merge(run, link, CanonicalNames::wider);
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<String> name = names.get(e);
      // A short mention of any type inside a person's full name is that person ("ستارمر").
      Link link = byRun.get(name);
      if (link == null || link.ambiguous()) {
        out.add(e);
      } else {
        Entity linked = e.withType(EntityType.PERSON).withCanonical(link.entity().text());
        names.put(linked, name);
        out.add(linked);
      }
    }
    return out;
  }

  /**
   * The longest full name containing a run of tokens, and whether another full name containing the
   * run is not part of it (then the run is ambiguous: {@code محمد} in {@code محمد علي} and in
   * {@code محمد حسن}).
   */
  private record Link(List<String> name, Entity entity, boolean ambiguous) {}

  /** {@code known} with {@code other}, another full name containing the same run, taken in. */
  private static Link wider(Link known, Link other) {
    if (other.name().size() > known.name().size()) {
      return new Link(other.name(), other.entity(),
          known.ambiguous() || !containsRun(other.name(), known.name()));
    }
    return known.ambiguous() || containsRun(known.name(), other.name())
        ? known
        : new Link(known.name(), known.entity(), true);
  }

  private static boolean containsRun(List<String> longer, List<String> shorter) {
    return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
  }
}
