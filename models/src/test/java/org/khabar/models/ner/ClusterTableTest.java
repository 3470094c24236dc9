package org.khabar.models.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cluster files read as their lines split on tabs, whatever their line ends. */
class ClusterTableTest {

  @Test
  void linesReadAsTabSplitRowsWithoutTrailingEmptyColumns() {
    ClusterTable table = ClusterTable.resource("org/khabar/models/ner/odd-clusters.txt");
    assertArrayEquals(new String[] {"1", "2"}, table.of("plain"));
    assertArrayEquals(new String[] {"3", "4"}, table.of("crlf"));
    assertArrayEquals(new String[] {"5"}, table.of("trailing"));
    assertArrayEquals(new String[] {"", "6"}, table.of("empty"));
    assertArrayEquals(new String[] {"7"}, table.of("last"));
    assertNull(table.of("notab"));
    assertNull(table.of(""));
    assertSame(table, ClusterTable.resource("org/khabar/models/ner/odd-clusters.txt"));
  }

  @Test
  void aMissingResourceIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClusterTable.resource("org/khabar/models/ner/no-such-clusters.txt"));
    assertTrue(e.getMessage().contains("no-such-clusters.txt"), e.getMessage());
  }
}
