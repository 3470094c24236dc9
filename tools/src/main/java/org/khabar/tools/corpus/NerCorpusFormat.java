package org.khabar.tools.corpus;

import java.util.Locale;
import java.util.Map;

/**
 * The token-per-line named-entity corpora Khabar trains on, each with its own tag set and quirks,
 * mapped to the common types {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}.
 *
 * <p>Immutable and thread-safe.
 */
public enum NerCorpusFormat {
  /** ANERcorp: {@code token TAG}, tags {@code B-PERS I-LOC B-ORG B-MISC O}. */
  ANERCORP(' ') {
    @Override
    String type(String label) {
      return switch (label) {
        case "PERS", "PER" -> PERSON;
        case "LOC" -> LOCATION;
        case "ORG" -> ORGANIZATION;
        case "MISC" -> MISC;
        default -> null;
      };
    }
  },
  /**
   * AQMAR: {@code token TAG} with article-specific {@code MIS0..MIS3} classes (all MISC) and a few
   * typos ({@code B-MIS-1}, {@code I--ORG}, {@code IO}, {@code OO}, {@code B-ENGLISH}).
   */
  AQMAR(' ') {
    @Override
    String type(String label) {
      return switch (label) {
        case "PER", "PERS" -> PERSON;
        case "LOC" -> LOCATION;
        case "ORG" -> ORGANIZATION;
        // MIS0..MIS3, MISS1, and the language-name typos: everything else is miscellaneous.
        default -> MISC;
      };
    }
  },
  /**
   * WikiFANE Gold: {@code token<TAB>TAG} with 50 fine classes mapped to coarse ones; nationalities
   * ({@code Group}) are not names.
   */
  WIKIFANE('\t') {
    @Override
    String type(String label) {
      if ("Group".equals(label)) {
        return null;
      }
      return WIKIFANE_CLASSES.getOrDefault(label, MISC);
    }
  };

  /** The common type names. */
  public static final String PERSON = "PERSON";

  /** The type of places. */
  public static final String LOCATION = "LOCATION";
  /** The type of organizations. */
  public static final String ORGANIZATION = "ORGANIZATION";
  /** The type of other names. */
  public static final String MISC = "MISC";

  private static final Map<String, String> WIKIFANE_CLASSES =
      Map.ofEntries(
          Map.entry("Nation", LOCATION),
          Map.entry("Population-Center", LOCATION),
          Map.entry("State-or-Province", LOCATION),
          Map.entry("County-or-District", LOCATION),
          Map.entry("Continent", LOCATION),
          Map.entry("GPE-Cluster", LOCATION),
          Map.entry("Water-Body", LOCATION),
          Map.entry("Land-Region-Natural", LOCATION),
          Map.entry("Celestial", LOCATION),
          Map.entry("Politician", PERSON),
          Map.entry("Athlete", PERSON),
          Map.entry("Artist", PERSON),
          Map.entry("Scientist", PERSON),
          Map.entry("Businessperson", PERSON),
          Map.entry("Engineer", PERSON),
          Map.entry("Lawyer", PERSON),
          Map.entry("Police", PERSON),
          Map.entry("Religious_PER", PERSON),
          Map.entry("Other_PER", PERSON),
          Map.entry("Government", ORGANIZATION),
          Map.entry("Non-Governmental", ORGANIZATION),
          Map.entry("Commercial", ORGANIZATION),
          Map.entry("Educational", ORGANIZATION),
          Map.entry("Media", ORGANIZATION),
          Map.entry("Sports", ORGANIZATION),
          Map.entry("Religious_ORG", ORGANIZATION),
          Map.entry("Medical-Science", ORGANIZATION),
          Map.entry("Entertainment", ORGANIZATION));

  private final char separator;

  NerCorpusFormat(char separator) {
    this.separator = separator;
  }

  /** The char between token and tag. */
  char separator() {
    return separator;
  }

  /** The common type of a tag label (the part after {@code B-}), or null when it is no name. */
  abstract String type(String label);

  /**
   * Parses a raw tag into a {@link Tag}, mending the typos of the corpus: {@code OO}/{@code IO} are
   * outside, doubled dashes and stray backquotes are dropped.
   */
  Tag parseTag(String raw) {
    String tag = raw.strip().replace("`", "");
    String upper = tag.toUpperCase(Locale.ROOT);
    if (tag.isEmpty() || upper.equals("O") || upper.equals("OO") || upper.equals("IO")) {
      return Tag.OUTSIDE;
    }
    int dash = tag.indexOf('-');
    if (dash < 0) {
      return Tag.OUTSIDE;
    }
    String prefix = tag.substring(0, dash).toUpperCase(Locale.ROOT);
    String label = tag.substring(dash + 1);
    while (label.startsWith("-")) {
      label = label.substring(1);
    }
    // B-MIS-1 -> MIS-1: only the class name before a trailing "-digit" matters for AQMAR.
    String type = type(label);
    if (type == null && this != WIKIFANE) {
      int inner = label.indexOf('-');
      if (inner > 0) {
        type = type(label.substring(0, inner));
      }
    }
    if (type == null) {
      return Tag.OUTSIDE;
    }
    return new Tag(!prefix.equals("I"), type);
  }

  /** A parsed tag: outside, or the beginning / continuation of a name of some type. */
  record Tag(boolean begin, String type) {
    static final Tag OUTSIDE = new Tag(false, null);

    boolean outside() {
      return type == null;
    }
  }
}
