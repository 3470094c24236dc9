package org.khabar.segment;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.khabar.text.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.khabar.text.ArabicLetters.ALEF_MADDA_ABOVE;
import static org.khabar.text.ArabicLetters.ALEF_WASLA;
import static org.khabar.text.ArabicLetters.BEH;
import static org.khabar.text.ArabicLetters.FEH;
import static org.khabar.text.ArabicLetters.KAF;
import static org.khabar.text.ArabicLetters.LAM;
import static org.khabar.text.ArabicLetters.WAW;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.CliticAnalysis;
import org.khabar.article.Proclitic;

/**
 * Splits an Arabic word into its proclitics (و ف ب ل ك and the article ال, with {@code لل} = ل +
 * ال) and its stem, by weighing the evidence of a lexicon of word counts.
 *
 * <p>Clitics are peeled in their fixed order: a conjunction (و ف), then a preposition (ب ل ك), then
 * the article. A conjunction or preposition is split off when
 *
 * <ul>
 *   <li>the remainder is a definite word ({@code ال...}) attested in the lexicon, or the whole word
 *       is unattested and the stem after the article has at least three letters; or
 *   <li>the remainder (or, below a conjunction, the remainder without its preposition) is attested
 *       and at least half as frequent as the whole word ({@code وقال} splits because {@code قال}
 *       is common; a two-letter remainder must be a frequent word, seen 50 times), or is attested and also attested with the article ({@code بسبب}: {@code
 *       السبب}); or
 *   <li>the whole word is unattested and either the clitic is و and at least four letters remain
 *       ({@code وزيلينسكي}), or the remainder starts with a hamza on alef ({@code لأوكرانيا}).
 * </ul>
 *
 * <p>Whatever the evidence, a word that is itself attested with the article ({@code الوزير},
 * {@code الفكرة}) is never split: no clitic can stand between the article and a word.
 *
 * <p>{@code لل} reads as ل + ال when the definite remainder ({@code ال} + rest) is at least as
 * attested as the plain one ({@code للحكومة} vs {@code للبنان}). The article itself is split off
 * whenever bare alef + lam leaves a stem of two or more letters. Nothing is split below a stem of
 * two letters, and closed-class words in {@code unsplittable.txt} ({@code كان}, {@code لكن}, {@code
 * الذي}) are never split. Words with any non-Arabic letter are left whole.
 *
 * <p>The bundled lexicon ({@code lexicon.tsv}) holds word types counted by {@code
 * org.khabar.tools.lexicon.LexiconBuilder} in unlabeled news, keyed by {@link LexiconForm}. Each
 * decision costs a few hash look-ups, no regex. The stem span is in the offsets of the text given:
 * harakat and tatweel between a clitic and the stem are left out of the stem. Immutable and
 * thread-safe; the bundled data are loaded once.
 */
public final class CliticAnalyzer {

  /** The article in {@link LexiconForm}: alef, lam. */
  static final String DEFINITE = String.valueOf(new char[] {ALEF, LAM});

  /** Fewest letters left after a clitic. */
  static final int MIN_STEM = 2;
  /** Count from which a form counts as attested (the lexicon keeps types seen at least twice). */
  static final int ATTESTED = 2;
  /**
   * Count a two-letter remainder needs: short strings are attested by chance (a name's tail), so
   * only frequent short words ({@code ما}, {@code قد}) back a split.
   */
  static final int SHORT_REMAINDER_COUNT = 50;
  /** How frequent the remainder must be relative to the whole word, for a split to win. */
  static final double REMAINDER_RATIO = 0.5;
  /** Longest word analyzed; longer letter runs are left whole. */
  static final int MAX_LETTERS = 64;


  private static volatile CliticAnalyzer standard;
  private static final CliticAnalyzer NONE = new CliticAnalyzer(Map.of(), Set.of(), false);

  private final Map<String, Integer> counts;
  private final Map<String, Integer> document;
  private final Set<String> unsplittable;
  private final boolean enabled;

