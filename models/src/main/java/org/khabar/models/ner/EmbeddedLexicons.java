package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The word lists a model with Khabar's Arabic features carries inside its file, so that it decodes
 * the same whatever ICU4J and models jar run it: the place names its gazetteer marks (computed from
 * CLDR when the model was trained) and its word clusters. Each is a UTF-8 text artifact of the
 * model ({@code .txt}, which OpenNLP stores and reads as bytes); a model without them (made before
 * they were embedded) reads CLDR and the class path as it did. Stateless; thread-safe.
 */
public final class EmbeddedLexicons {

  /** The model artifact with the place names, one per line, sorted. */
  public static final String PLACES = "khabar-places.txt";

  /** The model artifact with the word clusters, as {@code word<TAB>cluster<TAB>...} lines. */
  public static final String CLUSTERS = "khabar-word-clusters.txt";

  private static final Pattern GAZETTEERS =
      Pattern.compile("<bool name=\"gazetteers\">\\s*true\\s*</bool>");

  private EmbeddedLexicons() {}

  /**
   * The artifacts to embed in a model whose feature descriptor is {@code descriptor}: the place
   * names the running ICU4J gives, when its features mark places, and the word clusters of the
   * class-path resource it names. Empty for a descriptor that is not Khabar's Arabic features.
   * Pass it as the resources of OpenNLP's {@code TokenNameFinderFactory} and model.
   *
   * @param descriptor a feature-generator descriptor, UTF-8
   * @return artifact name to bytes, in a stable order; unmodifiable
   * @throws IllegalStateException if the clusters resource it names is missing
   */
  public static Map<String, Object> forDescriptor(byte[] descriptor) {
    Objects.requireNonNull(descriptor, "descriptor");
    Map<String, Object> out = new LinkedHashMap<>();
    if (!ArabicFeatureDescriptor.isArabic(descriptor)) {
      return Map.of();
    }
    if (GAZETTEERS.matcher(new String(descriptor, UTF_8)).find()) {
      out.put(PLACES, placesText(CldrPlaceNames.all()));
    }
    Set<String> clusters = ArabicFeatureDescriptor.words(descriptor, "clusters");
    if (clusters.size() == 1) {
      out.put(CLUSTERS, classPathBytes(clusters.iterator().next()));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The place names in an embedded places artifact.
   *
   * @param artifact the artifact's bytes
   * @return the names, one per non-blank line
   */
  static List<String> places(byte[] artifact) {
    return new String(artifact, UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }

  /** {@code names} sorted, one per line, UTF-8: the places artifact. */
  static byte[] placesText(Iterable<String> names) {
    TreeSet<String> sorted = new TreeSet<>();
    names.forEach(sorted::add);
    return (String.join("\n", sorted) + "\n").getBytes(UTF_8);
  }

  /**
   * The SHA-256 of {@code bytes}, lower-case hex: the key under which an artifact's table is kept,
   * and a model file's digest ({@link DecoderCompiler} records it).
   */
  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The bytes of class-path resource {@code resource} (no leading slash): a word-cluster file. */
  static byte[] classPathBytes(String resource) {
    try (InputStream in = EmbeddedLexicons.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word-cluster resource missing: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word clusters " + resource, e);
    }
  }
}
