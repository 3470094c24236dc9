package org.khabar.tools.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.khabar.models.ner.ArabicFeatureGenerator;

/**
 * Word lists learned from annotated training sentences: the words that precede person names (titles
 * and roles: {@code الرئيس}, {@code الوزير}) and the words that begin organization names
 * ({@code وزارة}, {@code شركة}). Lists are folded stems. Derived by code from whatever training data
 * is passed in, never typed by hand. Immutable and thread-safe.
 *
 * @param titles stems that often precede a person name
 * @param orgHeads stems that often begin an organization name
 */
public record LearnedLexicons(Set<String> titles, Set<String> orgHeads) {

  /** Minimum number of occurrences before a word is listed. */
  public static final int MIN_COUNT = 3;

  /** Minimum share of the word's occurrences in the listed role. */
  public static final double MIN_SHARE = 0.3;

  /**
   * Copies the lists.
   *
   * @param titles stems that often precede a person name
   * @param orgHeads stems that often begin an organization name
   */
  public LearnedLexicons {
    titles = Set.copyOf(titles);
    orgHeads = Set.copyOf(orgHeads);
  }

  /**
   * Learns the lists from {@code samples} (types as in {@code NerCorpusFormat}).
   *
   * @param samples annotated sentences
   * @return the learned lists
   */
  public static LearnedLexicons learn(List<NameSample> samples) {
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> beforePerson = new HashMap<>();
    Map<String, Integer> orgStart = new HashMap<>();
    for (NameSample sample : samples) {
      String[] tokens = sample.getSentence();
      String[] stems = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        stems[i] = ArabicFeatureGenerator.stemOf(tokens[i]);
        total.merge(stems[i], 1, Integer::sum);
      }
      for (Span name : sample.getNames()) {
        if ("PERSON".equals(name.getType()) && name.getStart() > 0) {
          beforePerson.merge(stems[name.getStart() - 1], 1, Integer::sum);
        } else if ("ORGANIZATION".equals(name.getType()) && name.length() > 1) {
          orgStart.merge(stems[name.getStart()], 1, Integer::sum);
        }
      }
    }
    return new LearnedLexicons(select(beforePerson, total), select(orgStart, total));
  }

  private static Set<String> select(Map<String, Integer> role, Map<String, Integer> total) {
    Set<String> out = new TreeSet<>();
    role.forEach(
        (word, count) -> {
          if (count >= MIN_COUNT
              && count >= MIN_SHARE * total.get(word)
              && word.length() > 1
              && Character.isLetter(word.charAt(0))) {
            out.add(word);
          }
        });
    return out;
  }
}
