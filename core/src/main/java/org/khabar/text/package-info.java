/**
 * Arabic text normalization with exact offset alignment.
 *
 * <p>{@link org.khabar.text.ArabicNormalizer} folds spelling and encoding variants (two presets,
 * {@code matching()} and {@code display()}, or any set of steps); the result, {@link
 * org.khabar.text.NormalizedText}, always carries an {@link org.khabar.text.Alignment} so that a
 * span found in the normalized text is reported in offsets of the original. {@link
 * org.khabar.text.ArabicLetters} names the Arabic characters used anywhere in Khabar.
 */
package org.khabar.text;