  private CliticAnalyzer(Map<String, Integer> counts, Set<String> unsplittable, boolean enabled) {
    this(counts, Map.of(), unsplittable, enabled);
  }

  private CliticAnalyzer(
      Map<String, Integer> counts,
      Map<String, Integer> document,
      Set<String> unsplittable,
      boolean enabled) {
    this.counts = counts;
    this.document = document;
    this.unsplittable = unsplittable;
    this.enabled = enabled;
  }

  /**
   * This analyzer with extra evidence from one document: {@code documentCounts} (keys folded to
   * {@link LexiconForm}) are added to the lexicon's counts. A name the lexicon has never seen then
   * counts as a word when the document uses it on its own: {@code زيلينسكي} in the same article
   * backs the split of {@code وزيلينسكي}, while a name that always starts with و ({@code ويتسلاف})
   * stays whole once it recurs. Meant for one document, then dropped.
   *
   * @param documentCounts the document's word counts, keyed by {@link LexiconForm}
   * @return the analyzer for the document
   */
  public CliticAnalyzer withDocumentCounts(Map<String, Integer> documentCounts) {
    Objects.requireNonNull(documentCounts, "documentCounts");
    if (!enabled || documentCounts.isEmpty()) {
      return this;
    }
    Map<String, Integer> folded = new HashMap<>();
    documentCounts.forEach(
        (k, v) ->
            folded.merge(
                LexiconForm.of(Objects.requireNonNull(k, "key")),
                Objects.requireNonNull(v, "count"),
                Integer::sum));
    return new CliticAnalyzer(counts, Map.copyOf(folded), unsplittable, true);
  }

  /**
   * Like {@link #withDocumentCounts}, for counts whose keys are already in {@link LexiconForm}; the
   * map is owned by the result from now on and must not be changed.
   */
  CliticAnalyzer withFoldedDocumentCounts(Map<String, Integer> foldedCounts) {
    if (!enabled || foldedCounts.isEmpty()) {
      return this;
    }
    return new CliticAnalyzer(counts, foldedCounts, unsplittable, true);
  }

  /**
   * This analyzer with {@code words} never split besides the bundled closed-class words: a name
   * whose first letter reads as a preposition ({@code بايدن}, not {@code ب} + {@code ايدن}).
   *
   * @param words words as written; harakat and letter variants are folded as the lexicon's
   * @return the analyzer
   */
  public CliticAnalyzer withUnsplittable(Collection<String> words) {
    Objects.requireNonNull(words, "words");
    if (!enabled || words.isEmpty()) {
      return this;
    }
    Set<String> all = new HashSet<>(unsplittable);
    for (String word : words) {
      all.add(LexiconForm.of(Objects.requireNonNull(word, "words[]").strip()));
    }
    return new CliticAnalyzer(counts, document, Set.copyOf(all), true);
  }

  /**
   * This analyzer with more word counts added to the bundled lexicon's, as {@code
   * segment/lexicon.tsv} lines ({@code word<TAB>count}): a desk's own archive counted makes its
   * names and words attested, so that {@code وزمرستان} splits once {@code زمرستان} is counted.
   *
   * @param lines the counts, one {@code word<TAB>count} a line; words are folded as the lexicon's
   * @return the analyzer
   * @throws IllegalArgumentException if a line is not a word, a tab and a positive count, naming it
   */
  public CliticAnalyzer withCounts(Collection<String> lines) {
    Objects.requireNonNull(lines, "lines");
    if (!enabled || lines.isEmpty()) {
      return this;
    }
    return new CliticAnalyzer(CliticLexicon.withCounts(counts, lines), document, unsplittable,
        true);
  }

  /** The evidence for a form: lexicon count plus document count. */
  private int c(String key) {
    int n = counts.getOrDefault(key, 0);
    return document.isEmpty() ? n : n + document.getOrDefault(key, 0);
  }

