package org.khabar.models;

import com.google.common.base.Suppliers;
import com.google.common.base.Throwables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.Khabar;
import org.khabar.models.ner.ArabicNameFinder;
import org.khabar.models.ner.CompiledDecoder;
import org.khabar.models.ner.Genre;
import org.khabar.ner.CountryNames;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.GivenNamePersons;
import org.khabar.ner.HeadNounNames;
import org.khabar.ner.MinistryShorthands;
import org.khabar.ner.OpenNlpEntityRecognizer;
import org.khabar.ner.OpenNlpExtensions;
import org.khabar.ner.ScoreCalibration;
import org.khabar.text.LanguageResources;

/**
 * The models bundled with Khabar, loaded lazily, once per JVM, and verified against their committed
 * SHA-256 checksums before use.
 *
 * <p>Thread-safe: the first caller loads a model and every later caller shares it. A missing or
 * corrupt resource throws an {@link IllegalStateException} naming the resource. A load that fails
 * (a corrupt jar, or an {@link OutOfMemoryError} in a small heap) keeps nothing: the next call tries
 * again, so a caller that frees memory or retries later is not left with a broken class.
 */
public final class DefaultModels {

  /** Class-path resource of the bundled Arabic name-finder model. */
  public static final String NAME_FINDER_RESOURCE = "/org/khabar/models/ner-ar.bin";

  /**
   * Class-path resource of the bundled recognizers' score calibration: lines of {@code genre raw
   * calibrated}, the knots of each genre's {@link ScoreCalibration} ({@code #} starts a comment),
   * written by {@code CalibrateNer}.
   */
  public static final String CALIBRATION_RESOURCE = "/org/khabar/models/ner-ar.calibration";

  /**
   * Class-path resource of the bundled model compiled for its decoder ({@link CompiledDecoder}),
   * which the bundled recognizers load: the build makes it from {@link #NAME_FINDER_RESOURCE}.
   */
  public static final String DECODER_RESOURCE = "/org/khabar/models/ner-ar.decoder";

  private DefaultModels() {}

  /**
   * What identifies the bundled models, for a record of what produced an output (the JSON of
   * {@code khabar-json} carries it as {@code models}): each bundled file by name, with the first 16
   * hex digits of its SHA-256, such as {@code "ner-ar.bin" -> "sha256:1f2e3d4c5b6a7980"}. The same
   * files give the same map in every release; nothing is loaded but the small calibration file.
   *
   * @return an immutable map, in a fixed order, from file name to digest
   */
  public static Map<String, String> versions() {
    return VERSIONS.get();
  }

  private static final Supplier<Map<String, String>> VERSIONS =
      Suppliers.memoize(DefaultModels::loadVersions);

  private static Map<String, String> loadVersions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put(fileName(NAME_FINDER_RESOURCE),
        digest(BundledResources.expectedSha256(NAME_FINDER_RESOURCE)));
    versions.put(fileName(CALIBRATION_RESOURCE),
        digest(BundledResources.sha256(BundledResources.read(CALIBRATION_RESOURCE))));
    return Collections.unmodifiableMap(versions);
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private static String digest(String hex) {
    return "sha256:" + hex.substring(0, 16).toLowerCase(Locale.ROOT);
  }

  /**
   * The bundled Arabic name-finder model (PERSON, LOCATION, ORGANIZATION, MISC), loaded on the
   * first call. The bundled recognizers do not use this instance: they load the model once for
   * themselves and keep only {@link ArabicNameFinder}'s compact copy of its weights, so a pipeline
   * that never calls this method does not hold OpenNLP's form of the model in memory.
   *
   * @return the bundled model
   */
  public static TokenNameFinderModel nameFinderModel() {
    return NAME_FINDER_MODEL.get();
  }

  private static final Supplier<TokenNameFinderModel> NAME_FINDER_MODEL =
      Suppliers.memoize(() -> loadNameFinder(NAME_FINDER_RESOURCE));

  /**
   * The bundled recognizer: the Arabic name-finder model with within-article consistency, canonical
   * forms and person titles ({@link EntityRecognizers#resolved}), and scores calibrated on held-out
   * news ({@link #calibration(Genre)}): a score is about the share of such names that are right,
   * span and type; merged ({@link EntityRecognizers#merged}) with the organizations Arabic builds
   * from a head noun ({@link HeadNounNames}), which the corpora the model learned from do
   * not mark (ministries, councils, unions), the names mined from news, the people found by a
   * given name after a title ({@link GivenNamePersons}, over the given names of the model's
   * features), the countries of CLDR ({@link CountryNames}) and the ministries a headline names by
   * their shorthand ({@link MinistryShorthands}); the model's organizations that run on past a
   * head-noun name are cut where Arabic ends it ({@link HeadNounNames#cut}). Shared; thread-safe.
   *
   * <pre>{@code
   * Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
   * }</pre>
   *
   * @return the bundled news recognizer
   */
  public static EntityRecognizer entityRecognizer() {
    return BUNDLED.get().get(Genre.NEWS);
  }

