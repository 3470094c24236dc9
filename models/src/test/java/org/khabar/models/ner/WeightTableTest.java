package org.khabar.models.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The compact weight table against the map it copies. */
class WeightTableTest {

  private static final int OUTCOMES = 9;

  /** Every name its own predicate. */
  private static final List<String> ONE_LAYER = List.of("");

  /** Adds a context's weights to {@code sum} the way OpenNLP's model does. */
  private static void addContext(double[] sum, Context context) {
    if (context != null) {
      for (int a = 0; a < context.getOutcomes().length; a++) {
        sum[context.getOutcomes()[a]] += context.getParameters()[a];
      }
    }
  }

  /** Random names (Arabic, Latin, digits, empty), 0 to OUTCOMES weights each, seeded. */
  private static Map<String, Context> randomWeights(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Context> map = new HashMap<>();
    map.put("", new Context(new int[] {0}, new double[] {0.5}));
    while (map.size() < size) {
      StringBuilder name = new StringBuilder(random.nextBoolean() ? "w=" : "suf3=");
      for (int k = random.nextInt(0, 8); k > 0; k--) {
        name.append(
            switch (random.nextInt(3)) {
              case 0 -> (char) ('\u0627' + random.nextInt(0, 26));
              case 1 -> (char) ('a' + random.nextInt(0, 26));
              default -> (char) ('0' + random.nextInt(0, 10));
            });
      }
      int count = random.nextInt(0, OUTCOMES + 1);
      int[] outcomes = random.ints(0, OUTCOMES).distinct().limit(count).toArray();
      double[] weights = random.doubles(outcomes.length, -50, 50).toArray();
      map.put(name.toString(), new Context(outcomes, weights));
    }
    return map;
  }

  @Test
  void everyNameAddsExactlyTheWeightsOfItsContext() {
    Map<String, Context> map = randomWeights(20261122L, 20_000);
    WeightTable table = WeightTable.of(map, ONE_LAYER);
    assertEquals(map.size(), table.size());
    for (Map.Entry<String, Context> e : map.entrySet()) {
      double[] expected = new double[OUTCOMES];
      double[] actual = new double[OUTCOMES];
      // Starting from the same non-zero sums checks that each weight is added, not assigned.
      expected[3] = actual[3] = 1.25;
      addContext(expected, e.getValue());
      table.add(actual, e.getKey());
      assertArrayEquals(expected, actual, 0.0, e.getKey());
      assertTrue(table.indexOf(e.getKey()) >= 0, e.getKey());
    }
  }

  @Test
  void absentNamesAddNothing() {
    Map<String, Context> map = randomWeights(7L, 2_000);
    WeightTable table = WeightTable.of(map, ONE_LAYER);
    SplittableRandom random = new SplittableRandom(8L);
    for (int k = 0; k < 5_000; k++) {
      String name = "x=" + random.nextInt() + (k % 2 == 0 ? "\u0628" : "");
      if (map.containsKey(name)) {
        continue;
      }
      double[] sum = new double[OUTCOMES];
      table.add(sum, name);
      assertArrayEquals(new double[OUTCOMES], sum, name);
      assertEquals(-1, table.indexOf(name), name);
    }
    double[] sum = {1, 2, 3};
    table.add(sum, -1);
    assertArrayEquals(new double[] {1, 2, 3}, sum);
  }

  @Test
  void namesWithTheSameHashAreKeptApart() {
    // "Aa" and "BB" have the same String.hashCode, and so do all their concatenations.
    List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    assertEquals(1, colliding.stream().mapToInt(String::hashCode).distinct().count());
    Map<String, Context> map = new HashMap<>();
    for (int k = 0; k < 3; k++) {
      map.put(colliding.get(k), new Context(new int[] {k}, new double[] {k + 1.0}));
    }
    WeightTable table = WeightTable.of(map, ONE_LAYER);
    for (int k = 0; k < 3; k++) {
      double[] sum = new double[OUTCOMES];
      table.add(sum, colliding.get(k));
      double[] expected = new double[OUTCOMES];
      expected[k] = k + 1.0;
      assertArrayEquals(expected, sum, colliding.get(k));
    }
    assertEquals(-1, table.indexOf("BBBB"));
  }

  @Test
  void anEmptyMapGivesAnEmptyTable() {
    WeightTable table = WeightTable.of(Map.of(), ONE_LAYER);
    assertEquals(0, table.size());
    assertEquals(-1, table.indexOf("w=x"));
  }

