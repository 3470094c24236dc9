package org.khabar.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ner.Genre;

/**
 * The parsed command line of {@link KhabarCli}. Immutable.
 *
 * <p>Accepts {@code --format FORMAT} or {@code --format=FORMAT}, {@code --published DATE} or
 * {@code --published=DATE}, {@code --out DIR} or {@code --out=DIR} (HTML only: one page per
 * article), {@code --genre news|encyclopedic} or {@code --genre=...}, {@code --fields LIST} or
 * {@code --fields=LIST} (JSON only: the layers to write), {@code --max-bytes N} (the largest file
 * read, with an optional suffix k, M or G), {@code --input text|jsonl}, {@code --words DIR} (a
 * folder of word lists added to the bundled ones), {@code --progress},
 * {@code --quiet}, {@code -h}/{@code --help}, {@code --version}, and {@code --} to end the
 * options; every other
 * argument is a path, {@code -} standing for standard input (once at most). A repeated option
 * keeps its last value.
 *
 * @param format the output format
 * @param published the publication date given to every article, if any
 * @param paths the files and folders to read, in the order given
 * @param help whether help was asked for (then the other fields are defaults)
 * @param outDir the folder to write one HTML page per article into, if any
 * @param progress whether to show a progress bar on standard error even when it is not a terminal
 * @param quiet whether to leave out the progress bar and the summary
 * @param genre the kind of text the name finder is told it reads
 * @param fields the layers the JSON formats write (every layer unless {@code --fields} says)
 * @param version whether the version was asked for (then the other fields are defaults)
 * @param maxBytes the largest file read, if {@code --max-bytes} says (else the tool's default)
 * @param input what each input holds: one article as text, or JSON lines of articles
 * @param words a folder of word lists that add to the bundled ones ({@code LanguageResources})
 */
