package org.khabar.structure;

import java.util.List;

/**
 * The per-line tests for links to related articles ("read also" boxes) that sites insert into the
 * body. Stateless and thread-safe; the cues are {@link StructureCues#related}.
 */
final class RelatedLinkRules {

  /** The most words a cue line may hold, cue and inline title together. */
  static final int MAX_WORDS = 30;

  private RelatedLinkRules() {}

  /** What a line's related-link cue announces. */
  enum Cue {
    /** The line has no cue. */
    NONE,
    /** The line is the cue alone ({@code اقرأ أيضًا:}): the title follows on the next lines. */
    ALONE,
    /** The cue is followed by the linked title on the same line ({@code اقرأ أيضا: عنوان}). */
    WITH_TITLE
  }

  /**
   * Whether the line opens with a cue of {@code structure/related-cues.txt}, on its
   * matching-normalized words (so any harakat, alef or hamza spelling of {@code اقرأ أيضا}
   * matches), and whether a title follows on the same line. A long line is prose that happens to
   * start with the words.
   */
  static Cue cue(StructureCues cues, List<String> words) {
    if (words.size() > MAX_WORDS) {
      return Cue.NONE;
    }
    int matched = cues.related().matchAtStart(words);
    if (matched == 0) {
      return Cue.NONE;
    }
    return matched == words.size() ? Cue.ALONE : Cue.WITH_TITLE;
  }
}
