package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;

class EntityMergerTest {

  private static Entity entity(EntityType type, int start, int end, double score) {
    return new Entity(type, CharSpan.of(start, end), "x".repeat(end - start), "x", score);
  }

  @Test
  void emptyEntitiesAreDropped() {
    List<EntityMerger.Candidate> in =
        List.of(new EntityMerger.Candidate(entity(EntityType.MISC, 3, 3, 1.0), 0));
    assertEquals(List.of(), EntityMerger.merge(in));
  }

  @Test
  void adjacentEntitiesDoNotOverlap() {
    Entity a = entity(EntityType.PERSON, 0, 4, 0.5);
    Entity b = entity(EntityType.PERSON, 4, 8, 0.5);
    assertEquals(List.of(a, b),
        EntityMerger.merge(List.of(new EntityMerger.Candidate(b, 0), new EntityMerger.Candidate(a, 0))));
  }

  @Test
  void mergedEntitiesAreSortedDisjointAndIndependentOfInputOrder() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      List<EntityMerger.Candidate> candidates = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(100);
        int end = start + random.nextInt(12);
        EntityType type = EntityType.standard().get(random.nextInt(EntityType.standard().size()));
        double score = random.nextInt(5) / 4.0;
        candidates.add(new EntityMerger.Candidate(entity(type, start, end, score), random.nextInt(3)));
      }
      List<Entity> merged = EntityMerger.merge(candidates);
      List<EntityMerger.Candidate> shuffled = new ArrayList<>(candidates);
      Collections.shuffle(shuffled, random);
      try {
        assertEquals(merged, EntityMerger.merge(shuffled), "independent of input order");
        for (int i = 1; i < merged.size(); i++) {
          assertTrue(merged.get(i - 1).span().end() <= merged.get(i).span().start(), "sorted, disjoint");
        }
        for (EntityMerger.Candidate c : candidates) {
          Entity e = c.entity();
          boolean kept = merged.contains(e);
          boolean beatenByLongerOrEqual =
              merged.stream()
                  .anyMatch(m -> m.span().overlaps(e.span()) && m.span().length() >= e.span().length());
          assertTrue(kept || e.span().isEmpty() || beatenByLongerOrEqual, "dropped only for a longer rival: " + e);
        }
      } catch (AssertionError err) {
        fail("seed " + seed, err);
      }
    }
  }
}
