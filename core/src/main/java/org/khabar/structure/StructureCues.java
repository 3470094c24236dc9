package org.khabar.structure;

import org.khabar.text.LanguageResources;

/**
 * The cue phrase lists of the structurer's rules, read once from {@link LanguageResources}.
 * Immutable and thread-safe.
 *
 * @param related cues of links to related articles ({@code structure/related-cues.txt})
 * @param chrome cues of page chrome lines ({@code structure/chrome-cues.txt})
 * @param share cues of share lines ({@code structure/share-cues.txt})
 * @param footer phrases of footers ({@code structure/footer-phrases.txt})
 * @param social names of social networks ({@code structure/social-names.txt})
 */
record StructureCues(CuePhrases related, CuePhrases chrome, CuePhrases share, CuePhrases footer,
    CuePhrases social) {

  /** The bundled lists. */
  static final StructureCues BUNDLED = of(LanguageResources.bundled());

  /** The lists of {@code resources}. */
  static StructureCues of(LanguageResources resources) {
    return new StructureCues(
        CuePhrases.of(resources.lines("structure/related-cues.txt")),
        CuePhrases.of(resources.lines("structure/chrome-cues.txt")),
        CuePhrases.of(resources.lines("structure/share-cues.txt")),
        CuePhrases.of(resources.lines("structure/footer-phrases.txt")),
        CuePhrases.of(resources.lines("structure/social-names.txt")));
  }
}
