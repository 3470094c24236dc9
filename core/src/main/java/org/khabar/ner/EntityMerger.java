package org.khabar.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;

/**
 * Merges the entities of several recognizers into one sorted, non-overlapping list.
 *
 * <p>Where entities overlap, the longer wins; at equal length the higher score; then the earlier
 * start, then the recognizer added first, then the type in declaration order. The outcome depends
 * only on the candidates, never on hash or thread order. Time O(n log n). Stateless and
 * thread-safe.
 */
final class EntityMerger {

  /** An entity with the index of the recognizer that found it. */
  record Candidate(Entity entity, int recognizer) {}

  private static final Comparator<Candidate> PRIORITY =
      Comparator.<Candidate>comparingInt(c -> -c.entity().span().length())
          .thenComparing(c -> -c.entity().score())
          .thenComparingInt(c -> c.entity().span().start())
          .thenComparingInt(Candidate::recognizer)
          .thenComparing(c -> c.entity().type());

  private EntityMerger() {}

  /** The winners among {@code candidates}, sorted by span; empty entities are dropped. */
  static List<Entity> merge(List<Candidate> candidates) {
    List<Candidate> ranked = new ArrayList<>(candidates);
    ranked.sort(PRIORITY);
    // Accepted spans are disjoint, so keyed by start they are also ordered by end: an overlap
    // with a new span can only come from its floor or ceiling neighbour.
    TreeMap<Integer, Entity> accepted = new TreeMap<>();
    for (Candidate candidate : ranked) {
      CharSpan span = candidate.entity().span();
      if (span.isEmpty() || overlapsAccepted(accepted, span)) {
        continue;
      }
      accepted.put(span.start(), candidate.entity());
    }
    return new ArrayList<>(accepted.values());
  }

  private static boolean overlapsAccepted(TreeMap<Integer, Entity> accepted, CharSpan span) {
    Map.Entry<Integer, Entity> before = accepted.floorEntry(span.start());
    if (before != null && before.getValue().span().overlaps(span)) {
      return true;
    }
    Map.Entry<Integer, Entity> after = accepted.ceilingEntry(span.start());
    return after != null && after.getValue().span().overlaps(span);
  }
}
