/**
 * Builders of the lexicons bundled with core: {@link
 * org.khabar.models.lexicon.LexiconBuilder} counts word types in unlabeled news for the clitic
 * analyzer.
 */
package org.khabar.models.lexicon;
