/**
 * Sentences, tokens and proclitics of Arabic news text, all in offsets of the original text.
 *
 * <p>{@link org.khabar.segment.SentenceSplitter} cuts a region into sentences; {@link
 * org.khabar.segment.WordTokenizer} cuts a region into typed tokens, each carrying its normalized
 * form and the {@link org.khabar.segment.CliticAnalyzer}'s split into proclitics and stem, decided
 * on the evidence of a lexicon of word counts (keys in {@link org.khabar.segment.LexiconForm})
 * learned from unlabeled news. All three are linear in their input, immutable and thread-safe;
 * their data files ({@code abbreviations.txt}, {@code unsplittable.txt}, {@code lexicon.tsv}) sit
 * beside them as resources and are loaded once.
 */
package org.khabar.segment;
