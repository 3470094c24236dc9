package org.khabar.models.ner;

import java.util.Set;

/**
 * What {@link ArabicFeatureGenerator} emits: switches for the feature groups and the word lists
 * the lexical marks come from (already folded). Immutable.
 *
 * @param affixes prefixes, suffixes and length of the stem
 * @param ngrams character trigrams of the stem
 * @param window forms, stems, classes and marks of the two tokens either side
 * @param gazetteers CLDR place-name marks
 * @param places the place gazetteer
 * @param givenNames folded given names
 * @param titles folded stems of words that precede person names
 * @param orgHeads folded stems of words that begin organization names
 * @param clusters word clusters of folded tokens
 * @param genre the genre whose copy of each feature is also emitted, or null for a model without
 *     genre features
 */
record ArabicFeatureSettings(
    boolean affixes,
    boolean ngrams,
    boolean window,
    boolean gazetteers,
    Gazetteer places,
    Set<String> givenNames,
    Set<String> titles,
    Set<String> orgHeads,
    ClusterTable clusters,
    Genre genre) {

  public ArabicFeatureSettings {
    givenNames = Set.copyOf(givenNames);
    titles = Set.copyOf(titles);
    orgHeads = Set.copyOf(orgHeads);
  }

  /** These settings for {@code other}; only for settings that have a genre. */
  ArabicFeatureSettings withGenre(Genre other) {
    return new ArabicFeatureSettings(affixes, ngrams, window, gazetteers, places, givenNames,
        titles, orgHeads, clusters, other);
  }
}
