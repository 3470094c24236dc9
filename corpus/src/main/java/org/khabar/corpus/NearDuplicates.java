package org.khabar.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups near-duplicate articles: two articles are near-duplicates when most of the smaller body's
 * shingles are in the other ({@link #similar}; a copy with a new headline, an agency credit or a
 * footer added, or cut short at the end, stays in its original's group). Candidates are
 * the pairs that share a band key ({@link Fingerprint#bandKeys}), and each is then checked exactly
 * (an article is checked against at most 32 unlike ones per key); an article with no body is in no
 * group;
 * a group is closed under the relation (if A is B's copy and B is C's, all three are one group).
 * Each group names its original: the earliest published, then the one crediting an agency, then the
 * longest, then the least id. Thread-safe: holds only its threshold.
 */
public final class NearDuplicates {

  /** The share of the smaller body's shingles the other must have. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** The containment at which a smaller body counts as a copy whatever the other adds. */
  public static final double CONTAINED = 0.95;
  /**
   * The Jaccard similarity two bodies need below {@link #CONTAINED}: on ANT news it kept apart four
   * of nine pairs labeled as different articles (a short brief inside a longer article, a follow-up
   * reusing a release) and lost none of ten labeled copies.
   */
  public static final double MIN_JACCARD = 0.55;

  /** Articles of one band key that each new one is checked against, at most. */
  private static final int MAX_REPRESENTATIVES = 32;

  private final double threshold;

  private NearDuplicates(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Grouping at {@link #DEFAULT_THRESHOLD}.
   *
   * @return the grouping
   */
  public static NearDuplicates defaults() {
    return new NearDuplicates(DEFAULT_THRESHOLD);
  }

  /**
   * Grouping at {@code threshold}.
   *
   * @param threshold the share of the smaller body's shingles the other must have, in (0, 1]
   * @return the grouping
   * @throws IllegalArgumentException if {@code threshold} is out of range, naming it
   */
  public static NearDuplicates withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " is not in (0, 1]");
    }
    return new NearDuplicates(threshold);
  }

  /**
   * A group of near-duplicates.
   *
   * @param original the id of the group's original
   * @param members the ids of every article of the group, the original first, then by id
   */
  public record Group(String original, List<String> members) {

    /**
     * Validates and copies.
     *
     * @param original the id of the group's original
     * @param members the ids of the group's articles
     */
    public Group {
      Objects.requireNonNull(original, "original");
      members = List.copyOf(members);
    }
  }

  /**
   * The groups of two or more near-duplicates among {@code articles}, by their originals' ids.
   * Articles with no near-duplicate are in no group. Time about linear in the articles and the
   * candidate pairs.
   *
   * @param articles the articles' fingerprints; ids should be distinct
   * @return the groups
   */
  public List<Group> group(List<Fingerprint> articles) {
    int n = articles.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<Long, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (articles.get(i).size() == 0) {
        continue; // no body, nothing to be a copy of
      }
      for (long key : articles.get(i).bandKeys()) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    for (List<Integer> bucket : byKey.values()) {
      // Each article is checked against at most MAX_REPRESENTATIVES earlier ones of the bucket that
      // were unlike each other, so that a key shared by many (a template) costs linear time.
      List<Integer> representatives = new ArrayList<>();
      for (int a : bucket) {
        boolean joined = false;
        for (int b : representatives) {
          if (root(parent, a) == root(parent, b)) {
            joined = true;
          } else if (similar(articles.get(a), articles.get(b))) {
            parent[root(parent, a)] = root(parent, b);
            joined = true;
          }
        }
        if (!joined && representatives.size() < MAX_REPRESENTATIVES) {
          representatives.add(a);
        }
      }
    }
    Map<Integer, List<Fingerprint>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(articles.get(i));
    }
    List<Group> result = new ArrayList<>();
    for (List<Fingerprint> members : groups.values()) {
      if (members.size() > 1) {
        members.sort(ORIGINAL_FIRST);
        List<String> ids = new ArrayList<>();
        ids.add(members.get(0).id());
        members.subList(1, members.size()).stream().map(Fingerprint::id).sorted()
            .forEach(ids::add);
        result.add(new Group(ids.get(0), ids));
      }
    }
    result.sort(Comparator.comparing(Group::original));
    return result;
  }

  /**
   * Whether {@code a} and {@code b} are near-duplicates: the smaller's shingles are in the other at
   * the threshold, and either almost all of them are (a copy cut short, or with a line added) or
   * the two share at least {@link #MIN_JACCARD} of their union (not a brief that a longer, other
   * article quotes).
   *
   * @param a an article's fingerprint
   * @param b another's
   * @return whether they are near-duplicates
   */
  public boolean similar(Fingerprint a, Fingerprint b) {
    int common = a.common(b);
    double contained = a.containment(b, common);
    return contained >= threshold
        && (contained >= CONTAINED || a.jaccard(b, common) >= MIN_JACCARD);
  }

  private static final Comparator<Fingerprint> ORIGINAL_FIRST =
      Comparator.<Fingerprint, LocalDate>comparing(f -> f.published().orElse(LocalDate.MAX))
          .thenComparing(f -> f.credit().isEmpty())
          .thenComparing(Comparator.comparingInt(Fingerprint::size).reversed())
          .thenComparing(Fingerprint::id);

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
