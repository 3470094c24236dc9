/**
 * Temporal expressions of Arabic news text with TIMEX3 values: {@link
 * org.khabar.time.TemporalTagger} finds dates, times, durations and sets in a region of a text and
 * resolves relative ones against the publication date. Month and weekday names come from ICU4J's
 * CLDR data; the other words from {@code phrases.txt} in this package's resources.
 */
package org.khabar.time;
