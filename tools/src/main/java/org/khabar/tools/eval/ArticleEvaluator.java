package org.khabar.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.khabar.Khabar;
import org.khabar.article.Entity;

/**
 * Scores entities as a Khabar user gets them: each article of an annotated corpus is written out as
 * text (a sentence per line, tokens joined by spaces), run through a {@link Khabar} pipeline, and its
 * entities are mapped back to the corpus tokens. So the figure includes Khabar's own tokenizer and
 * sentence splitter and whatever the pipeline's recognizer does across the article (with {@link
 * org.khabar.ner.EntityRecognizers#resolved}: one type per name, recurrences, surnames).
 *
 * <p>An entity maps to the corpus tokens its first and last characters fall in; the proclitics the
 * pipeline leaves out of a name ({@code لأوكرانيا} gives {@code أوكرانيا}) are inside the corpus
 * token, so the mapped name covers them as the corpus's annotation does. An entity that runs across
 * two corpus sentences is scored in the first, to its end, and counts as a wrong name there. No
 * entity is skipped: one that does not start and end inside corpus tokens is a pipeline bug and
 * fails the evaluation.
 *
 * <p>Stateless; thread-safe if the pipeline is.
 */
public final class ArticleEvaluator {

  /**
   * How many sentences make an ANERcorp article for {@link #articles}. Its files keep no article
   * boundaries; the corpus has 316 articles in about 4,900 sentences, 15.5 sentences each.
   */
  public static final int ANERCORP_ARTICLE_SENTENCES = 15;

  private ArticleEvaluator() {}

  /**
   * The samples grouped into articles: a new article starts at each sample that clears adaptive
   * data (a document start, as the AQMAR reader marks each file) and after every {@code
   * maxSentences} sentences.
   *
   * @param samples the corpus sentences, in order
   * @param maxSentences the most sentences of an article
   * @return the articles
   * @throws IllegalArgumentException if {@code maxSentences < 1}
   */
  public static List<List<NameSample>> articles(List<NameSample> samples, int maxSentences) {
    Objects.requireNonNull(samples, "samples");
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be >= 1: " + maxSentences);
    }
    List<List<NameSample>> out = new ArrayList<>();
    List<NameSample> current = new ArrayList<>();
    for (NameSample sample : samples) {
      if (!current.isEmpty()
          && (sample.isClearAdaptiveDataSet() || current.size() == maxSentences)) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(sample);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * Exact-span scores of the entities {@code khabar} finds in {@code articles}.
   *
   * @param khabar the pipeline
   * @param articles the annotated articles
   * @return the scores
   */
  public static NerScores evaluate(Khabar khabar, List<List<NameSample>> articles) {
    NerScores scores = new NerScores();
    run(khabar, articles, (gold, predicted, entities) -> scores.add(gold, predicted));
    return scores;
  }

  /**
   * An entity the pipeline returned, and whether the corpus names exactly those tokens with that
   * type.
   */
  public record Judged(Entity entity, boolean correct) {}

  /**
   * Every entity {@code khabar} finds in {@code articles}, judged against the annotation.
   *
   * @param khabar the pipeline
   * @param articles the annotated articles
   * @return the judged entities
   */
  public static List<Judged> judge(Khabar khabar, List<List<NameSample>> articles) {
    List<Judged> out = new ArrayList<>();
    run(khabar, articles, (gold, predicted, entities) -> {
      Set<Span> names = new HashSet<>(Arrays.asList(gold));
      for (int k = 0; k < predicted.length; k++) {
        out.add(new Judged(entities.get(k), names.contains(predicted[k])));
      }
    });
    return out;
  }

  /** What {@link #run} hands over per corpus sentence. */
  private interface SentenceSink {
    /** The sentence's names, the names found in it, and the entities they were mapped from. */
    void accept(Span[] gold, Span[] predicted, List<Entity> entities);
  }

  private static void run(Khabar khabar, List<List<NameSample>> articles, SentenceSink sink) {
    Objects.requireNonNull(khabar, "khabar");
    for (List<NameSample> article : articles) {
      StringBuilder text = new StringBuilder();
      // For each token: its sentence, its index in the sentence, and its offsets in the text.
      List<int[]> tokens = new ArrayList<>();
      for (int s = 0; s < article.size(); s++) {
        if (s > 0) {
          text.append('\n');
        }
        String[] sentence = article.get(s).getSentence();
        for (int t = 0; t < sentence.length; t++) {
          if (t > 0) {
            text.append(' ');
          }
          tokens.add(new int[] {s, t, text.length(), text.length() + sentence[t].length()});
          text.append(sentence[t]);
        }
      }
      List<List<Span>> predicted = new ArrayList<>();
      List<List<Entity>> entities = new ArrayList<>();
      for (int s = 0; s < article.size(); s++) {
        predicted.add(new ArrayList<>());
        entities.add(new ArrayList<>());
      }
      for (Entity e : khabar.process(text.toString()).entities()) {
        int[] first = tokenAt(tokens, e.span().start());
        int[] last = tokenAt(tokens, e.span().end() - 1);
        if (first == null || last == null) {
          // Names start and end on letters; one that starts or ends on a separator we wrote would
          // be a pipeline bug, and skipping it would hide a wrong name.
          throw new IllegalStateException(
              "entity " + e + " does not start and end in a corpus token");
        }
        int end = last[0] == first[0] ? last[1] + 1 : article.get(first[0]).getSentence().length;
        predicted.get(first[0]).add(new Span(first[1], end, e.type().name()));
        entities.get(first[0]).add(e);
      }
      for (int s = 0; s < article.size(); s++) {
        sink.accept(
            article.get(s).getNames(), predicted.get(s).toArray(new Span[0]), entities.get(s));
      }
    }
  }

  /** The token whose text contains {@code offset}, or null (binary search over sorted tokens). */
  private static int[] tokenAt(List<int[]> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] t = tokens.get(mid);
      if (t[3] <= offset) {
        lo = mid + 1;
      } else if (t[2] > offset) {
        hi = mid - 1;
      } else {
        return t;
      }
    }
    return null;
  }
}