  /**
   * The recognizer {@link #entityRecognizer()} is, over another name-finder {@code model}: the
   * same decoder choice, the same per-article resolution and the same organization phrases, and
   * people by the given names of {@code model}'s features (none for a model without Khabar's); its
   * scores are the model's own. When {@link ArabicNameFinder} decodes the model, the recognizer
   * keeps only its compact copy of the weights, not {@code model}. Thread-safe.
   *
   * @param model a name-finder model
   * @return the resolved recognizer over it
   */
  public static EntityRecognizer entityRecognizer(TokenNameFinderModel model) {
    return withPhrases(Genre.NEWS, EntityRecognizers.resolved(recognizer(model)),
        ArabicNameFinder.givenNames(model));
  }

  /**
   * For news, the {@link NewsRecognizer} over {@code resolved}; for encyclopedic text, {@code
   * resolved} itself.
   */
  private static EntityRecognizer withPhrases(
      Genre genre, EntityRecognizer resolved, Set<String> givenNames) {
    if (genre != Genre.NEWS) {
      return resolved;
    }
    return new NewsRecognizer(resolved, MINED.get(), givenNames);
  }

  /**
   * Class-path resource of the names mined from unlabeled news ({@code NameMiner}): lines of {@code
   * type<TAB>name<TAB>count}, {@code #} starting a comment.
   */
  public static final String MINED_NAMES_RESOURCE = "/org/khabar/models/ner/mined-names.tsv";

  /**
   * The score of a mined name: the share of them that were right, span and type, on the ant-ner
   * development set (models/README.md).
   */
  public static final double MINED_NAME_SCORE = 0.95;

  private static final Supplier<EntityRecognizer> MINED =
      Suppliers.memoize(NewsRecognizer::minedNames);

  /**
   * The bundled recognizer decoding for {@code genre}, with scores calibrated for it: {@link
   * Genre#NEWS} is {@link #entityRecognizer()}; {@link Genre#ENCYCLOPEDIC} suits Wikipedia-like
   * background text. Thread-safe.
   *
   * @param genre the kind of text
   * @return the bundled recognizer for it
   */
  public static EntityRecognizer entityRecognizer(Genre genre) {
    Objects.requireNonNull(genre, "genre");
    return switch (genre) {
      case NEWS -> entityRecognizer();
      case ENCYCLOPEDIC -> BUNDLED.get().get(Genre.ENCYCLOPEDIC);
    };
  }

  /**
   * {@code recognizer}, a news recognizer of this class, finding also the names headed by the head
   * nouns added to {@code resources} ({@code ner/name-heads.txt}); {@code recognizer} itself when
   * none are added or it is not one of this class's news recognizers. Set the resolver of the same
   * resources ({@code EntityResolver.of}) on the pipeline, so that it types their names alike.
   *
   * @param recognizer a recognizer of this class
   * @param resources word lists with a desk's additions
   * @return the recognizer with them
   * @throws IllegalArgumentException if an added name head is malformed, naming it
   */
  public static EntityRecognizer withResources(
      EntityRecognizer recognizer, LanguageResources resources) {
    Objects.requireNonNull(recognizer, "recognizer");
    if (resources.added("ner/name-heads.txt").isEmpty()
        || !(recognizer instanceof NewsRecognizer news)) {
      return recognizer;
    }
    return news.withHeads(HeadNounNames.of(resources.lines("ner/name-heads.txt")));
  }

  /**
   * {@link #entityRecognizer(TokenNameFinderModel)} decoding for {@code genre}. Thread-safe.
   *
   * @param model a name-finder model trained with genre features
   * @param genre the kind of text
   * @return the resolved recognizer over it
   * @throws IllegalArgumentException if {@code model} was trained without genre features (see
   *     {@link ArabicNameFinder#factory(TokenNameFinderModel, int, Genre)})
   */
  public static EntityRecognizer entityRecognizer(TokenNameFinderModel model, Genre genre) {
    return withPhrases(genre, EntityRecognizers.resolved(new OpenNlpEntityRecognizer(
        ArabicNameFinder.factory(model, ArabicNameFinder.DEFAULT_CACHE_SIZE, genre))),
        ArabicNameFinder.givenNames(model));
  }

  /**
   * The bundled recognizers for every genre, over one copy of the bundled model's weights; the
   * model object they were built from is not kept.
   */
  private static final Supplier<Map<Genre, EntityRecognizer>> BUNDLED =
      Suppliers.memoize(DefaultModels::loadBundled);

