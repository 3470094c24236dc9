package org.khabar.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Quote;
import org.khabar.text.ArabicNormalizer;

/**
 * The people, places and organizations of a set of articles, by type and canonical name: how often
 * and where each is mentioned, when first and last, with which titles, what it is quoted saying,
 * and with whom it is mentioned. Canonical names are compared in their matching form ({@link
 * ArabicNormalizer#matching()}), so spellings that differ only by hamza, alef, yeh or teh marbuta
 * variants, harakat, tatweel or spacing ({@code الأمم المتحدة}, {@code الامم المتحدة}) are one
 * entry, named by its most frequent spelling. A one-word name (a surname) joins the one longer
 * name of its type that ends or begins with it, when there is exactly one in the set; else it
 * keeps its own entry. Built once ({@link #of}, or article by article with {@link #builder});
 * immutable.
 */
public final class EntityIndex {

  /** Co-mentioned entities kept per entry, the most frequent first. */
  public static final int CO_MENTIONS = 10;

  /**
   * A title an entity bears in an article.
   *
   * @param text the title as written ({@code وزير الخارجية})
   * @param article the article's id
   * @param date the article's publication date, if known
   */
  public record Title(String text, String article, Optional<LocalDate> date) {}

  /**
   * A quote of an entity.
   *
   * @param article the article's id
   * @param kind direct or indirect
   * @param text the quoted words
   * @param date the article's publication date, if known
   */
  public record QuoteRef(String article, Quote.Kind kind, String text, Optional<LocalDate> date) {}

  /**
   * One entity of the index.
   *
   * @param type its type
   * @param name its canonical name, as most of its mentions spell it
   * @param mentions how many times it is mentioned
   * @param articles the ids of the articles that mention it, the earliest first
   * @param firstSeen the earliest publication date among them, if any is dated
   * @param lastSeen the latest
   * @param titles its titles, one per article and title text
   * @param quotes its quotes
   * @param coMentions the entities mentioned in the same articles ({@code TYPE:name}) and in how
   *     many, the most frequent first, at most {@link #CO_MENTIONS}
   */
  public record Entry(EntityType type, String name, int mentions, List<String> articles,
      Optional<LocalDate> firstSeen, Optional<LocalDate> lastSeen, List<Title> titles,
      List<QuoteRef> quotes, Map<String, Integer> coMentions) {

    /**
     * Copies the lists.
     *
     * @param type its type
     * @param name its canonical name
     * @param mentions how many times it is mentioned
     * @param articles the ids of the articles that mention it
     * @param firstSeen the earliest publication date
     * @param lastSeen the latest
     * @param titles its titles
     * @param quotes its quotes
     * @param coMentions the entities mentioned with it
     */
    public Entry {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      articles = List.copyOf(articles);
      titles = List.copyOf(titles);
      quotes = List.copyOf(quotes);
      coMentions = Collections.unmodifiableMap(new LinkedHashMap<>(coMentions));
    }

    /**
     * The entry's key: {@code TYPE:name}, the name in its matching form.
     *
     * @return the key
     */
    public String key() {
      return EntityIndex.key(type, name);
    }
  }

  private final List<Entry> entries;

  private EntityIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The entries, the most mentioned first, then by type and name.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entry of {@code type} and canonical {@code name} in any of its spellings, if any.
   *
   * @param type the type
   * @param name the canonical name (after the joining of one-word names)
   * @return the entry
   */
  public Optional<Entry> get(EntityType type, String name) {
    String key = key(type, name);
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /**
   * The index of {@code articles}.
   *
   * @param articles the articles; ids should be distinct
   * @return the index
   */
  public static EntityIndex of(Collection<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    Builder builder = builder();
    articles.forEach(builder::add);
    return builder.build();
  }

  /**
   * A builder that takes articles one at a time and keeps only what the index needs of them, so a
   * corpus need not be held in memory.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Gathers articles' entities, titles and quotes; then {@link #build}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Gathered> gathered = new TreeMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();

    private Builder() {}

    /**
     * Adds {@code article}'s entities, titles, quotes and co-mentions.
     *
     * @param article an article
     * @return this builder
     */
    public Builder add(Article article) {
      Objects.requireNonNull(article, "article");
      article.published().ifPresent(d -> dates.put(article.id(), d));
      Set<String> here = new LinkedHashSet<>();
      for (Entity e : article.entities()) {
        String key = key(e.type(), e.canonical());
        Gathered g = gathered.computeIfAbsent(key, k -> new Gathered(e.type()));
        g.mentions++;
        g.spellings.merge(e.canonical(), 1, Integer::sum);
        g.articles.add(article.id());
        if (e.title().isPresent()) {
          g.titles.add(new Title(article.textOf(e.title().get()), article.id(),
              article.published()));
        }
        here.add(key);
      }
      for (Quote q : article.quotes()) {
        if (q.speaker().isEmpty()) {
          continue;
        }
        String canonical = q.speaker().get().canonical();
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
          String key = key(type, canonical);
          if (here.contains(key)) {
            gathered.get(key).quotes.add(new QuoteRef(article.id(), q.kind(),
                article.textOf(q.span()), article.published()));
            break;
          }
        }
      }
      for (String k : here) {
        for (String other : here) {
          if (!other.equals(k)) {
            gathered.get(k).co.merge(other, 1, Integer::sum);
          }
        }
      }
      return this;
    }

