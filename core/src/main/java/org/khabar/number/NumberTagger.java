package org.khabar.number;

import java.util.List;
import org.khabar.article.CharSpan;
import org.khabar.article.Quantity;

/**
 * The pipeline's stage that finds numbers and quantities in each block; {@link QuantityTagger} by
 * default, another through {@code Khabar.builder().numberTagger(...)}. The pipeline leaves out the
 * numbers inside a time expression.
 *
 * <p>An implementation must be thread-safe, give spans inside the region in offsets of the text
 * given, sorted and disjoint, and never throw on any text.
 */
@FunctionalInterface
public interface NumberTagger {

  /**
   * The quantities in {@code region} of {@code text}, sorted and disjoint.
   *
   * @param text the article's text
   * @param region the block to read
   * @return the quantities, with spans into {@code text}
   */
  List<Quantity> extract(CharSequence text, CharSpan region);
}
