/**
 * Builders of the lexicons bundled with core: {@link
 * org.khabar.tools.lexicon.LexiconBuilder} counts word types in unlabeled news for the clitic
 * analyzer.
 */
package org.khabar.tools.lexicon;