  private static Map<Genre, EntityRecognizer> loadBundled() {
    warmCoreInBackground();
    // The model loads on another thread while this one loads the names' tables and calibrations.
    CompletableFuture<Finders> loading =
        CompletableFuture.supplyAsync(DefaultModels::bundledFinders, DefaultModels::daemon);
    HeadNounNames.standard();
    MINED.get();
    CALIBRATIONS.get();
    Finders finders;
    try {
      finders = loading.join();
    } catch (CompletionException e) {
      // The loader's own exception, with its precise message, as if it had run on this thread.
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
    Map<Genre, EntityRecognizer> bundled = new EnumMap<>(Genre.class);
    for (Genre genre : Genre.values()) {
      bundled.put(genre, withPhrases(genre, EntityRecognizers.calibrated(
          EntityRecognizers.resolved(new OpenNlpEntityRecognizer(finders.byGenre().get(genre))),
          calibration(genre)), finders.givenNames()));
    }
    return Collections.unmodifiableMap(bundled);
  }

  /** Runs {@code task} on a new daemon thread, which a JVM does not wait for to exit. */
  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "khabar-load");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts a daemon thread that runs a sentence through {@link Khabar#defaults()}, so that the
   * pipeline's own tables (clitic lexicon, sentence and date rules) load on the other core while
   * this thread loads the model: the pipeline the caller builds next finds them ready. Whatever
   * fails there fails again, and is reported, where the caller uses it.
   */
  private static void warmCoreInBackground() {
    daemon(() -> {
      try {
        Khabar.defaults().process(WARM_UP_TEXT);
      } catch (RuntimeException | Error e) {
        // Reported where the caller's own pipeline meets it.
      }
    });
  }

  /** A short article for {@link #warmCoreInBackground}: a headline, a quote, a date, a number. */
  private static final String WARM_UP_TEXT = "وزير الخارجية يزور تونس\n\n"
      + "قال الوزير يوم الاثنين 3 مارس 2025 إن \"الزيارة ناجحة\" وإن 12 اتفاقية وقعت.";

  /**
   * The bundled model's finders by genre: from its compiled form ({@link CompiledDecoder}, which
   * the models jar carries, built from the model), or from the model itself when the class path
   * has no compiled form (classes compiled outside Maven).
   */
  private static Finders bundledFinders() {
    byte[] compiled = BundledResources.readIfPresent(DECODER_RESOURCE);
    if (compiled == null) {
      TokenNameFinderModel model = loadNameFinder(NAME_FINDER_RESOURCE);
      return new Finders(ArabicNameFinder.factories(model,
          ArabicNameFinder.DEFAULT_CACHE_SIZE, EnumSet.allOf(Genre.class)),
          ArabicNameFinder.givenNames(model));
    }
    CompiledDecoder decoder = CompiledDecoder.read(compiled, DECODER_RESOURCE);
    String expected = BundledResources.expectedSha256(NAME_FINDER_RESOURCE);
    if (!decoder.modelSha256().equalsIgnoreCase(expected)) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "bundled decoder %s was compiled from a model with SHA-256 %s, but the bundled model %s"
              + " has %s: build khabar-models again",
          DECODER_RESOURCE, decoder.modelSha256(), NAME_FINDER_RESOURCE, expected));
    }
    return new Finders(ArabicNameFinder.factories(
        decoder, ArabicNameFinder.DEFAULT_CACHE_SIZE, EnumSet.allOf(Genre.class)),
        ArabicNameFinder.givenNames(decoder));
  }

  /** The bundled model's finders by genre and the given names its features mark. */
  private record Finders(Map<Genre, Supplier<TokenNameFinder>> byGenre, Set<String> givenNames) {}

  /**
   * The calibration of the bundled recognizer's scores for {@code genre}: fitted on the entities a
   * model trained without the held-out text found in it, after resolution (see models/README.md).
   * The recognizers over a model of your own ({@link #entityRecognizer(TokenNameFinderModel)})
   * are not calibrated: fit one for your model with {@link ScoreCalibration#fit} and apply it with
   * {@link EntityRecognizers#calibrated}.
   *
   * @param genre the kind of text
   * @return the calibration of the bundled recognizer for it
   */
  public static ScoreCalibration calibration(Genre genre) {
    Objects.requireNonNull(genre, "genre");
    return CALIBRATIONS.get().get(genre);
  }

  private static final Supplier<Map<Genre, ScoreCalibration>> CALIBRATIONS =
      Suppliers.memoize(() -> CalibrationFile.parse(
          CALIBRATION_RESOURCE,
          new String(BundledResources.read(CALIBRATION_RESOURCE), StandardCharsets.UTF_8)));

  /**
   * A recognizer over {@code model} that uses the fast {@link ArabicNameFinder} decoder when the
   * model has Khabar's Arabic features (as the bundled model and models trained by {@code
   * TrainNer} do) and OpenNLP's {@code NameFinderME} otherwise. Raw output, as {@link
   * OpenNlpEntityRecognizer}. With the fast decoder the recognizer keeps only the decoder's compact
   * copy of the weights, not {@code model} (its {@link OpenNlpEntityRecognizer#model()} is empty).
   *
   * @param model a name-finder model
   * @return the raw recognizer over it
   */
  public static OpenNlpEntityRecognizer recognizer(TokenNameFinderModel model) {
    Objects.requireNonNull(model, "model");
    return ArabicNameFinder.factory(model)
        .map(OpenNlpEntityRecognizer::new)
        .orElseGet(() -> new OpenNlpEntityRecognizer(model));
  }

  static TokenNameFinderModel loadNameFinder(String resource) {
    byte[] bytes = BundledResources.verifiedBytes(resource);
    OpenNlpExtensions.register();
    try {
      return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "bundled model " + resource + " cannot be loaded: " + e.getMessage(), e);
    }
  }
}
