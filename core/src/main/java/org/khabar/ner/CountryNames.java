package org.khabar.ner;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;
import org.khabar.text.ArabicLetters;

/**
 * Finds the countries and territories of the world by their Arabic names in ICU4J's CLDR data
 * ({@code كندا}, {@code الولايات المتحدة}, {@code جنوب أفريقيا}), with a conjunction or preposition
 * attached ({@code وكندا}) left outside the span; a name that is also a common word ({@code مالي},
 * "financial"; {@code بنين}, "sons") is left to the model. Every name found is a {@link
 * EntityType#LOCATION} with the score {@link #SCORE}. Immutable and thread-safe.
 */
public final class CountryNames implements EntityRecognizer {

  /**
   * The score of every name found: about the share of them that were right, span and type, alone
   * on the ant-ner development set (70 of 83) and ANERcorp test (288 of 382), where the rest are
   * mostly a country's name standing for its team or its government (models/README.md).
   */
  public static final double SCORE = 0.8;

  /** CLDR names that are also common Arabic words. */
  private static final Set<String> COMMON_WORDS = Set.of("مالي", "بنين");

  private final DictionaryEntityRecognizer names;

  private CountryNames(DictionaryEntityRecognizer names) {
    this.names = names;
  }

  /**
   * The finder, built once.
   *
   * @return the shared finder
   */
  public static CountryNames standard() {
    return Holder.STANDARD;
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    List<Entity> found = names.recognize(text);
    List<Entity> out = new ArrayList<>(found.size());
    for (Entity e : found) {
      out.add(e.withScore(SCORE));
    }
    return out;
  }

  /**
   * The Arabic CLDR names of the regions of {@code types}, those written in Arabic letters (a
   * region without an Arabic name comes back as its code).
   */
  static List<String> arabicNames(Region.RegionType... types) {
    LocaleDisplayNames display = LocaleDisplayNames.getInstance(new ULocale("ar"));
    List<String> out = new ArrayList<>();
    for (Region.RegionType type : types) {
      for (Region region : Region.getAvailable(type)) {
        String name = display.regionDisplayName(region.toString());
        if (!name.isEmpty() && ArabicLetters.isArabicLetter(name.codePointAt(0))) {
          out.add(name);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "CountryNames";
  }

  private static final class Holder {
    static final CountryNames STANDARD = load();

    private static CountryNames load() {
      DictionaryEntityRecognizer.Builder b = DictionaryEntityRecognizer.builder();
      for (String name : arabicNames(Region.RegionType.TERRITORY)) {
        // one name a line of words: CLDR writes some with a dash or a bracket (الكونغو - كينشاسا)
        if (!COMMON_WORDS.contains(name) && name.chars().allMatch(c -> Character.isLetter(c)
            || c == ' ' || Character.getType(c) == Character.NON_SPACING_MARK)) {
          b.add(EntityType.LOCATION, name);
        }
      }
      return new CountryNames(b.build());
    }
  }
}
