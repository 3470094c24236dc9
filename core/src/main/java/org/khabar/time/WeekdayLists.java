package org.khabar.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.time.Candidate.Level;

/**
 * The weekdays that continue a weekly set: {@code أيام الثلاثاء والخميس والسبت}, {@code كل إثنين
 * وأربعاء}. Each weekday after {@code و} (with or without its article) is a set of its own, as the
 * first one is. Stateless.
 */
final class WeekdayLists {

  private WeekdayLists() {}

  /** The sets that continue {@code set}, a weekly set of one weekday; none for another value. */
  static List<Candidate> following(TimexRun r, Candidate set) {
    List<Candidate> out = new ArrayList<>();
    if (set.type() != Type.SET || !set.value().startsWith(Resolver.UNKNOWN_WEEK + "-")) {
      return out;
    }
    int k = set.end();
    while (k < r.s.size() && !r.s.lineBreakBefore(k)) {
      Optional<PhraseTable.Match> day = r.first(k, "weekday");
      if (day.isEmpty()) {
        day = r.first(k, "weekday-bare");
      }
      if (day.isEmpty() || day.get().skip() == 0) {
        break; // a weekday continues the list only after و
      }
      out.add(new Candidate(k, day.get().skip(), day.get().end(), Type.SET,
          Resolver.unresolvedWeekday(TimexRun.intValue(day.get())), "", Level.OTHER));
      k = day.get().end();
    }
    return out;
  }
}
