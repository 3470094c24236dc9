package org.khabar.number;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.LAM;
import static org.khabar.text.ArabicLetters.TEH;
import static org.khabar.text.ArabicLetters.TEH_MARBUTA;
import static org.khabar.text.ArabicLetters.YEH;
import static org.khabar.text.ArabicLetters.NOON;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.Quantity;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicNormalizer.Step;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.LanguageResources;

/**
 * Finds numbers, in digits or words, with the noun or unit they count, in a region of a text.
 *
 * <p>A quantity is a number read by {@link NumberParser} (digits in any digit system with their
 * separators, a scale word after digits, number words with their compounds), or an indefinite dual
 * noun ({@code شخصين}, {@code دولتين}: value 2), followed by either a percent ({@code %}, {@code
 * ٪}, {@code في المائة}, {@code بالمئة}: unit {@code %}) or the counted noun: the next word when it
 * is indefinite, on the same line, neither a number word nor a function word of the phrase table's
 * {@code stop} list, and not {@code و} glued to a definite or function word ({@code والمتحصلة},
 * {@code وقد}). The unit is the noun as written, harakat and tatweel removed ({@code سنوات}, {@code
 * دولة}, {@code شخصا}); for a dual it is the singular rebuilt from the word ({@code شخص}, {@code
 * دولة}), and a dual adjective right after a dual noun ({@code مدرستين جديدتين}) is not counted
 * again. The span covers the number, its scale, percent and unit, and leaves out a proclitic glued
 * to a number word ({@code وثلاثة} gives {@code ثلاثة}).
 *
 * <p>Not quantities: vague plurals ({@code آلاف}, {@code عشرات}, {@code مئات}), ordinals and
 * definite numbers ({@code الأول}, {@code الثلاثة}), a fraction word without a noun ({@code نصف
 * النهائي}), digit runs joined by {@code / : -} ({@code 11/12/2025}, {@code 10:30}, {@code
 * 2020-2025}) or glued to letters ({@code F16}, {@code 3ر6}). Numbers inside dates and times are
 * found like any other ({@code 11} in {@code 11 ديسمبر}); use {@link #outside} to drop those lying
 * in time expressions.
 *
 * <p>Results are sorted, disjoint, inside the region, and in offsets of the text given. Linear in
 * the region's length; never throws on any text. Immutable and thread-safe.
 */
public final class QuantityTagger implements NumberTagger {

  private static final ArabicNormalizer UNIT_CLEANER =
      ArabicNormalizer.builder()
          .with(Step.COMPATIBILITY_FORMS, Step.DIACRITICS, Step.TATWEEL, Step.INVISIBLE_CONTROLS,
              Step.JOINER_CONTROLS, Step.WHITESPACE)
          .build();
  private static final String PERCENT = "%";
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final String DEFINITE = new String(new char[] {ALEF, LAM});

  private final NumberParser parser;

  /** A tagger with the bundled number phrase table. */
  public QuantityTagger() {
    this(NumberParser.standard());
  }

  private QuantityTagger(NumberParser parser) {
    this.parser = parser;
  }

  /**
   * A tagger with the number phrase table of {@code resources} ({@code number/phrases.txt}).
   *
   * @param resources the word lists
   * @return the tagger
   * @throws IllegalArgumentException if an added line is not {@code
   *     category<TAB>phrase[<TAB>value]}
   */
  public static QuantityTagger of(LanguageResources resources) {
    return new QuantityTagger(NumberParser.of(Objects.requireNonNull(resources, "resources")));
  }

  /**
   * The quantities in {@code region} of {@code text}, sorted and disjoint.
   *
   * @param text the text
   * @param region the region of the text to read
   * @return the quantities, with spans into {@code text}
   * @throws IndexOutOfBoundsException if the region does not lie within the text
   */
  @Override
  public List<Quantity> extract(CharSequence text, CharSpan region) {
    return extract(WordScan.of(text, region));
  }

