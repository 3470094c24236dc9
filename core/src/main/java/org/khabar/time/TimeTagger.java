package org.khabar.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression;

/**
 * The pipeline's stage that finds dates, times, durations and sets in each block; {@link
 * TemporalTagger} by default, another through {@code Khabar.builder().timeTagger(...)}.
 *
 * <p>An implementation must be thread-safe, give spans inside the region in offsets of the text
 * given, sorted and disjoint, and never throw on any text.
 */
@FunctionalInterface
public interface TimeTagger {

  /**
   * The time expressions in {@code region} of {@code text}, sorted and disjoint.
   *
   * @param text the article's text
   * @param region the block to read
   * @param published the publication date, if known
   * @return the time expressions, with spans into {@code text}
   */
  List<TimeExpression> extract(CharSequence text, CharSpan region, Optional<LocalDate> published);
}
