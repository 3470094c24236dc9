package org.khabar.structure;

import java.util.List;
import org.khabar.article.CharSpan;

/**
 * The per-line tests for boilerplate: text a site adds around an article that is not part of it.
 * Each is a pure function of one line (and the {@link StructureCues}), linear in its length.
 * Stateless and thread-safe.
 *
 * <p>Like boilerpipe's and trafilatura's block classifiers, the rules look at cheap shallow
 * features (word count, link-like cue phrases, character statistics) rather than at the words'
 * meaning, and only ever fire on short lines, so that a prose paragraph that happens to mention
 * copyright or a social network stays a paragraph.
 */
final class BoilerplateRules {

  /** The most words a line may hold for a cue or phrase rule to call it boilerplate. */
  static final int MAX_WORDS = 12;

  /** The most words besides tracking blobs a line may hold and still be a tracking line. */
  static final int MAX_WORDS_BESIDE_BLOB = 6;

  /** The most words a copyright line may hold. */
  static final int MAX_COPYRIGHT_WORDS = 25;

  private static final char COPYRIGHT_SIGN = '\u00A9';

  private BoilerplateRules() {}

  /**
   * Whether the line holds a tracking blob ({@link TrackingBlobs}) and at most {@value
   * #MAX_WORDS_BESIDE_BLOB} other words: a blob followed by a site name, as some feeds emit, is
   * one boilerplate line.
   */
  static boolean isTrackingLine(CharSequence text, CharSpan line) {
    int[] counts = TrackingBlobs.count(text, line, MAX_WORDS_BESIDE_BLOB);
    return counts[0] > 0 && counts[1] <= MAX_WORDS_BESIDE_BLOB;
  }

  /**
   * Whether the line is a copyright notice: it holds the sign {@code ©} and at most {@value
   * #MAX_COPYRIGHT_WORDS} words.
   */
  static boolean isCopyrightLine(CharSequence text, CharSpan line) {
    for (int i = line.start(); i < line.end(); i++) {
      if (text.charAt(i) == COPYRIGHT_SIGN) {
        return LineRules.countWords(text, line, MAX_COPYRIGHT_WORDS) <= MAX_COPYRIGHT_WORDS;
      }
    }
    return false;
  }

  /**
   * Whether the short line holds a footer phrase ({@code جميع الحقوق محفوظة}, {@code سياسة
   * الخصوصية}, {@code all rights reserved}...) from {@code footer-phrases.txt}.
   */
  static boolean isFooterLine(StructureCues cues, List<String> words) {
    return words.size() <= MAX_WORDS && cues.footer().occursIn(words);
  }

  /**
   * Whether the short line opens with a share, follow or subscribe cue ({@code تابعونا على},
   * {@code شارك الخبر}...) from {@code share-cues.txt}, or is made only of social network names.
   */
  static boolean isShareLine(StructureCues cues, List<String> words) {
    if (words.size() > MAX_WORDS) {
      return false;
    }
    return cues.share().matchAtStart(words) > 0 || cues.social().containsAll(words);
  }

  /**
   * The boilerplate rules of one line (tracking, copyright, footer, share, chrome cue, dateline,
   * breadcrumb); {@code words} null for a line too long to read whole.
   */
  static boolean isFurniture(
      StructureCues cues, CharSequence text, CharSpan line, List<String> words) {
    return isTrackingLine(text, line) || isCopyrightLine(text, line)
        || words != null && (isFooterLine(cues, words) || isShareLine(cues, words)
            || WebChromeRules.isCueLine(cues, words) || WebChromeRules.isDateline(words)
            || WebChromeRules.isBreadcrumb(text, line, words));
  }
}
