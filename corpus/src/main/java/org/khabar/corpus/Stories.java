package org.khabar.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.Entity;
import org.khabar.article.TimeExpression;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;

/**
 * Groups articles into stories, the articles that report one event: online, in publication order,
 * each article joins the most similar story seen in the last {@code window} days when the
 * similarity reaches the threshold, else opens a story. Similarity weighs the cosine of the body's
 * TF-IDF vectors (words of three letters or more by their matching forms; the document frequencies
 * of the articles given) with the overlap of their canonical names. Each story has an id, its
 * articles, its main entities and its event day: the day its articles' bodies date most often
 * among the days from a week before each one's publication to that day ({@code أمس} in an article
 * of the 6th is the 5th), else its first article's publication day. Immutable and thread-safe.
 */
public final class Stories {

  /** The days a story stays open after its last article, by default. */
  public static final int DEFAULT_WINDOW_DAYS = 3;
  /**
   * The similarity an article needs to join a story, by default: chosen on the stories gold of the
   * corpus tests (five days of one outlet), where 0.225-0.275 did best.
   */
  public static final double DEFAULT_THRESHOLD = 0.25;
  /** The weight of the names' overlap in the similarity; the words' cosine has the rest. */
  public static final double NAME_WEIGHT = 0.3;
  /** Main entities a story names. */
  public static final int MAIN_ENTITIES = 5;
  /** The days before its publication that an article's dates may name its story's event. */
  public static final int EVENT_DAYS_BEFORE = 7;

  /** A TIMEX3 value that names one day. */
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final int windowDays;
  private final double threshold;

  private Stories(int windowDays, double threshold) {
    this.windowDays = windowDays;
    this.threshold = threshold;
  }

  /**
   * The defaults: a window of {@value #DEFAULT_WINDOW_DAYS} days, a threshold of {@value
   * #DEFAULT_THRESHOLD}.
   *
   * @return the clusterer
   */
  public static Stories defaults() {
    return new Stories(DEFAULT_WINDOW_DAYS, DEFAULT_THRESHOLD);
  }

