package org.khabar.time;

import java.util.Optional;
import org.khabar.article.TimeExpression.Type;
import org.khabar.number.PhraseTable;
import org.khabar.time.Candidate.Level;

/**
 * The rule of seasons: {@code [فصل] season shift} ({@code الخريف الماضي}, {@code الصيف المقبل})
 * or {@code هذا/هذه [فصل] season} ({@code هذه الصائفة}), as TIMEX3's {@code YYYY-SS} ({@code SP},
 * {@code SU}, {@code FA}, {@code WI}); a winter takes the year it starts in. A season alone is left
 * out: it is as often a general statement as a date. Stateless.
 */
final class SeasonRule {

  private SeasonRule() {}

  /** The season expression at {@code i}, or null. */
  static Candidate seasonExpr(TimexRun r, int i) {
    int j = i;
    int skip = 0;
    boolean thisOne = false;
    Optional<PhraseTable.Match> demonstrative = r.first(i, "this");
    if (demonstrative.isPresent()) {
      thisOne = true;
      skip = demonstrative.get().skip();
      j = demonstrative.get().end();
    }
    Optional<PhraseTable.Match> word =
        j == i ? r.first(j, "season-word") : r.next(j, "season-word");
    if (word.isPresent()) {
      skip = j == i ? word.get().skip() : skip;
      j = word.get().end();
    }
    Optional<PhraseTable.Match> season = j == i ? r.first(j, "season") : r.next(j, "season");
    if (season.isEmpty()) {
      return null;
    }
    if (j == i) {
      skip = season.get().skip();
    }
    int end = season.get().end();
    int shift = 0;
    if (!thisOne) {
      Optional<PhraseTable.Match> sh = r.next(end, "shift");
      if (sh.isEmpty()) {
        return null;
      }
      shift = TimexRun.intValue(sh.get());
      end = sh.get().end();
    }
    String code = season.get().entry().value();
    String value = r.published == null
        ? "XXXX-" + code
        : Resolver.year(yearOf(r.published.getYear(), r.published.getMonthValue(), code, shift))
            + "-" + code;
    return new Candidate(i, skip, end, Type.DATE, value, "", Level.OTHER);
  }

  /**
   * The year a season of {@code code} starts in, relative to a publication in {@code month} of
   * {@code year}: the last one begun before the publication's season for {@code shift} -1, the
   * next one after it for 1, and for 0 the one the publication is in or, when it is in another
   * season, the nearest one of {@code code}.
   */
  static int yearOf(int year, int month, String code, int shift) {
    int start = startMonth(code);
    // The publication's season, counted in months from year 0: its first month.
    int now = year * 12 + month - 1;
    int current = now - Math.floorMod(month - 3, 3);
    int thisYear = year * 12 + start - 1;
    // The instances of this season around the publication, by their first month.
    int[] candidates = {thisYear - 24, thisYear - 12, thisYear, thisYear + 12, thisYear + 24};
    int best = candidates[2];
    for (int c : candidates) {
      if (shift < 0 && c < current) {
        best = c;
      }
    }
    if (shift > 0) {
      for (int k = candidates.length - 1; k >= 0; k--) {
        if (candidates[k] > current) {
          best = candidates[k];
        }
      }
    } else if (shift == 0) {
      best = candidates[0];
      for (int c : candidates) {
        if (Math.abs(c + 1 - now) < Math.abs(best + 1 - now)) {
          best = c;
        }
      }
    }
    return Math.floorDiv(best, 12);
  }

  private static int startMonth(String code) {
    return switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
  }
}
