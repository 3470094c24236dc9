package org.khabar.spark;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ModelSpec;
import org.khabar.models.ner.Genre;
import org.khabar.text.LanguageResources;

/**
 * The command line of {@link KhabarSparkJob}. Immutable.
 *
 * @param master the Spark master, or null to take spark-submit's
 * @param inputs the input paths
 * @param inputFormat how to read them
 * @param output the output folder
 * @param format what to write
 * @param published the publication date of rows that give none
 * @param layers the layers kept
 * @param models the models
 */
record JobArguments(String master, List<String> inputs, InputFormat inputFormat, String output,
    OutputFormat format, Optional<LocalDate> published, Set<Layer> layers, ModelSpec models) {

  /** How the inputs are read. */
  enum InputFormat {
    /** Text files and HTML pages: a folder's *.txt, *.html and *.htm files, the name the id. */
    TEXT,
    /** JSON lines: {@code id}, {@code text} or {@code html} and {@code url}, {@code published}. */
    JSONL,
    /** Parquet with the columns of {@link #JSONL}. */
    PARQUET
  }

  /** What is written. */
  enum OutputFormat {
    /** The command-line tool's JSON lines, one article a line. */
    JSONL,
    /** Parquet rows of {@link ArticleSchema}. */
    PARQUET
  }

  static final String USAGE = String.join("\n",
      "Usage: java -jar khabar-spark-job.jar [--master MASTER] --input PATH [--input PATH...]",
      "           --output DIR [--input-format text|jsonl|parquet] [--format jsonl|parquet]",
      "           [--published YYYY-MM-DD] [--fields LIST] [--model FILE]",
      "           [--genre news|encyclopedic] [--words DIR]",
      "",
      "  --master MASTER     e.g. local[2]; without it, the master spark-submit gives",
      "  --input PATH        a file or folder (text: its *.txt, *.html, *.htm files; jsonl:",
      "                      its JSON lines; parquet: its Parquet files); repeatable",
      "  --input-format F    text (default), jsonl or parquet",
      "  --output DIR        the articles (part files), and DIR/_errors: the id and reason of",
      "                      each article that failed; must not exist",
      "  --format F          jsonl (default): the command-line tool's JSON lines; parquet",
      "  --published DATE    the publication date of articles that give none",
      "  --fields LIST       the layers kept, from sentences,tokens,entities,quotes,times,numbers",
      "  --model FILE        a name-finder model every executor can read (default: bundled)",
      "  --genre GENRE       news (default) or encyclopedic",
      "  --words DIR         word lists adding to the bundled ones, laid out as they are",
      "                      (DIR/quote/reporting-verbs.txt, ...), a folder every executor reads");

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  static JobArguments parse(String... args) {
    String master = null;
    List<String> inputs = new ArrayList<>();
    InputFormat inputFormat = InputFormat.TEXT;
    String output = null;
    OutputFormat format = OutputFormat.JSONL;
    Optional<LocalDate> published = Optional.empty();
    Set<Layer> layers = EnumSet.allOf(Layer.class);
    String model = null;
    Genre genre = Genre.NEWS;
    String words = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--master" -> master = value;
        case "--input" -> inputs.add(value);
        case "--input-format" -> inputFormat = choice(InputFormat.class, option, value);
        case "--output" -> output = value;
        case "--format" -> format = choice(OutputFormat.class, option, value);
        case "--published" -> published = Optional.of(date(value));
        case "--fields" -> layers = layers(value);
        case "--model" -> model = value;
        case "--genre" -> genre = choice(Genre.class, option, value);
        case "--words" -> words = words(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no --input given");
    }
    if (output == null) {
      throw new IllegalArgumentException("no --output given");
    }
    ModelSpec models = (model == null ? ModelSpec.bundled() : ModelSpec.file(model))
        .withGenre(genre);
    if (words != null) {
      models = models.withWords(words);
    }
    return new JobArguments(master, List.copyOf(inputs), inputFormat, output, format, published,
        layers, models);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad " + option + " '" + value + "': one of "
          + EnumSet.allOf(type).toString().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * {@code value} once its word lists read on the driver, so that a bad folder is a usage error
   * rather than a failure on every executor.
   */
  private static String words(String value) {
    try {
      LanguageResources.builder().addFolder(Path.of(value)).build();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new IllegalArgumentException("bad --words '" + value + "': " + e.getMessage(), e);
    }
    return value;
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad --published '" + value + "': not YYYY-MM-DD");
    }
  }

  private static Set<Layer> layers(String value) {
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    for (String name : value.split(",", -1)) {
      try {
        layers.add(Layer.ofFieldName(name.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad --fields '" + value + "': " + e.getMessage());
      }
    }
    return layers;
  }
}