  /**
   * The analyzer with the bundled lexicon, loaded once.
   *
   * @return the standard analyzer
   */
  public static CliticAnalyzer standard() {
    CliticAnalyzer s = standard;
    if (s == null) {
      synchronized (CliticAnalyzer.class) {
        s = standard;
        if (s == null) {
          s = new CliticAnalyzer(CliticLexicon.counts(), CliticLexicon.unsplittable(), true);
          standard = s;
        }
      }
    }
    return s;
  }

  /**
   * An analyzer that never splits (every word is its own stem), e.g. to count whole words.
   *
   * @return the analyzer that never splits
   */
  public static CliticAnalyzer none() {
    return NONE;
  }

  /**
   * An analyzer with the bundled rules and closed-class list but the given lexicon, whose keys
   * are in {@link LexiconForm}.
   *
   * @param counts word counts keyed by {@link LexiconForm}
   * @return the analyzer
   */
  public static CliticAnalyzer withLexicon(Map<String, Integer> counts) {
    Objects.requireNonNull(counts, "counts");
    Map<String, Integer> copy = new HashMap<>();
    counts.forEach(
        (k, v) ->
            copy.put(
                LexiconForm.of(Objects.requireNonNull(k, "key")),
                Objects.requireNonNull(v, "count")));
    return new CliticAnalyzer(Map.copyOf(copy), CliticLexicon.unsplittable(), true);
  }

  /**
   * How often the lexicon (plus the document, see {@link #withDocumentCounts}) saw {@code word},
   * in any spelling with the same {@link LexiconForm}.
   *
   * @param word a word
   * @return its count
   */
  public int count(CharSequence word) {
    return c(LexiconForm.of(word));
  }

