package org.khabar.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.text.ArabicLetters;
import org.khabar.text.LanguageResources;

/**
 * The word lists of the quote finder, read once from {@link LanguageResources}: the reporting cues
 * of Arabic news (verbs in their generated inflections, their participles, and attribution words,
 * {@code quote/reporting-verbs.txt} and {@code quote/attributions.txt}), and the words its rules
 * stop or turn at (complementizers, speaker stops, organization heads, object adverbs, relative
 * pronouns). Immutable and thread-safe.
 *
 * <p>From each line {@code past present [participle]} the list generates, by rule: the past
 * {@code قال}, feminine {@code قالت}, plural {@code قالوا} and dual {@code قالا} (a final alef or
 * alef maqsura drops before the suffix: {@code دعا} gives {@code دعت}, {@code دعوا}); the present
 * {@code يقول}, feminine {@code تقول}, plural {@code يقولون} and dual {@code يقولان} (a final weak
 * letter drops before {@code ون}: {@code يرى} gives {@code يرون}); the participle {@code مؤكد} with
 * {@code ا}, {@code ة}, {@code ون}, {@code ين}. A fourth column {@value #OBJECT} marks a verb
 * that may report by its object ({@link #takesObject}). All words are matching-normalized, and so
 * are the words they are compared with.
 */
final class QuoteWords {

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

  /** The fourth column that marks a verb whose object is what it reports. */
  static final String OBJECT = "object";

  private static final QuoteWords STANDARD = of(LanguageResources.bundled(), List.of(), List.of());

  private final Map<String, Kind> forms = new HashMap<>();
  private final Set<String> objectForms = new HashSet<>();
  private final Set<String> complementizers;
  private final Set<String> speakerStops;
  private final Set<String> organizationHeads;
  private final Set<String> objectAdverbs;
  private final Set<String> relativePronouns;

  private QuoteWords(LanguageResources resources, List<String> verbLines,
      List<String> attributions) {
    for (String line : verbLines) {
      String[] cols = line.split("\\s+");
      Map<String, Kind> verb = new HashMap<>();
      if (cols.length >= 1) {
        pastForms(cols[0], verb);
      }
      if (cols.length >= 2) {
        presentForms(cols[1], verb);
      }
      if (cols.length >= 3 && !cols[2].equals("-")) {
        for (String suffix : new String[] {"", "ا", "ة", "ون", "ين"}) {
          verb.put(WordLists.normalize(cols[2] + suffix), Kind.PARTICIPLE);
        }
      }
      verb.forEach(forms::putIfAbsent);
      if (cols.length >= 4 && cols[3].equals(OBJECT)) {
        objectForms.addAll(verb.keySet());
      }
    }
    for (String a : attributions) {
      forms.putIfAbsent(WordLists.normalize(a), Kind.ATTRIBUTION);
    }
    this.complementizers = WordLists.set(resources.lines("quote/complementizers.txt"));
    this.speakerStops = WordLists.set(resources.lines("quote/speaker-stops.txt"));
    this.organizationHeads = SpeakerRules.stripArticle(
        WordLists.set(resources.lines("quote/organization-heads.txt")));
    this.objectAdverbs = WordLists.set(resources.lines("quote/object-adverbs.txt"));
    this.relativePronouns = WordLists.set(resources.lines("quote/relative-pronouns.txt"));
  }

  /** The words of the bundled lists. */
  static QuoteWords standard() {
    return STANDARD;
  }

  /**
   * The lists of {@code resources}, and these lines besides ({@code past present participle|-},
   * and attribution words); a form listed before keeps its kind.
   */
  static QuoteWords of(LanguageResources resources, List<String> verbLines,
      List<String> attributions) {
    List<String> verbs = new ArrayList<>(resources.lines("quote/reporting-verbs.txt"));
    verbs.addAll(verbLines);
    List<String> words = new ArrayList<>(resources.lines("quote/attributions.txt"));
    words.addAll(attributions);
    return new QuoteWords(resources, verbs, words);
  }

  /** Whether {@code norm} opens a reported clause ({@code أن}, {@code إن}). */
  boolean isComplementizer(String norm) {
    return complementizers.contains(norm);
  }

  /** Whether {@code form} ends a speaker phrase. */
  boolean isSpeakerStop(String form) {
    return speakerStops.contains(form);
  }

  /** Whether {@code head}, without its article, heads an organization ({@code وزارة}). */
  boolean isOrganizationHead(String head) {
    return organizationHeads.contains(head);
  }

  /** Whether {@code bare} is an adverb between a subject and its object. */
  boolean isObjectAdverb(String bare) {
    return objectAdverbs.contains(bare);
  }

  /** Whether {@code norm} is a relative pronoun ({@code التي}). */
  boolean isRelativePronoun(String norm) {
    return relativePronouns.contains(norm);
  }

  /**
   * Whether the verb form {@code normalized} may report by its object rather than a clause
   * ({@code انتقد الوزير الوضع}, {@code دعا إلى}, {@code نفى الخبر}): a line of the verb list
   * marked {@value #OBJECT}.
   */
  boolean takesObject(String normalized) {
    return objectForms.contains(normalized);
  }

  /** The kind of cue {@code normalized} is, if any; {@code normalized} is a normalized word. */
  Optional<Kind> kindOf(String normalized) {
    return Optional.ofNullable(forms.get(normalized));
  }

  private static void pastForms(String past, Map<String, Kind> into) {
    String stem = dropFinalWeak(past);
    for (String form : List.of(past, stem + ArabicLetters.TEH, stem + "وا",
        past.endsWith("ا") || past.endsWith("ى") ? stem + "وا" : past + "ا", stem + "تا")) {
      into.putIfAbsent(WordLists.normalize(form), Kind.PAST);
    }
  }

  private static void presentForms(String present, Map<String, Kind> into) {
    String feminine =
        present.charAt(0) == ArabicLetters.YEH ? ArabicLetters.TEH + present.substring(1) : present;
    for (String form : List.of(present, feminine, dropFinalWeak(present) + "ون", present + "ان")) {
      into.putIfAbsent(WordLists.normalize(form), Kind.PRESENT);
    }
  }

  private static String dropFinalWeak(String word) {
    char last = word.charAt(word.length() - 1);
    boolean weak = last == ArabicLetters.ALEF || last == ArabicLetters.ALEF_MAKSURA
        || (last == ArabicLetters.WAW && word.length() > 3)
        || (last == ArabicLetters.YEH && word.length() > 3);
    return weak ? word.substring(0, word.length() - 1) : word;
  }
}
