/**
 * The layout of an article: {@link org.khabar.structure.Structurer} cuts a text into blocks, one
 * per non-blank line, and labels each: headline, subheading, paragraph, list item, related-article
 * link, or boilerplate. Boilerplate is labelled, never dropped: every char of the text stays in a
 * block or is whitespace between blocks.
 *
 * <p>The rules follow what HTML boilerplate removers learned, adapted to plain Arabic news text,
 * which has no markup and no links: boilerpipe classifies blocks by shallow features (word count,
 * link and text density) looking at the block before and after, and drops what follows the end of
 * the content; jusText calls short blocks boilerplate and lets neighbours decide doubtful ones;
 * trafilatura and Readability look for "read more"/"related" sections and share widgets by their
 * words. Here: word counts and line endings stand in for density, cue phrase lists (resource files
 * {@code related-cues.txt}, {@code share-cues.txt}, {@code footer-phrases.txt}, {@code
 * social-names.txt}, matched on matching-normalized words) stand in for class names and link
 * text, character statistics find tracking blobs, and neighbour rules label list runs after a
 * colon, headline runs between paragraphs, and the short lines after the last paragraph.
 *
 * <p>The work is split into small pure units so that each rule can be tested and refined alone:
 * {@code LineScanner} finds the trimmed non-blank lines ({@code TextLines} keeps them and their cue
 * words for one text), {@code LineRules} holds the per-line tests (bullet, prose ending, colon,
 * conjunction, word count), {@link org.khabar.structure.LineLimit} says what is short, {@code
 * CuePhrases} matches cue phrases, {@code TrackingBlobs}, {@code BoilerplateRules} and {@code
 * RelatedLinkRules} decide single lines, {@code LeadingMenu} finds the menu at the top of a copied
 * page, {@code Reflow} joins hard-wrapped lines into paragraphs (asking {@code SentenceEndLines}
 * which full line ending a sentence ends its paragraph), and {@code Structurer} applies the rules
 * in passes. Every span is a half-open range of UTF-16 offsets into the text given.
 */
package org.khabar.structure;