  /**
   * The quantities of a region already scanned (the pipeline scans each block once for dates and
   * numbers), sorted and disjoint.
   *
   * @param s the scanned region
   * @return the quantities, with spans into the scanned text
   */
  public List<Quantity> extract(WordScan s) {
    Objects.requireNonNull(s, "s");
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    int n = s.size();
    int afterDual = -1;
    while (i < n) {
      if (s.isDigits(i)) {
        Optional<NumberParser.Parsed> p = parser.digitsAt(s, i);
        if (p.isEmpty()) {
          i = NumberParser.continuesFromLeft(s, i) ? i + 1 : afterUnread(s, i);
          continue;
        }
        int end = p.get().end();
        if (s.touchesNext(end - 1) && s.isWord(end) && s.touchesNext(end) && s.isDigits(end + 1)) {
          // Digits glued to letters on both sides (3ر6, the decimal mark of some agencies): no
          // reading is safe.
          i = end + 2;
          continue;
        }
        i = emit(s, p.get().value(), i, 0, end, false, out);
        continue;
      }
      if (s.isWord(i)) {
        Optional<NumberParser.Parsed> p = parser.wordsAt(s, i);
        if (p.isPresent()) {
          // A fraction alone (نصف النهائي) is not a quantity; with a noun (نصف مليون, نصف ساعة) it is.
          boolean fractionAlone = p.get().end() == i + 1 && p.get().value().compareTo(ONE) < 0;
          i = emit(s, p.get().value(), i, p.get().skip(), p.get().end(), fractionAlone, out);
          continue;
        }
        Optional<int[]> dual = i == afterDual ? Optional.empty() : dualAt(s, i);
        if (dual.isPresent()) {
          int skip = dual.get()[0];
          int stemEnd = dual.get()[1];
          boolean feminine = dual.get()[2] == 1;
          String stem = clean(s.originalText(s.originalSpanWithin(i, skip, stemEnd)));
          String unit = feminine ? stem + TEH_MARBUTA : stem;
          CharSpan span = s.originalSpan(i, skip, i + 1);
          out.add(new Quantity(span, BigDecimal.valueOf(2), unit));
          // A dual adjective agrees with its dual noun (مدرستين جديدتين): one quantity, not two.
          afterDual = i + 1;
          i++;
          continue;
        }
      }
      i++;
    }
    return List.copyOf(out);
  }

  /** Adds the quantity of a number on tokens {@code [first, end)}; returns the next token. */
  private int emit(WordScan s, BigDecimal value, int first, int skip, int end,
      boolean needsUnit, List<Quantity> out) {
    int last = end;
    String u = "";
    if (s.isSymbol(last, '%') && !s.lineBreakBefore(last)) {
      u = PERCENT;
      last++;
    } else {
      Optional<PhraseTable.Match> pct =
          s.lineBreakBefore(last) ? Optional.empty() : parser.phrases().at(s, last, "percent");
      if (pct.isPresent()) {
        u = PERCENT;
        last = pct.get().end();
      } else if (isCountedNoun(s, last)) {
        u = clean(s.originalText(s.originalSpan(last, last + 1)));
        last++;
      }
    }
    if (needsUnit && u.isEmpty()) {
      return end;
    }
    out.add(new Quantity(s.originalSpan(first, skip, last), value, u));
    return last;
  }

  private boolean isCountedNoun(WordScan s, int i) {
    if (!s.isWord(i) || s.lineBreakBefore(i)) {
      return false;
    }
    String w = s.text(i);
    if (w.startsWith(DEFINITE) || parser.phrases().contains("stop", w)) {
      return false;
    }
    // و glued to a definite word or a function word starts a new clause (وقد, والمتحصلة); و
    // glued to an indefinite noun may be its root (وفيات, وظائف).
    if (w.length() > 2 && w.charAt(0) == ArabicLetters.WAW) {
      String rest = w.substring(1);
      if (rest.startsWith(DEFINITE) || parser.phrases().contains("stop", rest)) {
        return false;
      }
    }
    return parser.wordsAt(s, i).isEmpty();
  }

