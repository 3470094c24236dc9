package org.khabar.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.DataFiles;

/**
 * Finds the news agency an article credits: a name of {@code agencies.txt} in brackets ({@code
 * (رويترز)}, {@code (أ ف ب)}) or after a dash ({@code تونس - وات}) near the start of the text, else
 * near its end. Stateless and thread-safe.
 */
public final class AgencyCredits {

  /** Chars searched at each end of the text. */
  private static final int NEAR = 400;
  /** A name in brackets, or after a dash and before a line's end or a colon. */
  private static final Pattern CREDIT = Pattern.compile(
      "[(\\[]\\s*([^()\\[\\]\\n]{1,24}?)\\s*[)\\]]|[-–]\\s*([^-–\\n]{1,16}?)\\s*[)\\n:]");
  private static final ArabicNormalizer FOLD = ArabicNormalizer.matching();
  /** Folded name to the name as listed. */
  private static final Map<String, String> AGENCIES = load();

  private AgencyCredits() {}

  /**
   * The agency {@code article} credits, if any: the first credit in its first 400 chars, else the
   * first in its last 400.
   *
   * @param article an article
   * @return the credit, with its span in the article's text
   */
  public static Optional<AgencyCredit> find(Article article) {
    String text = Objects.requireNonNull(article, "article").text();
    Optional<AgencyCredit> start = find(text, 0, Math.min(text.length(), NEAR));
    return start.isPresent() ? start
        : find(text, Math.max(0, text.length() - NEAR), text.length());
  }

  private static Optional<AgencyCredit> find(String text, int from, int to) {
    Matcher m = CREDIT.matcher(text).region(from, to);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : 2;
      String agency = AGENCIES.get(fold(m.group(group)));
      if (agency != null) {
        return Optional.of(new AgencyCredit(agency, CharSpan.of(m.start(group), m.end(group))));
      }
    }
    return Optional.empty();
  }

  private static String fold(String name) {
    return FOLD.normalizeToString(name).replaceAll("[\\s.،]", "").toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> load() {
    Map<String, String> agencies = new HashMap<>();
    for (String name : DataFiles.lines(AgencyCredits.class, "agencies.txt")) {
      agencies.put(fold(name), name);
    }
    return agencies;
  }
}
