package org.khabar.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.khabar.Khabar;
import org.khabar.html.HtmlExtractor;
import org.khabar.json.JsonOptions;
import org.khabar.models.DefaultModels;
import org.khabar.models.Pipeline;
import org.khabar.models.ner.Genre;

/**
 * The {@code khabar} command-line tool: turns UTF-8 text files into structured articles, written
 * as JSON lines, one JSON array, or a readable text view, always in UTF-8 whatever the platform
 * charset.
 *
 * <pre>
 * java -jar examples/target/khabar.jar [--format jsonl|json|text|html] [--out DIR]
 *     [--published YYYY-MM-DD] [--genre news|encyclopedic] [--fields LIST] [--input text|jsonl]
 *     [--words DIR] [--progress] [--quiet] PATH...
 * </pre>
 *
 * <p>Standard output carries only the articles. Standard error carries warnings, a progress bar
 * when more than one file is processed and standard error is a terminal (or {@code --progress} is
 * given), and a one-line summary at the end (articles, sentences, entities by type, quotes, time
 * taken); {@code --quiet} leaves out the bar and the summary. The bar is wiped before each article
 * is written, so a terminal showing both streams never mixes them on one line.
 *
 * <p>With {@code --input jsonl} each input is a feed of JSON lines, one article a line ({@code
 * FeedLines}); {@code -} names standard input. {@code CliRun} reads, processes and writes each
 * article and reports each one it skips.
 *
 * <p>Exit status: 0 when every file was processed; 1 when some file was skipped (not valid UTF-8,
 * unreadable, or failed in the pipeline), each with a message on standard error naming it, the
 * others still processed; 2 on a usage error (unknown option, bad value, no PATH, a PATH that does
 * not exist or cannot be read), with nothing processed; 3 when the output cannot be written (a
 * full disk, a closed pipe), with a message.
 */