  @Test
  void outcomesBeyondAByteAreRefusedNamingThePredicate() {
    Map<String, Context> map = Map.of("w=big", new Context(new int[] {400}, new double[] {1}));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WeightTable.of(map, ONE_LAYER));
    assertTrue(e.getMessage().contains("400") && e.getMessage().contains("w=big"),
        e.getMessage());
  }

  @Test
  void namesOfMoreThan256DistinctCharsKeepTheirChars() {
    Map<String, Context> map = new HashMap<>();
    for (int c = 0; c < 600; c++) {
      map.put("w=" + (char) ('\u4e00' + c), new Context(new int[] {c % OUTCOMES}, new double[] {c}));
    }
    WeightTable wide = WeightTable.of(map, ONE_LAYER);
    assertEquals(null, wide.pool().codes());
    WeightTable narrow = WeightTable.of(randomWeights(5L, 500), ONE_LAYER);
    assertTrue(narrow.pool().codes() != null, "letters, digits and Latin fit a byte");
    for (Map.Entry<String, Context> e : map.entrySet()) {
      double[] sum = new double[OUTCOMES];
      wide.add(sum, e.getKey());
      double[] expected = new double[OUTCOMES];
      addContext(expected, e.getValue());
      assertArrayEquals(expected, sum, e.getKey());
    }
    assertEquals(-1, wide.indexOf("w=\u4e00\u4e00"));
  }

  @Test
  void aTableRebuiltFromItsArraysFindsTheSameNames() {
    Map<String, Context> map = randomWeights(99L, 5_000);
    WeightTable table = WeightTable.of(map, ONE_LAYER);
    WeightTable copy = WeightTable.of(table.pool(), table.nameStarts(), table.hashes(),
        table.layerPrefixes(), table.weightStarts(), table.outcomes(), table.weights());
    for (String name : map.keySet()) {
      assertEquals(table.indexOf(name), copy.indexOf(name), name);
    }
    assertEquals(-1, copy.indexOf("no such predicate"));
    int[] disordered = table.nameStarts().clone();
    disordered[1] = disordered[2] + 1;
    assertThrows(IllegalArgumentException.class, () -> WeightTable.of(table.pool(), disordered,
        table.hashes(), table.layerPrefixes(), table.weightStarts(), table.outcomes(),
        table.weights()));
    assertThrows(IllegalArgumentException.class, () -> WeightTable.of(table.pool(),
        table.nameStarts(), table.hashes(), List.of("", "news:"), table.weightStarts(),
        table.outcomes(), table.weights()), "one layer's offsets read as two layers'");
  }

  @Test
  void aFeatureAndItsCopiesAreOnePredicateWithALayerEach() {
    List<String> layers = List.of("", "news:", "encyclopedic:");
    Map<String, Context> map = new HashMap<>();
    SplittableRandom random = new SplittableRandom(3L);
    Map<String, Context> plain = randomWeights(11L, 3_000);
    for (Map.Entry<String, Context> e : plain.entrySet()) {
      // Most features with both copies; some without their own weights or without a copy.
      int kind = random.nextInt(4);
      if (kind != 0) {
        map.put(e.getKey(), e.getValue());
      }
      if (kind != 1) {
        map.put("news:" + e.getKey(), randomContext(random));
      }
      if (kind != 2) {
        map.put("encyclopedic:" + e.getKey(), randomContext(random));
      }
    }
    WeightTable flat = WeightTable.of(map, ONE_LAYER);
    WeightTable layered = WeightTable.of(map, layers);
    assertEquals(plain.size(), layered.size());
    assertEquals(0, layered.layer(null));
    assertEquals(2, layered.layer("encyclopedic:"));
    assertThrows(IllegalArgumentException.class, () -> layered.layer("wikifane:"));
    List<String> names = List.copyOf(plain.keySet());
    for (int from = 0; from + 40 <= names.size(); from += 40) {
      List<String> group = new java.util.ArrayList<>(names.subList(from, from + 40));
      group.add("w=absent" + from);
      for (int l = 0; l < layers.size(); l++) {
        double[] expected = {0.5, -1, 2, 0, 0, 0, 0, 0, 0};
        double[] actual = expected.clone();
        // What a generator with copies emits: the group, then the group with the prefix.
        for (String name : group) {
          flat.add(expected, name);
        }
        if (l > 0) {
          for (String name : group) {
            flat.add(expected, layers.get(l) + name);
          }
        }
        layered.addAll(actual, group, l);
        assertArrayEquals(expected, actual, 0.0, layers.get(l) + " " + from);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> WeightTable.of(map, List.of("news:")));
    assertThrows(IllegalArgumentException.class,
        () -> WeightTable.of(map, List.of("", "news:", "news:")));
  }

  private static Context randomContext(SplittableRandom random) {
    int[] outcomes = random.ints(0, OUTCOMES).distinct().limit(random.nextInt(1, 4)).toArray();
    return new Context(outcomes, random.doubles(outcomes.length, -50, 50).toArray());
  }
}
