package org.khabar.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.article.Article;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.DataFiles;

/**
 * The news agency an article credits: a name of {@code agencies.txt} in brackets ({@code (رويترز)},
 * {@code (أ ف ب)}) or after a dash ({@code تونس - وات}) near the start or the end of the text.
 * Stateless and thread-safe.
 */
final class AgencyCredits {

  /** Chars searched at each end of the text. */
  private static final int NEAR = 400;
  /** A name in brackets, or after a dash and before a line's end or a colon. */
  private static final Pattern CREDIT = Pattern.compile(
      "[(\\[]\\s*([^()\\[\\]\\n]{1,24}?)\\s*[)\\]]|[-–]\\s*([^-–\\n]{1,16}?)\\s*[)\\n:]");
  private static final ArabicNormalizer FOLD = ArabicNormalizer.matching();
  /** Folded name to the name as listed. */
  private static final Map<String, String> AGENCIES = load();

  private AgencyCredits() {}

  /** The agency {@code article} credits, as listed, if any. */
  static Optional<String> find(Article article) {
    String text = article.text();
    Optional<String> start = find(text.substring(0, Math.min(text.length(), NEAR)));
    return start.isPresent() ? start
        : find(text.substring(Math.max(0, text.length() - NEAR)));
  }

  private static Optional<String> find(String part) {
    Matcher m = CREDIT.matcher(part);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String agency = AGENCIES.get(fold(name));
      if (agency != null) {
        return Optional.of(agency);
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
