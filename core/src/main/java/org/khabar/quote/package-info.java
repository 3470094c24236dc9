/**
 * Quotes and their speakers: {@link org.khabar.quote.QuoteFinder} finds direct quotes (in
 * {@code « »}, {@code “ ”}, {@code " "}) and indirect speech ({@code قال ... إن}, {@code أكد أن},
 * {@code أشار إلى أن}, {@code بحسب ...}) in the body blocks of an article, with the reporting cue
 * as written and the speaker as a {@link org.khabar.article.Mention} linked to the article's
 * entities.
 *
 * <p>Like news-monitoring quote extractors (and CoreNLP's quote attribution, which first finds
 * quotes, then the mention that speaks them), the finder works in two steps: cues with their
 * subject phrase and reported clause, then quotation-mark pairs attributed to the cue around
 * them. The units are small and pure: {@code QuoteWords} generates the inflections of the
 * reporting verbs in {@code reporting-verbs.txt} by rule, {@code QuoteMarks} pairs quotation
 * marks, {@code Words} gives a tokenizer-independent view of a block's words, and {@code
 * SpeakerRules} finds the speaker phrase. Word lists are UTF-8 resource files next to the classes.
 */
package org.khabar.quote;
