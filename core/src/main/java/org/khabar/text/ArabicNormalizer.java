package org.khabar.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Normalizes Arabic text step by step, keeping an exact alignment to the original.
 *
 * <p>SKELETON: the real steps are being written; this version is the identity.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArabicNormalizer {

  /** One normalization step; each can be switched on or off. */
  public enum Step {
    COMPATIBILITY_FORMS,
    DIACRITICS,
    TATWEEL,
    ALEF_VARIANTS,
    ALEF_MAQSURA,
    TEH_MARBUTA,
    HAMZA_CARRIERS,
    PERSIAN_LETTERS,
    DIGITS,
    INVISIBLE_CONTROLS,
    WHITESPACE,
    PUNCTUATION_VARIANTS
  }

  private static final ArabicNormalizer MATCHING = new ArabicNormalizer(EnumSet.allOf(Step.class));
  private static final ArabicNormalizer DISPLAY =
      new ArabicNormalizer(
          EnumSet.of(
              Step.COMPATIBILITY_FORMS, Step.TATWEEL, Step.INVISIBLE_CONTROLS, Step.WHITESPACE));

  private final Set<Step> steps;

  private ArabicNormalizer(Set<Step> steps) {
    this.steps = Set.copyOf(steps);
  }

  /** The preset for matching: name finding, gazetteers and search. */
  public static ArabicNormalizer matching() {
    return MATCHING;
  }

  /** The conservative preset for display. */
  public static ArabicNormalizer display() {
    return DISPLAY;
  }

  /** A normalizer with exactly these steps. */
  public static ArabicNormalizer of(Set<Step> steps) {
    Objects.requireNonNull(steps, "steps");
    return new ArabicNormalizer(steps);
  }

  /** The steps this normalizer applies. */
  public Set<Step> steps() {
    return steps;
  }

  /** Normalizes {@code text}, keeping the alignment back to it. */
  public NormalizedText normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    return new NormalizedText(s, s, Alignment.identity(s.length()));
  }

  /** Normalizes {@code text} without building an alignment (faster, for short strings). */
  public String normalizeToString(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return text.toString();
  }
}
