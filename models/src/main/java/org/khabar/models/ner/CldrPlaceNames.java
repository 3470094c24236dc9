package org.khabar.models.ner;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.Set;
import java.util.TreeSet;

/**
 * Arabic place names from ICU4J's CLDR data: every region (countries, territories, continents and
 * subcontinents) and the exemplar city of every time zone (capitals and large cities), from the
 * ICU4J on the class path; computed once per JVM, when a model that does not embed its places
 * ({@link EmbeddedLexicons}) is loaded or a model is trained. Thread-safe.
 */
final class CldrPlaceNames {

  private CldrPlaceNames() {}

  /** The place names; computed on first use. */
  static Set<String> all() {
    return Holder.NAMES;
  }

  /** The version of ICU4J on the class path, whose CLDR data the names come from. */
  static String icuVersion() {
    return VersionInfo.ICU_VERSION.toString();
  }

  private static final class Holder {
    static final Set<String> NAMES = load();

    private static Set<String> load() {
      ULocale arabic = new ULocale("ar");
      Set<String> names = new TreeSet<>();
      LocaleDisplayNames display = LocaleDisplayNames.getInstance(arabic);
      for (Region.RegionType type :
          new Region.RegionType[] {
            Region.RegionType.TERRITORY, Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT
          }) {
        for (Region region : Region.getAvailable(type)) {
          addArabic(names, display.regionDisplayName(region.toString()));
        }
      }
      TimeZoneNames zones = TimeZoneNames.getInstance(arabic);
      for (String id :
          TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
        addArabic(names, zones.getExemplarLocationName(id));
      }
      return Set.copyOf(names);
    }

    private static void addArabic(Set<String> names, String name) {
      if (name == null || name.isEmpty()) {
        return;
      }
      // Region codes without an Arabic name come back as the code itself: keep Arabic only.
      int cp = name.codePointAt(0);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.ARABIC) {
        return;
      }
      // "البوسنة والهرسك" stays whole; parenthesized qualifiers are dropped.
      int paren = name.indexOf('(');
      String clean = (paren > 0 ? name.substring(0, paren) : name).strip();
      if (!clean.isEmpty()) {
        names.add(clean);
      }
    }
  }
}
