package org.khabar.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;

/**
 * Merges the entities of several sources (recognizers, in their order) into one sorted,
 * non-overlapping list: Khabar's one merge policy.
 *
 * <p>A span that several sources give is typed by the earliest of them (when a later one agrees on
 * the type with a higher score, that score is kept). Where entities overlap, the longer wins; at
 * equal length the higher score; then the earlier start, then the earlier source, then the type.
 * The outcome depends only on the candidates, never on hash or thread order. Time O(n log n).
 * Stateless and thread-safe.
 */
final class EntityMerger {

  /** An entity with the index of the source (the recognizer) that found it. */
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
    List<Candidate> ranked = typedByEarliestSource(candidates);
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

  /**
   * {@code candidates} without those whose exact span an earlier source gave; a dropped one of the
   * same type scored higher lends its score to the earlier one.
   */
  private static List<Candidate> typedByEarliestSource(List<Candidate> candidates) {
    Map<CharSpan, Integer> earliest = new HashMap<>();
    for (Candidate c : candidates) {
      earliest.merge(c.entity().span(), c.recognizer(), Math::min);
    }
    if (earliest.size() == candidates.size()) {
      return new ArrayList<>(candidates); // no span given twice: the common case
    }
    // The best score each (span, type) reaches among all sources.
    Map<CharSpan, Map<EntityType, Double>> best = new HashMap<>();
    for (Candidate c : candidates) {
      best.computeIfAbsent(c.entity().span(), k -> new HashMap<>())
          .merge(c.entity().type(), c.entity().score(), Math::max);
    }
    List<Candidate> kept = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Entity e = c.entity();
      if (c.recognizer() != earliest.get(e.span())) {
        continue;
      }
      double score = best.get(e.span()).get(e.type());
      kept.add(score > e.score() ? new Candidate(e.withScore(score), c.recognizer()) : c);
    }
    return kept;
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
