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
 * @param extended also the form without conjunction and preposition (article kept) of the token
 *     and its neighbours, and the clusters of the tokens two away
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
    boolean extended) {

  public ArabicFeatureSettings {
    givenNames = Set.copyOf(givenNames);
    titles = Set.copyOf(titles);
    orgHeads = Set.copyOf(orgHeads);
  }
}