  /**
   * A clusterer with its own window and threshold.
   *
   * @param windowDays the days a story stays open after its last article, ≥ 0
   * @param threshold the similarity an article needs to join a story, in (0, 1]
   * @return the clusterer
   * @throws IllegalArgumentException naming the value out of range
   */
  public static Stories of(int windowDays, double threshold) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays " + windowDays + " is negative");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " is not in (0, 1]");
    }
    return new Stories(windowDays, threshold);
  }

  /**
   * A story.
   *
   * @param id its number, from 0, in the order stories open
   * @param articles its articles' ids, in publication order
   * @param mainEntities its most mentioned names ({@code TYPE:name}), at most {@value
   *     #MAIN_ENTITIES}
   * @param eventDay the day its articles date most often, else its first article's
   *     publication day; empty when neither is known
   */
  public record Story(int id, List<String> articles, List<String> mainEntities,
      Optional<LocalDate> eventDay) {

    /**
     * Copies the lists.
     *
     * @param id its number
     * @param articles its articles' ids
     * @param mainEntities its most mentioned names
     * @param eventDay its event day
     */
    public Story {
      articles = List.copyOf(articles);
      mainEntities = List.copyOf(mainEntities);
      Objects.requireNonNull(eventDay, "eventDay");
    }
  }

  /**
   * The stories of {@code articles}.
   *
   * @param articles the articles; undated ones are taken after the dated, in the order given
   * @return the stories, by id
   */
  public List<Story> cluster(List<Article> articles) {
    Builder builder = builder();
    articles.forEach(builder::add);
    return builder.build();
  }

  /**
   * A builder that takes articles one at a time and keeps only what clustering needs of them (word
   * counts, names, date), so a day of feeds need not be held in memory.
   *
   * @return the builder
   */
  public Builder builder() {
    return new Builder();
  }

  /**
   * What clustering keeps of an article: its words, its names, and the days its body dates that
   * may be its event's.
   */
  private record Item(String id, Optional<LocalDate> published, Map<String, Integer> terms,
      Map<String, Integer> names, Set<LocalDate> days) {}

  /** Gathers articles; then {@link #build}. Not thread-safe. */
  public final class Builder {
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    /**
     * Adds {@code article}.
     *
     * @param article an article
     * @return this builder
     */
    public Builder add(Article article) {
      Objects.requireNonNull(article, "article");
      Map<String, Integer> names = new HashMap<>();
      for (Entity e : article.entities()) {
        names.merge(e.type().name() + ":" + e.canonical(), 1, Integer::sum);
      }
      items.add(new Item(article.id(), article.published(), terms(article), names,
          eventDays(article)));
      return this;
    }

    /**
     * The stories of the articles added.
     *
     * @return the stories, by id
     */
    public List<Story> build() {
      List<Item> ordered = new ArrayList<>(items);
      ordered.sort(Comparator.comparing((Item a) -> a.published().orElse(LocalDate.MAX)));
      Map<String, Integer> df = new HashMap<>();
      for (Item a : ordered) {
        a.terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      }
      List<Open> stories = new ArrayList<>();
      // The stories a dated article may join, in the order they were opened. Articles come by
      // date, so a story closed to one is closed to every later one, and comparing an article
      // with the stories of its window only keeps a long feed linear; an undated article (they
      // come last) may join any story.
      List<Open> open = new ArrayList<>();
      for (Item a : ordered) {
        Map<String, Double> vector = tfidf(a.terms(), df, ordered.size());
        Open best = null;
        double bestSimilarity = 0;
        if (a.published().isPresent()) {
          open.removeIf(s -> !s.openOn(a.published(), windowDays));
        }
        for (Open s : a.published().isPresent() ? open : stories) {
          if (!s.openOn(a.published(), windowDays)) {
            continue;
          }
          double similarity =
              (1 - NAME_WEIGHT) * s.cosine(vector) + NAME_WEIGHT * s.overlap(a.names().keySet());
          if (similarity > bestSimilarity) {
            best = s;
            bestSimilarity = similarity;
          }
        }
        if (best == null || bestSimilarity < threshold) {
          best = new Open(stories.size());
          stories.add(best);
          open.add(best);
        }
        best.add(a, vector);
      }
      List<Story> result = new ArrayList<>();
      for (Open s : stories) {
        result.add(s.story());
      }
      return result;
    }
  }

  /** The counts of the body's words of three letters or more, by matching form. */
  private static Map<String, Integer> terms(Article a) {
    Map<String, Integer> tf = new HashMap<>();
    int t = 0;
    List<Token> tokens = a.tokens();
    for (Block block : a.blocks()) {
      boolean body = block.kind() != BlockKind.BOILERPLATE && block.kind() != BlockKind.RELATED_LINK
          && block.kind() != BlockKind.UNANALYSED;
      for (; t < tokens.size() && tokens.get(t).span().start() < block.span().end(); t++) {
        Token token = tokens.get(t);
        if (body && token.kind() == TokenKind.WORD && token.key().length() >= 3
            && token.span().start() >= block.span().start()) {
          tf.merge(token.key(), 1, Integer::sum);
        }
      }
    }
    return tf;
  }

  /**
   * The days the body's dates name (a day's value, {@code 2017-06-05}) from {@value
   * #EVENT_DAYS_BEFORE} days before the publication to the publication day; none when undated.
   */
  private static Set<LocalDate> eventDays(Article a) {
    if (a.published().isEmpty()) {
      return Set.of();
    }
    LocalDate published = a.published().get();
    Set<LocalDate> days = new HashSet<>();
    for (TimeExpression t : a.timesInBody()) {
      if (t.type() == TimeExpression.Type.DATE && DAY.matcher(t.value()).matches()) {
        try {
          LocalDate day = LocalDate.parse(t.value());
          if (!day.isAfter(published) && !day.isBefore(published.minusDays(EVENT_DAYS_BEFORE))) {
            days.add(day);
          }
        } catch (DateTimeParseException e) {
          // a day the calendar has not (2017-02-30): no event day
        }
      }
    }
    return Set.copyOf(days);
  }

  private static Map<String, Double> tfidf(Map<String, Integer> tf, Map<String, Integer> df,
      int n) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * Math.log((double) (n + 1) / df.get(e.getKey()));
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      v.replaceAll((k, w) -> w / length);
    }
    return v;
  }

  /** A story still being built. */
  private static final class Open {
    final int id;
    final List<String> articles = new ArrayList<>();
    final Map<String, Double> centroid = new HashMap<>();
    /** The centroid's length, computed when it changes, not at each comparison. */
    double length;
    final Map<String, Integer> names = new HashMap<>();
    /** How many of its articles date each day. */
    final Map<LocalDate, Integer> days = new HashMap<>();
    LocalDate first;
    LocalDate last;

    Open(int id) {
      this.id = id;
    }

    boolean openOn(Optional<LocalDate> day, int windowDays) {
      return last == null || day.isEmpty()
          || ChronoUnit.DAYS.between(last, day.get()) <= windowDays;
    }

    double cosine(Map<String, Double> v) {
      if (length == 0) {
        return 0;
      }
      double dot = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        dot += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
      }
      return dot / length;
    }

    /** The share of {@code other} names the story has: 0 when the article has none. */
    double overlap(Set<String> other) {
      if (other.isEmpty()) {
        return 0;
      }
      int common = 0;
      for (String n : other) {
        if (names.containsKey(n)) {
          common++;
        }
      }
      return (double) common / other.size();
    }

    void add(Item a, Map<String, Double> vector) {
      articles.add(a.id());
      vector.forEach((k, w) -> centroid.merge(k, w, Double::sum));
      double norm = 0;
      for (double w : centroid.values()) {
        norm += w * w;
      }
      length = Math.sqrt(norm);
      a.names().forEach((k, n) -> names.merge(k, n, Integer::sum));
      a.days().forEach(d -> days.merge(d, 1, Integer::sum));
      if (a.published().isPresent()) {
        LocalDate d = a.published().get();
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }

    Story story() {
      List<String> main = names.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(MAIN_ENTITIES).map(Map.Entry::getKey).toList();
      Optional<LocalDate> dated = days.entrySet().stream()
          .max(Map.Entry.<LocalDate, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey);
      return new Story(id, articles, main, dated.or(() -> Optional.ofNullable(first)));
    }
  }
}
