package org.khabar.ner;

import com.ibm.icu.util.Region;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.segment.CliticAnalyzer;
import org.khabar.segment.LexiconForm;

/**
 * Nationality adjectives (nisba) in Arabic, derived from ICU4J's CLDR names of countries and
 * continents: {@code فرنسا} gives {@code فرنسي}, {@code أوكرانيا} {@code أوكراني}, {@code أوروبا}
 * {@code أوروبي}, {@code اليابان} {@code ياباني}. A name of one word, without its article, gives
 * itself or itself without a final {@code يا}, {@code ا}, {@code ة} or {@code ان}, followed by
 * {@code ي}; a form is kept when the bundled news lexicon has seen it, with or without the
 * article, at least {@link #MIN_COUNT} times. Keys are in {@link LexiconForm}, without the article.
 * Computed once; thread-safe.
 */
final class Nationalities {

  /** Fewest times the lexicon must have seen a derived form for it to count as a word. */
  static final int MIN_COUNT = 3;

  private static final List<String> ENDINGS = List.of("يا", "ا", "ه", "ان");

  private Nationalities() {}

  /** Whether {@code word} (in any spelling, with or without the article) is a nationality word. */
  static boolean contains(CharSequence word) {
    String w = LexiconForm.of(word);
    return Holder.ADJECTIVES.contains(w.startsWith("ال") ? w.substring(2) : w);
  }

  /**
   * Whether {@code word} is a nationality word in the masculine or the feminine ({@code التونسي},
   * {@code التونسية}); {@link #contains} takes the masculine only, as {@code الفرنسية} alone is as
   * often the language.
   */
  static boolean containsEitherGender(CharSequence word) {
    String w = LexiconForm.of(word);
    return contains(w) || w.endsWith("يه") && contains(w.substring(0, w.length() - 1));
  }

  private static final class Holder {
    static final Set<String> ADJECTIVES = derive();

    private static Set<String> derive() {
      CliticAnalyzer lexicon = CliticAnalyzer.standard();
      Set<String> out = new HashSet<>();
      for (String arabic : CountryNames.arabicNames(
          Region.RegionType.TERRITORY, Region.RegionType.CONTINENT)) {
        String name = LexiconForm.of(arabic);
        if (name.isEmpty() || name.indexOf(' ') >= 0) {
          continue; // one word only
        }
        String base = name.startsWith("ال") ? name.substring(2) : name;
        Set<String> forms = new HashSet<>();
        forms.add(base + "ي");
        for (String ending : ENDINGS) {
          if (base.endsWith(ending) && base.length() - ending.length() >= 3) {
            forms.add(base.substring(0, base.length() - ending.length()) + "ي");
          }
        }
        for (String form : forms) {
          if (lexicon.count(form) + lexicon.count("ال" + form) >= MIN_COUNT) {
            out.add(form);
          }
        }
      }
      return Set.copyOf(out);
    }
  }
}
