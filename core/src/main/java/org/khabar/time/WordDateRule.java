package org.khabar.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.time.Candidate.Level;

/**
 * The rule of dates written as words alone ({@code date-word} in the phrase table): TimeML's vague
 * references ({@code حاليا} {@code PRESENT_REF}, {@code مؤخرا} {@code PAST_REF}, {@code قريبا}
 * {@code FUTURE_REF}) and the decades of the 1900s ({@code التسعينات} {@code 199}). Stateless.
 */
final class WordDateRule {

  private WordDateRule() {}

  /**
   * {@code الليلة} (tonight), or {@code الليلة الماضية} (last night): the night of the publication
   * day, or of the day before.
   */
  static Candidate tonight(TimexRun r, int i) {
    Optional<PhraseTable.Match> w = r.first(i, "tonight");
    if (w.isEmpty()) {
      return null;
    }
    int end = w.get().end();
    int offset = 0;
    Optional<PhraseTable.Match> sh = r.next(end, "shift");
    if (sh.isPresent() && TimexRun.intValue(sh.get()) < 0) {
      offset = -1;
      end = sh.get().end();
    } else if (sh.isPresent()) {
      return null; // الليلة المقبلة and the like: left to the day rules
    }
    LocalDate day = r.published == null ? null
        : Resolver.plus(r.published, offset, ChronoUnit.DAYS);
    String value = (day == null ? Resolver.UNKNOWN_DAY : Resolver.day(day)) + "T"
        + w.get().entry().value();
    return new Candidate(i, w.get().skip(), end, Type.TIME, value, "", Level.OTHER);
  }

  /** The date word at {@code i}, a decade at the level of a year (so a mod may take it). */
  static Candidate wordDate(TimexRun r, int i) {
    Optional<PhraseTable.Match> w = r.first(i, "date-word");
    if (w.isEmpty()) {
      return null;
    }
    String value = w.get().entry().value();
    Level level = Character.isDigit(value.charAt(0)) ? Level.YEAR : Level.OTHER;
    return new Candidate(i, w.get().skip(), w.get().end(), Type.DATE, value, "", level);
  }
}