public final class KhabarCli {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar khabar.jar [--format jsonl|json|text|html] [--out DIR]",
          "                            [--published YYYY-MM-DD] [--genre news|encyclopedic]",
          "                            [--fields LIST] [--input text|jsonl] [--words DIR]",
          "                            [--progress] [--quiet] PATH...",
          "       java -jar khabar.jar corpus [--format json|html] [options] PATH...",
          "",
          "Turns Arabic news text into structured articles: blocks, sentences, tokens, entities,",
          "quotes with their speakers.",
          "",
          "  PATH                a UTF-8 text file or an .html/.htm page, or a folder: its *.txt,",
          "                      *.html and *.htm files, sorted by name, not recursive; the file",
          "                      name is the article's id; - reads standard input",
          "  --format jsonl      one JSON object per article and line (default)",
          "  --format json       one pretty-printed JSON array of all articles",
          "  --format text       a readable view: blocks, sentences, tokens, entities, quotes",
          "  --format html       one self-contained right-to-left HTML page with all articles,",
          "                      an index and a legend (entities, quotes, dates highlighted)",
          "  --out DIR           with --format html: one page per article in DIR, and",
          "                      DIR/index.html; nothing on standard output",
          "  --input jsonl       each PATH is JSON lines, one article a line: {\"id\", \"text\"",
          "                      or \"html\" and \"url\", \"published\"} (a folder: its *.jsonl",
          "                      files); a bad line is reported as FILE:LINE and skipped",
          "  --published DATE    the publication date of every article, as YYYY-MM-DD (a JSON",
          "                      line's own \"published\" wins)",
          "  --genre GENRE       the kind of text, for the name finder: news (default) or",
          "                      encyclopedic (Wikipedia-like background articles)",
          "  --words DIR         word lists adding to the bundled ones, laid out as they are",
          "                      (DIR/quote/reporting-verbs.txt, DIR/time/phrases.txt, ...)",
          "  --max-bytes N       skip files larger than N bytes (suffix k, M or G allowed);",
          "                      default: (heap - 128 MB) / 128, 1 MB for -Xmx256m",
          "  --fields LIST       with --format jsonl or json: the layers to write, comma-",
          "                      separated, from sentences,tokens,entities,quotes,times,numbers",
          "                      (default: all; id, text, published and blocks are always written)",
          "  --progress          show a progress bar on standard error even when it is not a",
          "                      terminal (shown by default on a terminal for several files)",
          "  -q, --quiet         no progress bar and no summary on standard error",
          "  -h, --help          print this help and exit",
          "  --version           print the versions of Khabar and its bundled models and exit",
          "",
          "corpus: reads the articles as above and writes, instead of each article, what",
          "is across them: the groups of near-duplicates (each with its original) and the",
          "people, places and organizations with their mentions, dates, titles, quotes",
          "and co-mentions, as one JSON object, or with --format html as one page.",
          "",
          "All start/end offsets are half-open UTF-16 offsets into \"text\"; a leading byte order",
          "mark is dropped before offsets count. A file that cannot be read or processed (not",
          "UTF-8, not a regular file, too large, out of memory) is skipped with a message naming",
          "it, and the others are processed. Exit status: 0 all files processed, 1 some file",
          "skipped, 2 usage error, 3 output cannot be written.",
          "");

  /** The first argument that turns the tool to a corpus: {@code khabar corpus PATH...}. */
  static final String CORPUS = "corpus";

  /** Exit status when every file was processed. */
  static final int OK = 0;
  /** Exit status when some file was skipped. */
  static final int SKIPPED = 1;
  /** Exit status on a usage error. */
  static final int USAGE_ERROR = 2;
  /** Exit status when the output cannot be written. */
  static final int OUTPUT_ERROR = 3;

  private final Function<Genre, Khabar> pipelines;
  private final Map<String, String> models;
  private final boolean errIsTerminal;

  /**
   * A tool running {@code khabar} over its inputs whatever {@code --genre} says, with standard
   * error not a terminal.
   */
  public KhabarCli(Khabar khabar) {
    this(khabar, false);
  }

  /**
   * A tool running {@code khabar} over its inputs whatever {@code --genre} says; {@code
   * errIsTerminal} says whether the error stream given to {@link #runWith} is a terminal, which
   * turns the progress bar on by default. Its JSON names no model.
   */
  public KhabarCli(Khabar khabar, boolean errIsTerminal) {
    this(constant(Objects.requireNonNull(khabar, "khabar")), Map.of(), errIsTerminal);
  }

  /**
   * A tool running the pipeline {@code pipelines} gives for the {@code --genre} of the command
   * line (asked once per run), whose JSON names {@code models} as the models that made it.
   */
  public KhabarCli(
      Function<Genre, Khabar> pipelines, Map<String, String> models, boolean errIsTerminal) {
    this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
    this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models)); // order kept
    this.errIsTerminal = errIsTerminal;
  }

  private static Function<Genre, Khabar> constant(Khabar khabar) {
    return genre -> khabar;
  }

  /** Runs the tool with the default pipeline, on the process's standard streams, and exits. */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = new KhabarCli(Examples::pipeline, DefaultModels.versions(),
        Terminals.isStderrTerminal()).runWith(args, out, err);
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the tool with the pipelines of {@link Examples#pipeline(Genre)}; returns the exit
   * status.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new KhabarCli(Examples::pipeline, DefaultModels.versions(), false)
        .runWith(args, out, err);
  }

  /**
   * Runs the tool on {@code args}, writing articles to {@code out} (as UTF-8 bytes) and messages
   * to {@code err}; returns the exit status. Never calls {@code System.exit}.
   */
  public int runWith(String[] args, PrintStream out, PrintStream err) {
    return runWith(args, System.in, out, err);
  }

  /**
   * Runs the tool on {@code args} with {@code stdin} as the standard input {@code -} reads,
   * writing articles to {@code out} (as UTF-8 bytes) and messages to {@code err}; returns the exit
   * status. Never calls {@code System.exit}.
   */
  public int runWith(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    boolean corpus = args.length > 0 && args[0].equals(CORPUS);
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(corpus ? Arrays.copyOfRange(args, 1, args.length) : args);
    } catch (CliArguments.UsageException e) {
      return usageError(err, e.getMessage());
    }
    if (corpus && (arguments.format() == CliArguments.Format.TEXT
        || arguments.outDir().isPresent())) {
      return usageError(err, "khabar corpus writes --format json (the default) or html to"
          + " standard output; not --format text or --out");
    }
    if (arguments.help()) {
      out.print(USAGE);
      out.flush();
      return OK;
    }
    if (arguments.version()) {
      out.println(versionLine());
      out.flush();
      return OK;
    }
    List<Path> files = new ArrayList<>();
    for (Path path : arguments.paths()) {
      if (path.equals(CliArguments.STDIN)) {
        files.add(path);
        continue;
      }
      if (!Files.exists(path)) {
        return usageError(err, "no such file or folder: " + path);
      }
      if (!Files.isReadable(path)) {
        return usageError(err, "cannot read: " + path);
      }
      try {
        List<String> extensions = arguments.input().extensions();
        List<Path> found = InputFiles.expand(path, extensions);
        if (found.isEmpty()) {
          String names = extensions.size() == 1 ? extensions.get(0)
              : String.join(", ", extensions.subList(0, extensions.size() - 1)) + " or "
                  + extensions.get(extensions.size() - 1);
          err.println("khabar: warning: no " + names + " files in folder " + path);
        }
        files.addAll(found);
      } catch (IOException e) {
        return usageError(err, "cannot list folder " + path + ": " + e.getMessage());
      }
    }
    Khabar khabar = null;
    Map<String, String> runModels = models;
    HtmlExtractor pages = HtmlExtractor.defaults();
    try {
      if (arguments.words().isPresent()) {
        // The JSON names the words folder beside the models: other lists, other output; pages
        // tell their furniture by the same cue phrases as the pipeline's structurer.
        Pipeline withWords = Examples.withWords(arguments.genre(), arguments.words().get());
        khabar = withWords.khabar();
        runModels = withWords.models();
        pages = HtmlExtractor.withResources(withWords.resources());
      } else {
        khabar = pipelines.apply(arguments.genre());
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return usageError(err, "--words: " + e.getMessage());
    }
    try {
      return process(arguments, khabar, runModels, pages, corpus, files, stdin, out, err);
    } catch (IOException e) {
      err.println("khabar: error: cannot write output: " + e.getMessage());
      return OUTPUT_ERROR;
    }
  }

  /** What {@code --version} prints: Khabar's version and the bundled models'. */
  private String versionLine() {
    String line = "khabar " + Khabar.version();
    if (models.isEmpty()) {
      return line;
    }
    return line + " (models: " + models.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")) + ")";
  }

  private int process(CliArguments arguments, Khabar khabar, Map<String, String> runModels,
      HtmlExtractor pages, boolean corpus, List<Path> files, InputStream stdin, PrintStream out,
      PrintStream err) throws IOException {
    long started = System.nanoTime();
    JsonOptions json =
        JsonOptions.defaults().withLayers(arguments.fields()).withModels(runModels);
    CliOutput output = corpus
        ? new CorpusOutput(out, arguments.format() == CliArguments.Format.HTML)
        : CliOutput.of(arguments, json, out);
    RunSummary summary = new RunSummary();
    boolean showBar =
        !arguments.quiet() && files.size() > 1 && (arguments.progress() || errIsTerminal);
    ProgressBar bar = showBar ? new ProgressBar(err, files.size()) : null;
    int done = 0;
    long maxBytes = arguments.maxBytes().orElseGet(KhabarCli::defaultMaxBytes);
    CliRun run = new CliRun(khabar, output, summary, stdin, out, err, maxBytes, bar, pages);
    for (Path file : files) {
      if (bar != null) {
        bar.update(done, file.getFileName().toString());
      }
      done++;
      boolean written = arguments.input() == CliArguments.Input.JSONL
          ? run.feed(file, arguments.published())
          : run.file(file, arguments.published());
      clear(bar);
      if (!written) {
        return outputFailed(err);
      }
    }
    int status = run.skipped ? SKIPPED : OK;
    if (bar != null) {
      bar.update(done, "");
      bar.clear();
    }
    output.finish();
    if (!arguments.quiet()) {
      err.println(summary.format(System.nanoTime() - started));
    }
    return out.checkError() ? outputFailed(err) : status;
  }

  /**
   * The largest file read by default: the heap less 128 MiB for the bundled model, over 128. The
   * worst text takes about 110 bytes of heap per char while it is processed, and a char takes at
   * least one byte of the file (README, Memory), so a file this size fits whatever it holds.
   */
  static long defaultMaxBytes() {
    return Math.max(64L << 10, (Runtime.getRuntime().maxMemory() - (128L << 20)) / 128);
  }

  private static int outputFailed(PrintStream err) {
    err.println("khabar: error: cannot write output: standard output is closed or full");
    return OUTPUT_ERROR;
  }

  private static void clear(ProgressBar bar) {
    if (bar != null) {
      bar.clear();
    }
  }

  private static int usageError(PrintStream err, String message) {
    err.println("khabar: error: " + message);
    err.println("Try 'java -jar khabar.jar --help' for more information.");
    return USAGE_ERROR;
  }
}
