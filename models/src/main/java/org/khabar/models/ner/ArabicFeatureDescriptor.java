package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the OpenNLP feature-generator descriptor for Khabar's Arabic name finder: the one place
 * where {@link ArabicFeatureGeneratorFactory} is registered with OpenNLP's extension loader.
 *
 * <p>The descriptor is stored inside every trained model, so a model loads in any JVM that has the
 * {@code models} classes on its class path. Immutable builder-style value; thread-safe.
 *
 * @param affixes emit stem prefixes and suffixes
 * @param ngrams emit character trigrams
 * @param window emit the context window
 * @param gazetteers emit CLDR place marks
 * @param givenNames given names to mark
 * @param titles words that precede person names (learned from training data)
 * @param orgHeads words that begin organization names (learned from training data)
 * @param clusters class-path resource of word clusters, or "" for none
 * @param genre the genre the model decodes for by default, for a model trained with genre features
 *     ({@link Genre}); null for none
 */
public record ArabicFeatureDescriptor(
    boolean affixes,
    boolean ngrams,
    boolean window,
    boolean gazetteers,
    Collection<String> givenNames,
    Collection<String> titles,
    Collection<String> orgHeads,
    String clusters,
    Genre genre) {

  /**
   * Copies the lists, sorted.
   *
   * @param affixes emit stem prefixes and suffixes
   * @param ngrams emit character trigrams
   * @param window emit the context window
   * @param gazetteers emit CLDR place marks
   * @param givenNames given names to mark
   * @param titles words that precede person names
   * @param orgHeads words that begin organization names
   * @param clusters class-path resource of word clusters, or "" for none
   * @param genre the genre the model decodes for by default, or null
   * @throws NullPointerException if a list or {@code clusters} is null
   */
  public ArabicFeatureDescriptor {
    givenNames = new TreeSet<>(Objects.requireNonNull(givenNames, "givenNames"));
    titles = new TreeSet<>(Objects.requireNonNull(titles, "titles"));
    orgHeads = new TreeSet<>(Objects.requireNonNull(orgHeads, "orgHeads"));
    Objects.requireNonNull(clusters, "clusters");
  }

  /**
   * The descriptor XML, UTF-8.
   *
   * @return the XML bytes
   */
  public byte[] toXml() {
    StringBuilder sb = new StringBuilder();
    sb.append("<featureGenerators cache=\"true\" name=\"nameFinder\">\n");
    sb.append("  <generator class=\"").append(ArabicFeatureGeneratorFactory.class.getName())
        .append("\">\n");
    bool(sb, "affixes", affixes);
    bool(sb, "ngrams", ngrams);
    bool(sb, "window", window);
    bool(sb, "gazetteers", gazetteers);
    str(sb, "givenNames", givenNames);
    str(sb, "titles", titles);
    str(sb, "orgHeads", orgHeads);
    str(sb, "clusters", java.util.List.of(clusters));
    if (genre != null) {
      str(sb, "genre", java.util.List.of(genre.id()));
    }
    sb.append("  </generator>\n");
    sb.append("</featureGenerators>\n");
    return sb.toString().getBytes(UTF_8);
  }

  private static void bool(StringBuilder sb, String name, boolean value) {
    sb.append("    <bool name=\"").append(name).append("\">").append(value).append("</bool>\n");
  }

  private static void str(StringBuilder sb, String name, Collection<String> words) {
    StringBuilder value = new StringBuilder();
    for (String w : words) {
      if (w.isBlank() || w.chars().anyMatch(c -> c == '<' || c == '&' || c == '>' || c <= ' ')) {
        continue;
      }
      if (value.length() > 0) {
        value.append(' ');
      }
      value.append(w);
    }
    // OpenNLP cannot read an empty element: leave the argument out, its default is empty.
    if (value.length() > 0) {
      sb.append("    <str name=\"").append(name).append("\">").append(value).append("</str>\n");
    }
  }

  /**
   * Whether {@code xml} is a descriptor of Khabar's Arabic features.
   *
   * @param xml a feature-generator descriptor, UTF-8
   * @return true when it names {@link ArabicFeatureGeneratorFactory}
   */
  static boolean isArabic(byte[] xml) {
    return new String(Objects.requireNonNull(xml, "xml"), UTF_8)
        .contains("class=\"" + ArabicFeatureGeneratorFactory.class.getName() + "\"");
  }

  /**
   * The words of list {@code name} ({@code givenNames}, {@code titles}, {@code orgHeads}) in the
   * descriptor {@code xml} of a model with Khabar's Arabic features, as {@link #toXml} writes them;
   * empty when the descriptor is not one of Khabar's or has no such list.
   *
   * @param xml a feature-generator descriptor, UTF-8
   * @param name the list's name
   * @return its words, sorted
   */
  static Set<String> words(byte[] xml, String name) {
    if (!isArabic(xml)) {
      return Set.of();
    }
    String descriptor = new String(xml, UTF_8);
    Matcher m = Pattern.compile(
        "<str name=\"" + Pattern.quote(Objects.requireNonNull(name, "name")) + "\">([^<]*)</str>")
        .matcher(descriptor);
    Set<String> out = new TreeSet<>();
    while (m.find()) {
      for (String w : m.group(1).strip().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return Set.copyOf(out);
  }
}
