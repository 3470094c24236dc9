package org.khabar.examples;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Quote;

/**
 * Counts what a run of the tool produced, for the summary it prints on standard error: articles,
 * skipped files, sentences, tokens, entities by type, quotes by kind, dates, numbers, and the time
 * taken. Not thread-safe: one per run.
 */
final class RunSummary {

  private int articles;
  private int skipped;
  private long sentences;
  private long tokens;
  private final Map<EntityType, Long> entities = new TreeMap<>();
  private final Map<Quote.Kind, Long> quotes = new EnumMap<>(Quote.Kind.class);
  private long times;
  private long numbers;

  void add(Article article) {
    articles++;
    sentences += article.sentences().size();
    tokens += article.tokens().size();
    for (Entity e : article.entities()) {
      entities.merge(e.type(), 1L, Long::sum);
    }
    for (Quote q : article.quotes()) {
      quotes.merge(q.kind(), 1L, Long::sum);
    }
    times += article.times().size();
    numbers += article.numbers().size();
  }

  void skip() {
    skipped++;
  }

  /** The summary line, e.g. {@code khabar: 5 articles, 80 sentences, ... in 0.42 s}. */
  String format(long elapsedNanos) {
    StringBuilder sb = new StringBuilder("khabar: ");
    sb.append(String.format(Locale.ROOT, "%d article%s", articles, articles == 1 ? "" : "s"));
    if (skipped > 0) {
      sb.append(String.format(Locale.ROOT, " (%d skipped)", skipped));
    }
    long entityTotal = entities.values().stream().mapToLong(Long::longValue).sum();
    sb.append(String.format(Locale.ROOT, ", %d sentences, %d tokens, %d entities",
        sentences, tokens, entityTotal));
    if (entityTotal > 0) {
      StringBuilder types = new StringBuilder();
      for (EntityType t : EntityType.standard()) {
        long n = entities.getOrDefault(t, 0L);
        if (n > 0) {
          types.append(types.length() == 0 ? "" : " ").append(t.name()).append(' ').append(n);
        }
      }
      sb.append(" (").append(types).append(')');
    }
    sb.append(String.format(Locale.ROOT,
        ", %d quotes (%d direct, %d indirect), %d dates, %d numbers, in %.2f s",
        quotes.getOrDefault(Quote.Kind.DIRECT, 0L) + quotes.getOrDefault(Quote.Kind.INDIRECT, 0L),
        quotes.getOrDefault(Quote.Kind.DIRECT, 0L), quotes.getOrDefault(Quote.Kind.INDIRECT, 0L),
        times, numbers, elapsedNanos / 1e9));
    return sb.toString();
  }
}