  /**
   * The dual noun at token {@code i}: {proclitic chars skipped, end of the stem, 1 if the stem
   * takes a teh marbuta}, or empty.
   */
  private Optional<int[]> dualAt(WordScan s, int i) {
    String w = s.text(i);
    if (w.length() < 5 || w.startsWith(LAM_LAM) || parser.phrases().contains("not-dual", w)
        || !allArabicLetters(w)) {
      return Optional.empty();
    }
    // A glued conjunction or preposition is tried first: و before a listed noun is far more
    // common than a noun whose root starts with one of these letters.
    boolean glued = w.length() > 5 && PROCLITIC_LETTERS.indexOf(w.charAt(0)) >= 0;
    for (int skip = glued ? 1 : 0; skip >= 0; skip--) {
      String x = w.substring(skip);
      if (x.startsWith(DEFINITE) || x.startsWith(LAM_LAM)) {
        return Optional.empty();
      }
      if (parser.phrases().contains("not-dual", x)) {
        continue;
      }
      int len = x.length();
      boolean feminineDual = len >= 5 && x.charAt(len - 1) == NOON
          && (x.charAt(len - 2) == YEH || x.charAt(len - 2) == ALEF)
          && x.charAt(len - 3) == TEH && !x.endsWith(STAN);
      if (feminineDual) {
        return Optional.of(new int[] {skip, skip + len - 3, 1});
      }
      // Masculine duals in -ين of a three-letter noun (شخصين, يومين). Left out: words starting
      // like an imperfect verb (يتعين, تبين) or a verbal noun (تحسين), and active participles
      // with alef after the first letter, whose sound plural ends the same way (راضين).
      if (len == 5 && x.charAt(4) == NOON && x.charAt(3) == YEH
          && VERB_PREFIXES.indexOf(x.charAt(0)) < 0 && x.charAt(1) != ALEF
          && x.charAt(2) != YEH) {
        return Optional.of(new int[] {skip, skip + 3, 0});
      }
    }
    return Optional.empty();
  }

  private static final String LAM_LAM = new String(new char[] {LAM, LAM});
  private static final String VERB_PREFIXES =
      new String(new char[] {YEH, TEH, NOON, ALEF, ArabicLetters.ALEF_HAMZA_ABOVE});

  private static final String PROCLITIC_LETTERS =
      new String(new char[] {ArabicLetters.WAW, ArabicLetters.FEH, ArabicLetters.BEH, LAM});

  private static final String STAN =
      new String(new char[] {ArabicLetters.SEEN, TEH, ALEF, NOON});

  private static boolean allArabicLetters(String x) {
    for (int k = 0; k < x.length(); k++) {
      if (!ArabicLetters.isArabicLetter(x.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static String clean(String original) {
    return UNIT_CLEANER.normalizeToString(original).strip();
  }

  /**
   * Where to go on after a digit run at {@code i} that does not read as a number (too long, or a
   * date): past the run and a scale word right after it, which alone would read as a number of
   * its own (a 60-digit run before مليار is not one billion).
   */
  private int afterUnread(WordScan s, int i) {
    int end = NumberParser.digitRunEnd(s, i);
    if (!s.lineBreakBefore(end)) {
      Optional<PhraseTable.Match> scale = parser.phrases().at(s, end, "scale");
      if (scale.isPresent()) {
        return scale.get().end();
      }
    }
    return end;
  }

  /**
   * The quantities that overlap none of {@code spans} (for example the spans of the time
   * expressions of the same text), in their order. Linear after sorting the spans.
   *
   * @param quantities quantities sorted by span
   * @param spans the spans to keep clear of
   * @return the quantities overlapping no span
   */
  public static List<Quantity> outside(List<Quantity> quantities, Collection<CharSpan> spans) {
    Objects.requireNonNull(quantities, "quantities");
    Objects.requireNonNull(spans, "spans");
    List<CharSpan> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<Quantity> out = new ArrayList<>(quantities.size());
    int maxEnd = -1;
    int k = 0;
    // Quantities are sorted and disjoint; sweep the spans once, tracking the furthest end seen.
    List<Quantity> byStart = new ArrayList<>(quantities);
    byStart.sort((a, b) -> a.span().compareTo(b.span()));
    for (Quantity q : byStart) {
      boolean hit = false;
      while (k < sorted.size() && sorted.get(k).start() < q.span().end()) {
        maxEnd = Math.max(maxEnd, sorted.get(k).end());
        k++;
      }
      if (maxEnd > q.span().start()) {
        hit = true;
      }
      if (!hit) {
        out.add(q);
      }
    }
    return List.copyOf(out);
  }
}
