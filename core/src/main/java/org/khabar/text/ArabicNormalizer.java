package org.khabar.text;

import static org.khabar.text.FoldingTables.*;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Normalizes Arabic text step by step, keeping an exact alignment to the original.
 *
 * <p>Each {@link Step} is one rule that can be switched on or off. Two presets cover the usual
 * needs: {@link #matching()} folds everything that varies between writers of the same word (what
 * name finding, gazetteers and search compare), {@link #display()} only removes what is invisible
 * or purely typographic and never changes a spelling. Any other combination comes from {@link
 * #of(Set)} or {@link #builder()}:
 *
 * <pre>{@code
 * ArabicNormalizer n = ArabicNormalizer.matching().toBuilder().without(Step.TEH_MARBUTA).build();
 * NormalizedText t = n.normalize(text);
 * CharSpan inOriginal = t.toOriginal(CharSpan.of(4, 9));   // offsets into text
 * }</pre>
 *
 * <p>The steps are applied in one pass over the text, char by char, in this order: a presentation
 * form is first expanded by {@link Step#COMPATIBILITY_FORMS}; each resulting char is then deleted,
 * mapped or kept by the other steps, a mapped char being looked at again (so Urdu {@code ۃ} becomes
 * {@code ة} by {@link Step#PERSIAN_LETTERS} and then {@code ه} by {@link Step#TEH_MARBUTA}).
 * Normalization is idempotent for every combination of steps: normalizing normalized text changes
 * nothing. It is linear in the length of the text, never throws on any text (unpaired surrogates,
 * NUL, control chars and noncharacters pass through unchanged, one char each), and leaves chars
 * outside the Basic Multilingual Plane untouched.
 *
 * <p>Immutable and thread-safe; the presets are shared singletons.
 */
public final class ArabicNormalizer {

  /** One normalization rule; each can be switched on or off. */
  public enum Step {
    /**
     * Arabic presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) to the letters they
     * show, by ICU4J's NFKC applied to these two blocks only ({@code ﻻ} to {@code لا}, U+FDFA
     * to the four words it abbreviates, {@code ﷲ} to {@code الله}); the isolated forms of harakat
     * lose the space NFKC puts under them. Also the canonical composition of a letter with a
     * following maddah or hamza mark (U+0627 U+0654 to U+0623, U+0627 U+0653 to U+0622, U+0648
     * U+0654 to U+0624, U+064A U+0654 to U+0626, ...), so decomposed and precomposed spellings
     * agree. Ligatures without a decomposition (U+FDFD bismillah, the ornate parentheses) stay.
     */
    COMPATIBILITY_FORMS,
    /**
     * Removes the Arabic combining marks: harakat, tanween, shadda, sukun, superscript alef
     * U+0670, a maddah or hamza mark that did not compose with its letter, and the Quranic
     * annotation marks ({@link ArabicLetters#isHaraka}). The spacing Quranic signs (end of ayah,
     * rub el hizb, sajdah, small waw and yeh) are not marks and stay.
     */
    DIACRITICS,
    /** Removes tatweel (kashida) U+0640, the stretching char of justified text. */
    TATWEEL,
    /**
     * Alef with madda {@code آ}, hamza above {@code أ}, hamza below {@code إ}, alef wasla {@code
     * ٱ}, and the rare wavy-hamza and high-hamza alefs to bare alef {@code ا}.
     */
    ALEF_VARIANTS,
    /**
     * Alef maqsura {@code ى} to yeh {@code ي}. This direction, also Lucene's and CAMeL Tools',
     * is position-independent and one to one, and it merges the common Egyptian habit of writing
     * final yeh without dots ({@code على} for {@code علي}); the reverse would have to know where
     * a word ends. It conflates pairs such as {@code على} / {@code علي}: fine for matching, not for
     * display.
     */
    ALEF_MAQSURA,
    /** Teh marbuta {@code ة} to heh {@code ه}, the usual spelling variation at the end of a word. */
    TEH_MARBUTA,
    /** Hamza on waw {@code ؤ} to waw {@code و}, hamza on yeh {@code ئ} to yeh {@code ي}. */
    HAMZA_CARRIERS,
    /**
     * Persian, Urdu and Maghrebi shapes of Arabic letters to the Arabic letter: keheh {@code ک}
     * and swash kaf {@code ڪ} to kaf {@code ك}; Farsi yeh {@code ی}, yeh barree {@code ے}, {@code
     * ې} and {@code ۍ} to yeh {@code ي}; {@code ە ۀ ہ ۂ ھ} to heh {@code ه}; Urdu teh marbuta goal
     * {@code ۃ} to {@code ة}; noon ghunna {@code ں} to noon {@code ن}; Maghrebi {@code ڢ} and
     * {@code ڧ} to {@code ف} and {@code ق}. Letters that spell a sound Arabic lacks are kept
     * ({@code پ چ ژ گ ڤ ڨ ڭ}, the Urdu retroflexes): they distinguish foreign names.
     */
    PERSIAN_LETTERS,
    /**
     * Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic or Persian (U+06F0–U+06F9) digits to
     * ASCII digits, the Arabic decimal separator {@code ٫} to {@code .}, the thousands separator
     * {@code ٬} to {@code ,} and the Arabic percent sign {@code ٪} to {@code %}.
     */
    DIGITS,
    /**
     * Removes invisible controls ({@link TextChars#isInvisibleControl}): the bidi controls
     * U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, zero width space U+200B, word joiner
     * U+2060, the byte order mark U+FEFF, and soft hyphen U+00AD (it only shows where a renderer
     * breaks a word, and it splits words for search).
     */
    INVISIBLE_CONTROLS,
    /**
     * Removes zero width non-joiner U+200C and zero width joiner U+200D. Separate from {@link
     * #INVISIBLE_CONTROLS} because they change how Arabic letters join, so display keeps them;
     * Arabic orthography has no use for them and in Arabic news they are copy-paste debris inside
     * words, so matching removes them (rather than turning a ZWNJ into a space as Persian
     * analyzers do).
     */
    JOINER_CONTROLS,
    /**
     * A run of horizontal whitespace ({@link TextChars#isHorizontalSpace}: tab, NBSP, the
     * spaces U+2000–U+200A, U+202F, U+205F, U+3000, ...) becomes one ASCII space, also across
     * removed chars. Line breaks (LF, CR, VT, FF, NEL, U+2028, U+2029) are kept unchanged, one char
     * each, and end a run: a line break is a hard boundary for the sentence splitter, and keeping
     * CR LF as two chars costs nothing since no word spans a line.
     */
    WHITESPACE,
    /**
     * Quote and dash variants to ASCII: {@code « » “ ” „ ‟ ″ ‶} to {@code "}, {@code ‘ ’ ‚ ‛ ′ ‵ ‹
     * ›} to {@code '}, and hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal
     * bar and minus sign to {@code -}.
     */
    PUNCTUATION_VARIANTS
  }

  private static final ArabicNormalizer MATCHING = new ArabicNormalizer(EnumSet.allOf(Step.class));
  private static final ArabicNormalizer DISPLAY =
      new ArabicNormalizer(
          EnumSet.of(
              Step.COMPATIBILITY_FORMS, Step.TATWEEL, Step.INVISIBLE_CONTROLS, Step.WHITESPACE));

  private final Set<Step> steps;
  /** Indexed by {@link FoldingTables} kind: whether the rule for that kind is on. */
  private final boolean[] on = new boolean[KIND_COUNT];

  private ArabicNormalizer(EnumSet<Step> steps) {
    this.steps = Collections.unmodifiableSet(steps);
    on[PRESENTATION] = steps.contains(Step.COMPATIBILITY_FORMS);
    on[MARK] = steps.contains(Step.DIACRITICS);
    on[HAMZA_MARK] = on[PRESENTATION] || on[MARK];
    on[TATWEEL_KIND] = steps.contains(Step.TATWEEL);
    on[ALEF_VARIANT] = steps.contains(Step.ALEF_VARIANTS);
    on[ALEF_MAQSURA_KIND] = steps.contains(Step.ALEF_MAQSURA);
    on[TEH_MARBUTA_KIND] = steps.contains(Step.TEH_MARBUTA);
    on[HAMZA_CARRIER] = steps.contains(Step.HAMZA_CARRIERS);
    on[PERSIAN_LETTER] = steps.contains(Step.PERSIAN_LETTERS);
    on[DIGIT] = steps.contains(Step.DIGITS);
    on[INVISIBLE_CONTROL] = steps.contains(Step.INVISIBLE_CONTROLS);
    on[JOINER_CONTROL] = steps.contains(Step.JOINER_CONTROLS);
    on[SPACE] = steps.contains(Step.WHITESPACE);
    on[ASCII_SPACE] = on[SPACE];
    on[QUOTE_OR_DASH] = steps.contains(Step.PUNCTUATION_VARIANTS);
  }

  /**
   * The preset for matching: what name finding, gazetteers and search compare. Every step is on:
   * presentation forms and ligatures expanded and hamza marks composed; all harakat, Quranic marks
   * and tatweel removed; alef variants to bare alef, alef maqsura to yeh, teh marbuta to heh, hamza
   * on waw and yeh to the bare carrier; Persian and Urdu letter shapes to Arabic ones; digits to
   * ASCII; invisible and joiner controls removed; whitespace runs to one space (line breaks kept);
   * quotes and dashes to ASCII. Two spellings of a name that a reader takes for the same name
   * normalize to the same string.
   *
   * @return the matching preset
   */
  public static ArabicNormalizer matching() {
    return MATCHING;
  }

  /**
   * The conservative preset for display: {@link Step#COMPATIBILITY_FORMS}, {@link Step#TATWEEL},
   * {@link Step#INVISIBLE_CONTROLS} and {@link Step#WHITESPACE}. It removes only what is invisible
   * or typographic and changes no spelling: harakat, hamza, alef variants, yeh, teh marbuta, digits,
   * quotes and the joiners ZWNJ and ZWJ are kept.
   *
   * @return the display preset
   */
  public static ArabicNormalizer display() {
    return DISPLAY;
  }

  /**
   * A normalizer with exactly these steps; the empty set gives the identity.
   *
   * @param steps the steps
   * @return the normalizer
   */
  public static ArabicNormalizer of(Set<Step> steps) {
    Objects.requireNonNull(steps, "steps");
    return new ArabicNormalizer(copyOf(steps));
  }

  /**
   * A builder that starts with no step.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(EnumSet.noneOf(Step.class));
  }

  /**
   * A builder that starts with the steps of this normalizer.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(copyOf(steps));
  }

  /**
   * The steps this normalizer applies, in declaration order; unmodifiable.
   *
   * @return the steps
   */
  public Set<Step> steps() {
    return steps;
  }

  /**
   * Normalizes {@code text}, keeping the alignment back to it. When no step changes anything the
   * result's normalized string is the original and its alignment the identity.
   *
   * @param text the text
   * @return the normalized text with its alignment
   */
  public NormalizedText normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String original = text.toString();
    if (!needsWork(original)) {
      return new NormalizedText(original, original, Alignment.identity(original.length()));
    }
    Folder folder = new Folder(on, original, true);
    folder.run();
    if (!folder.changed()) {
      return new NormalizedText(original, original, Alignment.identity(original.length()));
    }
    return new NormalizedText(original, folder.result(), folder.alignment());
  }

  /**
   * Normalizes {@code text} without building an alignment: the form to store on a token or look up
   * in a gazetteer. Returns {@code text.toString()} itself (no copy) when nothing changes.
   *
   * @param text the text
   * @return the normalized string
   */
  public String normalizeToString(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!needsWork(text)) {
      return text.toString();
    }
    Folder folder = new Folder(on, text, false);
    folder.run();
    return folder.changed() ? folder.result() : text.toString();
  }

  /** Which rule kinds of {@link FoldingTables} are on, indexed by kind; a copy. */
  boolean[] rules() {
    return on.clone();
  }

  /** A quick scan: false when no step can change any char of {@code text}. */
  private boolean needsWork(CharSequence text) {
    char previous = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      byte kind = KIND[c];
      if (kind == ASCII_SPACE) {
        if (previous == ' ' && on[ASCII_SPACE]) {
          return true;
        }
      } else if (kind != NONE && on[kind]) {
        return true;
      }
      previous = c;
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArabicNormalizer && ((ArabicNormalizer) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  @Override
  public String toString() {
    if (this.equals(MATCHING)) {
      return "ArabicNormalizer.matching()";
    }
    if (this.equals(DISPLAY)) {
      return "ArabicNormalizer.display()";
    }
    return "ArabicNormalizer" + steps;
  }

  private static EnumSet<Step> copyOf(Collection<Step> steps) {
    EnumSet<Step> copy = EnumSet.noneOf(Step.class);
    for (Step s : steps) {
      copy.add(Objects.requireNonNull(s, "steps must not contain null"));
    }
    return copy;
  }

  /** Collects steps for a normalizer. Not thread-safe; the normalizer it builds is. */
  public static final class Builder {
    private final EnumSet<Step> steps;

    private Builder(EnumSet<Step> steps) {
      this.steps = steps;
    }

    /**
     * Switches these steps on.
     *
     * @param add the steps to switch on
     * @return this builder
     */
    public Builder with(Step... add) {
      Objects.requireNonNull(add, "steps");
      steps.addAll(copyOf(Arrays.asList(add)));
      return this;
    }

    /**
     * Switches these steps off.
     *
     * @param remove the steps to switch off
     * @return this builder
     */
    public Builder without(Step... remove) {
      Objects.requireNonNull(remove, "steps");
      steps.removeAll(copyOf(Arrays.asList(remove)));
      return this;
    }

    /**
     * The normalizer with the steps collected so far.
     *
     * @return the normalizer
     */
    public ArabicNormalizer build() {
      return new ArabicNormalizer(copyOf(steps));
    }
  }
}