  /**
   * The analysis of the word at {@code token} in {@code text}; the stem lies within the token.
   *
   * @param text the text
   * @param token a word token's span
   * @return the analysis
   * @throws IndexOutOfBoundsException if the token exceeds the text
   */
  public CliticAnalysis analyze(CharSequence text, CharSpan token) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(token, "token");
    if (token.end() > text.length()) {
      throw new IndexOutOfBoundsException(
          "token " + token + " exceeds text of length " + text.length());
    }
    if (!enabled || token.length() > 4 * MAX_LETTERS) {
      return CliticAnalysis.none(token);
    }
    CliticWord w = CliticWord.read(text, token);
    if (w == null || w.n < 1 + MIN_STEM) {
      return CliticAnalysis.none(token);
    }
    List<Proclitic> proclitics = new ArrayList<>(3);
    int p = 0;
    char c = w.raw[p];
    if ((c == WAW || c == FEH) && splits(w, p)) {
      proclitics.add(c == WAW ? Proclitic.WA : Proclitic.FA);
      p++;
    }
    c = w.remaining(p) > MIN_STEM ? w.raw[p] : 0;
    if (c == LAM && w.raw[p + 1] == LAM && w.remaining(p + 2) >= MIN_STEM
        && lamLamIsArticle(w, p)) {
      proclitics.add(Proclitic.LI);
      proclitics.add(Proclitic.AL);
      p += 2;
    } else if ((c == BEH || c == LAM || c == KAF) && splits(w, p)) {
      proclitics.add(c == BEH ? Proclitic.BI : c == LAM ? Proclitic.LI : Proclitic.KA);
      p++;
    }
    if (!proclitics.contains(Proclitic.AL) && startsWithArticle(w, p)
        && !unsplittable.contains(w.folded.substring(p))) {
      proclitics.add(Proclitic.AL);
      p += 2;
    }
    if (proclitics.isEmpty()) {
      return CliticAnalysis.none(token);
    }
    return new CliticAnalysis(proclitics, CharSpan.of(w.offsets[p], token.end()));
  }

  /**
   * The analysis of a whole word; offsets are relative to {@code word}.
   *
   * @param word a word
   * @return the analysis, with offsets into {@code word}
   */
  public CliticAnalysis analyze(CharSequence word) {
    Objects.requireNonNull(word, "word");
    return analyze(word, CharSpan.of(0, word.length()));
  }

  /** Whether the one-letter clitic at {@code p} should be split off what follows it. */
  private boolean splits(CliticWord w, int p) {
    int rest = w.remaining(p + 1);
    if (rest < MIN_STEM) {
      return false;
    }
    String whole = w.folded.substring(p);
    if (unsplittable.contains(whole)) {
      return false;
    }
    if (w.remaining(p) >= 3 && c(DEFINITE + withoutTanweenAlef(w, whole)) >= ATTESTED) {
      return false; // the whole takes the article, which no clitic can precede: it is one word
    }
    int countWhole = c(whole);
    if (startsWithArticle(w, p + 1)) {
      int definite = c(w.folded.substring(p + 1));
      return definite >= ATTESTED || (countWhole < ATTESTED && w.remaining(p + 3) >= 3);
    }
    int evidence = evidence(w, p + 1);
    int needed = rest == MIN_STEM ? SHORT_REMAINDER_COUNT : ATTESTED;
    if (evidence >= needed && evidence >= REMAINDER_RATIO * countWhole) {
      return true;
    }
    if (rest >= 3
        && evidence >= ATTESTED
        && c(DEFINITE + w.folded.substring(p + 1)) >= ATTESTED) {
      return true; // the remainder is a noun that takes the article, the whole is not
    }
    if (countWhole < ATTESTED) {
      char next = w.raw[p + 1];
      if (w.raw[p] == WAW && rest >= 4) {
        return true;
      }
      return rest >= 3
          && (next == ALEF_HAMZA_ABOVE
              || next == ALEF_HAMZA_BELOW
              || next == ALEF_MADDA_ABOVE);
    }
    return false;
  }

  /**
   * How attested the remainder from {@code k} is as a word: its own count, or below a conjunction
   * the count of what follows a preposition ({@code وبالضمانات} is backed by {@code الضمانات}).
   */
  private int evidence(CliticWord w, int k) {
    String rest = w.folded.substring(k);
    if (unsplittable.contains(rest)) {
      return c(rest);
    }
    int best = c(rest);
    if (k > 0 && (w.raw[k - 1] == WAW || w.raw[k - 1] == FEH) && w.remaining(k + 1) >= MIN_STEM) {
      char c = w.raw[k];
      if (c == BEH || c == LAM || c == KAF) {
        best = Math.max(best, c(w.folded.substring(k + 1)));
        if (c == LAM && w.raw[k + 1] == LAM && w.remaining(k + 2) >= MIN_STEM) {
          best = Math.max(best, c(ALEF + w.folded.substring(k + 1)));
        }
      }
    }
    return best;
  }

  /** Whether {@code لل} at {@code p} is ل + ال rather than ل before a word starting with ل. */
  private boolean lamLamIsArticle(CliticWord w, int p) {
    String whole = w.folded.substring(p);
    if (unsplittable.contains(whole)) {
      return false;
    }
    int definite = c(ALEF + w.folded.substring(p + 1));
    int plain = c(w.folded.substring(p + 1));
    if (definite < plain && c(w.folded.substring(p + 2)) < REMAINDER_RATIO * plain) {
      // لبنان is a word of its own starting with lam; لدعم, more frequent than الدعم, is itself
      // ل + دعم (دعم is common), so للدعم cannot be ل + لدعم.
      return false;
    }
    int countWhole = c(whole);
    return definite >= ATTESTED || (countWhole < ATTESTED && w.remaining(p + 2) >= 3);
  }

  /**
   * The form without the alef that carries an accusative tanween ({@code بحرًا}): the definite form
   * of such a word has no alef ({@code البحر}).
   */
  private static String withoutTanweenAlef(CliticWord w, String form) {
    return w.tanweenAlef && form.length() > 2 ? form.substring(0, form.length() - 1) : form;
  }

  private static boolean startsWithArticle(CliticWord w, int p) {
    return w.remaining(p + 2) >= MIN_STEM
        && (w.raw[p] == ALEF || w.raw[p] == ALEF_WASLA)
        && w.raw[p + 1] == LAM;
  }
}
