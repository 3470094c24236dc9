package org.khabar.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.models.ner.ArabicNameFinder;
import org.khabar.models.ner.Genre;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.OpenNlpEntityRecognizer;
import org.khabar.ner.OpenNlpExtensions;

/**
 * The models bundled with Khabar, loaded lazily, once per JVM, and verified against their committed
 * SHA-256 checksums before use.
 *
 * <p>Thread-safe: the holder idiom makes the first caller load a model and every later caller share
 * it. A missing or corrupt resource throws an {@link IllegalStateException} naming the resource.
 */
public final class DefaultModels {

  /** Class-path resource of the bundled Arabic name-finder model. */
  public static final String NAME_FINDER_RESOURCE = "/org/khabar/models/ner-ar.bin";

  private DefaultModels() {}

  /**
   * The bundled Arabic name-finder model (PERSON, LOCATION, ORGANIZATION, MISC), loaded on the
   * first call. The bundled recognizers do not use this instance: they load the model once for
   * themselves and keep only {@link ArabicNameFinder}'s compact copy of its weights, so a pipeline
   * that never calls this method does not hold OpenNLP's form of the model in memory.
   */
  public static TokenNameFinderModel nameFinderModel() {
    return NameFinderHolder.MODEL;
  }

  /**
   * The bundled recognizer: the Arabic name-finder model with within-article consistency, canonical
   * forms and person titles ({@link EntityRecognizers#resolved}). Shared; thread-safe.
   *
   * <pre>{@code
   * Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
   * }</pre>
   */
  public static EntityRecognizer entityRecognizer() {
    return BundledHolder.NEWS;
  }

  /**
   * The recognizer {@link #entityRecognizer()} is, over another name-finder {@code model}: the
   * same decoder choice and the same per-article resolution. When {@link ArabicNameFinder} decodes
   * the model, the recognizer keeps only its compact copy of the weights, not {@code model}.
   * Thread-safe.
   */
  public static EntityRecognizer entityRecognizer(TokenNameFinderModel model) {
    return EntityRecognizers.resolved(recognizer(model));
  }

  /**
   * The bundled recognizer decoding for {@code genre}: {@link Genre#NEWS} is {@link
   * #entityRecognizer()}; {@link Genre#ENCYCLOPEDIC} suits Wikipedia-like background text.
   * Thread-safe.
   */
  public static EntityRecognizer entityRecognizer(Genre genre) {
    Objects.requireNonNull(genre, "genre");
    return switch (genre) {
      case NEWS -> entityRecognizer();
      case ENCYCLOPEDIC -> BundledHolder.ENCYCLOPEDIC;
    };
  }

  /**
   * {@link #entityRecognizer(TokenNameFinderModel)} decoding for {@code genre}. Thread-safe.
   *
   * @throws IllegalArgumentException if {@code model} was trained without genre features (see
   *     {@link ArabicNameFinder#factory(TokenNameFinderModel, int, Genre)})
   */
  public static EntityRecognizer entityRecognizer(TokenNameFinderModel model, Genre genre) {
    return EntityRecognizers.resolved(new OpenNlpEntityRecognizer(
        ArabicNameFinder.factory(model, ArabicNameFinder.DEFAULT_CACHE_SIZE, genre)));
  }

  /**
   * The bundled recognizers for every genre, over one copy of the bundled model's weights; the
   * model object they were built from is not kept.
   */
  private static final class BundledHolder {
    static final EntityRecognizer NEWS;
    static final EntityRecognizer ENCYCLOPEDIC;

    static {
      Map<Genre, Supplier<TokenNameFinder>> finders =
          ArabicNameFinder.factories(
              loadNameFinder(NAME_FINDER_RESOURCE),
              ArabicNameFinder.DEFAULT_CACHE_SIZE,
              EnumSet.allOf(Genre.class));
      NEWS = bundled(finders.get(Genre.NEWS));
      ENCYCLOPEDIC = bundled(finders.get(Genre.ENCYCLOPEDIC));
    }

    private static EntityRecognizer bundled(Supplier<TokenNameFinder> finders) {
      return EntityRecognizers.resolved(new OpenNlpEntityRecognizer(finders));
    }
  }

  /**
   * A recognizer over {@code model} that uses the fast {@link ArabicNameFinder} decoder when the
   * model has Khabar's Arabic features (as the bundled model and models trained by {@code
   * TrainNer} do) and OpenNLP's {@code NameFinderME} otherwise. Raw output, as {@link
   * OpenNlpEntityRecognizer}. With the fast decoder the recognizer keeps only the decoder's compact
   * copy of the weights, not {@code model} (its {@link OpenNlpEntityRecognizer#model()} is empty).
   */
  public static OpenNlpEntityRecognizer recognizer(TokenNameFinderModel model) {
    Objects.requireNonNull(model, "model");
    return ArabicNameFinder.factory(model)
        .map(OpenNlpEntityRecognizer::new)
        .orElseGet(() -> new OpenNlpEntityRecognizer(model));
  }

  private static final class NameFinderHolder {
    static final TokenNameFinderModel MODEL = loadNameFinder(NAME_FINDER_RESOURCE);
  }

  static TokenNameFinderModel loadNameFinder(String resource) {
    byte[] bytes = verifiedBytes(resource);
    OpenNlpExtensions.register();
    try {
      return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "bundled model " + resource + " cannot be loaded: " + e.getMessage(), e);
    }
  }

  /** The bytes of {@code resource}, after checking them against {@code resource + ".sha256"}. */
  static byte[] verifiedBytes(String resource) {
    byte[] bytes = read(resource);
    String expected =
        new String(read(resource + ".sha256"), StandardCharsets.US_ASCII).strip().split("\\s+")[0];
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(expected)) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "bundled model %s is corrupt: SHA-256 %s, expected %s",
              resource,
              actual,
              expected));
    }
    return bytes;
  }

  private static byte[] read(String resource) {
    try (InputStream in = DefaultModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing from the class path: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