    /**
     * The index of the articles added, one-word names joined where unambiguous.
     *
     * @return the index
     */
    public EntityIndex build() {
      Map<String, String> joined = joinedNames(gathered.keySet());
      Map<String, Gathered> merged = new TreeMap<>();
      for (Map.Entry<String, Gathered> e : gathered.entrySet()) {
        String target = joined.getOrDefault(e.getKey(), e.getKey());
        Gathered into = merged.computeIfAbsent(target, k -> new Gathered(e.getValue().type));
        into.absorb(e.getValue(), target, joined, e.getKey().equals(target));
      }
      // Co-mentions are shown by the names the entries show.
      Map<String, String> shown = new HashMap<>();
      merged.forEach((k, g) -> shown.put(k, g.type.name() + ":" + g.name()));
      Comparator<String> byDate = Comparator
          .comparing((String id) -> dates.getOrDefault(id, LocalDate.MAX))
          .thenComparing(Comparator.naturalOrder());
      List<Entry> entries = new ArrayList<>();
      for (Gathered g : merged.values()) {
        entries.add(g.entry(byDate, dates, shown));
      }
      entries.sort(Comparator.comparingInt(Entry::mentions).reversed()
          .thenComparing(Entry::type).thenComparing(Entry::name));
      return new EntityIndex(entries);
    }
  }

  /**
   * One-word canonical names joined to the one longer name of their type that ends or begins with
   * them, where there is exactly one: key to key.
   */
  private static Map<String, String> joinedNames(Set<String> keys) {
    Map<String, List<String>> longerByWord = new HashMap<>();
    for (String k : keys) {
      String[] words = name(k).split(" ");
      if (words.length > 1) {
        String type = k.substring(0, k.indexOf(':'));
        longerByWord.computeIfAbsent(type + ":" + words[words.length - 1], w -> new ArrayList<>())
            .add(k);
        if (!words[0].equals(words[words.length - 1])) {
          longerByWord.computeIfAbsent(type + ":" + words[0], w -> new ArrayList<>()).add(k);
        }
      }
    }
    Map<String, String> joined = new HashMap<>();
    for (String k : keys) {
      List<String> longer = longerByWord.get(k);
      if (!name(k).contains(" ") && longer != null && longer.size() == 1) {
        joined.put(k, longer.get(0));
      }
    }
    return joined;
  }

  private static String key(EntityType type, String canonical) {
    return type.name() + ":" + ArabicNormalizer.matching().normalizeToString(canonical).strip();
  }

  private static String name(String key) {
    return key.substring(key.indexOf(':') + 1);
  }

  /** An entry as it is gathered. */
  private static final class Gathered {
    final EntityType type;
    /** The canonical names' spellings and how often each was seen, in the order first seen. */
    final Map<String, Integer> spellings = new LinkedHashMap<>();
    int mentions;
    final Set<String> articles = new LinkedHashSet<>();
    final Set<Title> titles = new LinkedHashSet<>();
    final List<QuoteRef> quotes = new ArrayList<>();
    final Map<String, Integer> co = new HashMap<>();

    Gathered(EntityType type) {
      this.type = type;
    }

    /** The most frequent spelling, the first seen on a tie. */
    String name() {
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : spellings.entrySet()) {
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      return best;
    }

    /**
     * Takes {@code other}'s mentions, its co-mentions renamed by {@code joined}; its spellings
     * only when it is {@code self}'s own ({@code own}), not a one-word name joined to it.
     */
    void absorb(Gathered other, String self, Map<String, String> joined, boolean own) {
      mentions += other.mentions;
      if (own) {
        other.spellings.forEach((k, n) -> spellings.merge(k, n, Integer::sum));
      }
      articles.addAll(other.articles);
      titles.addAll(other.titles);
      quotes.addAll(other.quotes);
      other.co.forEach((k, n) -> {
        String target = joined.getOrDefault(k, k);
        if (!target.equals(self)) {
          co.merge(target, n, Integer::sum);
        }
      });
    }

    Entry entry(Comparator<String> byDate, Map<String, LocalDate> dates,
        Map<String, String> shown) {
      List<String> ids = new ArrayList<>(articles);
      ids.sort(byDate);
      Optional<LocalDate> first = ids.stream().map(dates::get).filter(Objects::nonNull)
          .min(Comparator.naturalOrder());
      Optional<LocalDate> last = ids.stream().map(dates::get).filter(Objects::nonNull)
          .max(Comparator.naturalOrder());
      Map<String, Integer> top = new LinkedHashMap<>();
      co.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(CO_MENTIONS)
          .forEach(e -> top.put(shown.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
      List<QuoteRef> sorted = new ArrayList<>(quotes);
      sorted.sort(Comparator.comparing(QuoteRef::article, byDate));
      return new Entry(type, name(), mentions, ids, first, last, new ArrayList<>(titles), sorted,
          top);
    }
  }
}
