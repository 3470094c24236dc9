package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression;
import org.khabar.article.TimeExpression.Type;

/** The tagger's tests' assertions: an expression by its text, with its type, value and mod. */
final class TimexAssertions {

  static final TemporalTagger TAGGER = new TemporalTagger();

  private TimexAssertions() {}

  static List<TimeExpression> tag(String text, Optional<LocalDate> published) {
    return TAGGER.extract(text, CharSpan.of(0, text.length()), published);
  }

  /** The one expression whose original text is exactly {@code expected}. */
  static TimeExpression find(String text, Optional<LocalDate> published, String expected) {
    List<TimeExpression> all = tag(text, published);
    for (TimeExpression e : all) {
      if (e.span().textOf(text).equals(expected)) {
        return e;
      }
    }
    fail("no expression [" + expected + "] in " + all.stream()
        .map(e -> e.span().textOf(text) + "=" + e.value()).collect(Collectors.toList()));
    return null;
  }

  static void assertValue(String text, Optional<LocalDate> published, String expected,
      Type type, String value, String mod) {
    TimeExpression e = find(text, published, expected);
    assertEquals(type, e.type(), expected);
    assertEquals(value, e.value(), expected);
    assertEquals(mod, e.mod(), expected);
  }
}
