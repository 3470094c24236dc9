/**
 * The layout of an article: {@link org.khabar.structure.Structurer} cuts a text into blocks
 * (headline, subheadings, paragraphs, list items), one per non-blank line.
 *
 * <p>The work is split into small pure units so that each rule can be tested and refined alone:
 * {@code LineScanner} finds the trimmed non-blank lines, {@code LineRules} holds the per-line
 * tests (bullet, prose ending, word count), {@link org.khabar.structure.LineLimit} says what is
 * short, and {@code Structurer} applies the rules in order. Every span is a half-open range of
 * UTF-16 offsets into the text given.
 */
package org.khabar.structure;