public record CliArguments(
    Format format,
    Optional<LocalDate> published,
    List<Path> paths,
    boolean help,
    Optional<Path> outDir,
    boolean progress,
    boolean quiet,
    Genre genre,
    Set<Layer> fields,
    boolean version,
    Optional<Long> maxBytes,
    Input input,
    Optional<Path> words) {

  /** What an input holds. */
  public enum Input {
    /**
     * One article, as UTF-8 text, or as an HTML page when its name ends in {@code .html} or
     * {@code .htm}; a folder stands for its {@code *.txt}, {@code *.html} and {@code *.htm} files.
     */
    TEXT,
    /**
     * JSON lines, one article a line ({@code id}, {@code text} or {@code html}, {@code url},
     * {@code published}); a folder stands
     * for its {@code *.jsonl} files.
     */
    JSONL;

    /** The name on the command line. */
    public String optionValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The endings of the files a folder stands for, in lower case. */
    List<String> extensions() {
      return this == TEXT ? List.of(".txt", ".html", ".htm") : List.of(".jsonl");
    }
  }

  /** The path that stands for standard input. */
  public static final Path STDIN = Path.of("-");

  /** The output formats. */
  public enum Format {
    /** One compact JSON object per article and line. */
    JSONL,
    /** One pretty-printed JSON array of all articles. */
    JSON,
    /** A readable view: blocks, sentences and tokens. */
    TEXT,
    /** A self-contained right-to-left HTML page with highlighted entities, quotes and dates. */
    HTML;

    /** The name on the command line. */
    public String optionValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A caller mistake on the command line; the message names the bad argument. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  public CliArguments {
    paths = List.copyOf(paths);
    Objects.requireNonNull(genre, "genre");
    fields = Set.copyOf(fields);
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(words, "words");
  }

  /**
   * Arguments with no output folder, progress bar option or quiet option, for news, every layer.
   */
  public CliArguments(Format format, Optional<LocalDate> published, List<Path> paths, boolean help) {
    this(format, published, paths, help, Optional.empty(), false, false, Genre.NEWS,
        EnumSet.allOf(Layer.class), false, Optional.empty(), Input.TEXT, Optional.empty());
  }

  /** Parses {@code args}; never returns without paths unless help was asked for. */
  public static CliArguments parse(String... args) throws UsageException {
    Format format = Format.JSONL;
    Optional<LocalDate> published = Optional.empty();
    Optional<Path> outDir = Optional.empty();
    boolean progress = false;
    boolean quiet = false;
    Genre genre = Genre.NEWS;
    Set<Layer> fields = EnumSet.allOf(Layer.class);
    boolean fieldsGiven = false;
    Optional<Long> maxBytes = Optional.empty();
    Input input = Input.TEXT;
    Optional<Path> words = Optional.empty();
    List<Path> paths = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        paths.add(toPath(arg));
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        return new CliArguments(Format.JSONL, Optional.empty(), List.of(), true);
      }
      if (arg.equals("--version")) {
        return new CliArguments(Format.JSONL, Optional.empty(), List.of(), false,
            Optional.empty(), false, false, Genre.NEWS, EnumSet.allOf(Layer.class), true,
            Optional.empty(), Input.TEXT, Optional.empty());
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--format":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          format = parseFormat(value);
          break;
        case "--published":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          published = Optional.of(parseDate(value));
          break;
        case "--out":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          outDir = Optional.of(toPath(value));
          break;
        case "--genre":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          genre = parseGenre(value);
          break;
        case "--fields":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          fields = parseFields(value);
          fieldsGiven = true;
          break;
        case "--max-bytes":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          maxBytes = Optional.of(parseBytes(value));
          break;
        case "--input":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          input = parseInput(value);
          break;
        case "--words":
          if (value == null) {
            value = valueAfter(args, i++, name);
          }
          words = Optional.of(toPath(value));
          if (!Files.isDirectory(words.get())) {
            throw new UsageException("--words: not a folder: " + value);
          }
          break;
        case "--progress":
          noValue(name, value);
          progress = true;
          break;
        case "--quiet":
        case "-q":
          noValue(name, value);
          quiet = true;
          break;
        default:
          throw new UsageException("unknown option '" + name + "'");
      }
    }
    if (paths.isEmpty()) {
      throw new UsageException("no PATH given");
    }
    if (outDir.isPresent() && format != Format.HTML) {
      throw new UsageException("--out is only for --format html (got --format "
          + format.optionValue() + ")");
    }
    if (fieldsGiven && format != Format.JSONL && format != Format.JSON) {
      throw new UsageException("--fields is only for --format jsonl or json (got --format "
          + format.optionValue() + ")");
    }
    if (paths.stream().filter(STDIN::equals).count() > 1) {
      throw new UsageException("'-' (standard input) given more than once");
    }
    return new CliArguments(format, published, paths, false, outDir, progress, quiet, genre,
        fields, false, maxBytes, input, words);
  }

  /** A positive number of bytes, with an optional suffix k, M or G (powers of 1024). */
  private static long parseBytes(String value) throws UsageException {
    String digits = value;
    long unit = 1;
    if (!value.isEmpty()) {
      switch (Character.toUpperCase(value.charAt(value.length() - 1))) {
        case 'K' -> unit = 1L << 10;
        case 'M' -> unit = 1L << 20;
        case 'G' -> unit = 1L << 30;
        default -> unit = 1;
      }
      if (unit > 1) {
        digits = value.substring(0, value.length() - 1);
      }
    }
    try {
      long n = Long.parseLong(digits);
      if (n >= 1 && n <= Long.MAX_VALUE / unit) {
        return n * unit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--max-bytes: '" + value
        + "' is not a positive number of bytes (such as 5000000, 64M or 2G)");
  }

  /** A comma-separated list of layer names, such as {@code entities,quotes}; may be empty. */
  private static Set<Layer> parseFields(String value) throws UsageException {
    Set<Layer> fields = EnumSet.noneOf(Layer.class);
    for (String name : value.split(",", -1)) {
      String field = name.strip();
      if (field.isEmpty() && value.isBlank()) {
        continue; // --fields '' writes no layer
      }
      try {
        fields.add(Layer.ofFieldName(field));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--fields: " + e.getMessage());
      }
    }
    return fields;
  }

  private static Genre parseGenre(String value) throws UsageException {
    try {
      return Genre.of(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown genre '" + value + "' (expected news or encyclopedic)");
    }
  }

  private static void noValue(String name, String value) throws UsageException {
    if (value != null) {
      throw new UsageException("option '" + name + "' takes no value");
    }
  }

  private static String valueAfter(String[] args, int i, String name) throws UsageException {
    if (i + 1 >= args.length) {
      throw new UsageException("option '" + name + "' needs a value");
    }
    return args[i + 1];
  }

  private static Format parseFormat(String value) throws UsageException {
    for (Format f : Format.values()) {
      if (f.optionValue().equals(value)) {
        return f;
      }
    }
    throw new UsageException("unknown format '" + value + "' (expected jsonl, json, text or html)");
  }

  private static Input parseInput(String value) throws UsageException {
    for (Input in : Input.values()) {
      if (in.optionValue().equals(value)) {
        return in;
      }
    }
    throw new UsageException("unknown input '" + value + "' (expected text or jsonl)");
  }

  private static LocalDate parseDate(String value) throws UsageException {
    try {
      return LocalDate.parse(value); // ISO_LOCAL_DATE, strict: 2025-02-30 is rejected
    } catch (DateTimeParseException e) {
      throw new UsageException("--published: '" + value + "' is not a date in the form YYYY-MM-DD");
    }
  }

  private static Path toPath(String arg) throws UsageException {
    try {
      return Path.of(arg);
    } catch (InvalidPathException e) {
      throw new UsageException("invalid path '" + arg + "': " + e.getReason());
    }
  }
}
