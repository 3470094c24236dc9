package org.khabar.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.text.ArabicLetters;

/**
 * The reporting cues of Arabic news: verbs in their generated inflections, their participles, and
 * attribution words. Immutable and thread-safe; built once from {@code reporting-verbs.txt} and
 * {@code attributions.txt}.
 *
 * <p>From each line {@code past present [participle]} the lexicon generates, by rule: the past
 * {@code قال}, feminine {@code قالت}, plural {@code قالوا} and dual {@code قالا} (a final alef or
 * alef maqsura drops before the suffix: {@code دعا} gives {@code دعت}, {@code دعوا}); the present
 * {@code يقول}, feminine {@code تقول}, plural {@code يقولون} and dual {@code يقولان} (a final weak
 * letter drops before {@code ون}: {@code يرى} gives {@code يرون}); the participle {@code مؤكد} with
 * {@code ا}, {@code ة}, {@code ون}, {@code ين}. All forms are matching-normalized, and so are the
 * words they are compared with.
 */
final class ReportingLexicon {

  /** What kind of cue a word is. */
  enum Kind {
    /** A past-tense verb: {@code قال}, {@code أكدت}. */
    PAST,
    /** A present-tense verb: {@code يقول}, {@code ترى}. */
    PRESENT,
    /** An active participle continuing the sentence's subject: {@code مؤكدا}, {@code معتبرة}. */
    PARTICIPLE,
    /** An attribution word: {@code بحسب}, {@code وفقا}. */
    ATTRIBUTION
  }

  private static final ReportingLexicon STANDARD =
      new ReportingLexicon(
          WordLists.lines("reporting-verbs.txt"), WordLists.lines("attributions.txt"));

  private final Map<String, Kind> forms = new HashMap<>();

  ReportingLexicon(List<String> verbLines, List<String> attributions) {
    for (String line : verbLines) {
      String[] cols = line.split("\\s+");
      if (cols.length >= 1) {
        pastForms(cols[0]);
      }
      if (cols.length >= 2) {
        presentForms(cols[1]);
      }
      if (cols.length >= 3 && !cols[2].equals("-")) {
        for (String suffix : new String[] {"", "ا", "ة", "ون", "ين"}) {
          put(cols[2] + suffix, Kind.PARTICIPLE);
        }
      }
    }
    for (String a : attributions) {
      put(a, Kind.ATTRIBUTION);
    }
  }

  /** The lexicon of the bundled lists. */
  static ReportingLexicon standard() {
    return STANDARD;
  }

  /**
   * The bundled lists and these lines besides ({@code past present participle|-}, and attribution
   * words); a form the bundled lists have keeps its kind.
   */
  static ReportingLexicon standardWith(List<String> verbLines, List<String> attributions) {
    List<String> verbs = new ArrayList<>(WordLists.lines("reporting-verbs.txt"));
    verbs.addAll(verbLines);
    List<String> words = new ArrayList<>(WordLists.lines("attributions.txt"));
    words.addAll(attributions);
    return new ReportingLexicon(verbs, words);
  }

  /** The kind of cue {@code normalized} is, if any; {@code normalized} is a normalized word. */
  Optional<Kind> kindOf(String normalized) {
    return Optional.ofNullable(forms.get(normalized));
  }

  private void pastForms(String past) {
    put(past, Kind.PAST);
    String stem = dropFinalWeak(past);
    put(stem + ArabicLetters.TEH, Kind.PAST);
    put(stem + "وا", Kind.PAST);
    put(past.endsWith("ا") || past.endsWith("ى") ? stem + "وا" : past + "ا", Kind.PAST);
    put(stem + "تا", Kind.PAST);
  }

  private void presentForms(String present) {
    put(present, Kind.PRESENT);
    String feminine =
        present.charAt(0) == ArabicLetters.YEH ? ArabicLetters.TEH + present.substring(1) : present;
    put(feminine, Kind.PRESENT);
    put(dropFinalWeak(present) + "ون", Kind.PRESENT);
    put(present + "ان", Kind.PRESENT);
  }

  private static String dropFinalWeak(String word) {
    char last = word.charAt(word.length() - 1);
    boolean weak = last == ArabicLetters.ALEF || last == ArabicLetters.ALEF_MAKSURA
        || (last == ArabicLetters.WAW && word.length() > 3)
        || (last == ArabicLetters.YEH && word.length() > 3);
    return weak ? word.substring(0, word.length() - 1) : word;
  }

  private void put(String form, Kind kind) {
    forms.putIfAbsent(WordLists.normalize(form), kind);
  }
}
