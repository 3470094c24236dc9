/**
 * Numbers and quantities of Arabic news text: {@link org.khabar.number.QuantityTagger} finds
 * numbers in digits or words with the noun or unit they count; {@link
 * org.khabar.number.NumberParser} reads one number; {@link org.khabar.number.WordScan} and {@link
 * org.khabar.number.PhraseTable} are the normalized token view and the phrase table shared with
 * {@code org.khabar.time}.
 */
package org.khabar.number;
