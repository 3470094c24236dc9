package org.khabar.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.models.ner.Genre;

/**
 * The {@code khabar} command-line tool: turns UTF-8 text files into structured articles, written
 * as JSON lines, one JSON array, or a readable text view, always in UTF-8 whatever the platform
 * charset.
 *
 * <pre>
 * java -jar examples/target/khabar.jar [--format jsonl|json|text|html] [--out DIR]
 *     [--published YYYY-MM-DD] [--genre news|encyclopedic] [--progress] [--quiet] PATH...
 * </pre>
 *
 * <p>Standard output carries only the articles. Standard error carries warnings, a progress bar
 * when more than one file is processed and standard error is a terminal (or {@code --progress} is
 * given), and a one-line summary at the end (articles, sentences, entities by type, quotes, time
 * taken); {@code --quiet} leaves out the bar and the summary. The bar is wiped before each article
 * is written, so a terminal showing both streams never mixes them on one line.
 *
 * <p>Exit status: 0 when every file was processed; 1 when some file was skipped (not valid UTF-8,
 * unreadable, or failed in the pipeline), each with a message on standard error naming it, the
 * others still processed; 2 on a usage error (unknown option, bad value, no PATH, a PATH that does
 * not exist or cannot be read), with nothing processed.
 */
public final class KhabarCli {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar khabar.jar [--format jsonl|json|text|html] [--out DIR]",
          "                            [--published YYYY-MM-DD] [--genre news|encyclopedic]",
          "                            [--progress] [--quiet] PATH...",
          "",
          "Turns Arabic news text into structured articles: blocks, sentences, tokens, entities,",
          "quotes with their speakers.",
          "",
          "  PATH                a UTF-8 text file, or a folder: its *.txt files, sorted by name,",
          "                      not recursive; the file name is the article's id",
          "  --format jsonl      one JSON object per article and line (default)",
          "  --format json       one pretty-printed JSON array of all articles",
          "  --format text       a readable view: blocks, sentences, tokens, entities, quotes",
          "  --format html       one self-contained right-to-left HTML page with all articles,",
          "                      an index and a legend (entities, quotes, dates highlighted)",
          "  --out DIR           with --format html: one page per article in DIR, and",
          "                      DIR/index.html; nothing on standard output",
          "  --published DATE    the publication date of every article, as YYYY-MM-DD",
          "  --genre GENRE       the kind of text, for the name finder: news (default) or",
          "                      encyclopedic (Wikipedia-like background articles)",
          "  --progress          show a progress bar on standard error even when it is not a",
          "                      terminal (shown by default on a terminal for several files)",
          "  -q, --quiet         no progress bar and no summary on standard error",
          "  -h, --help          print this help and exit",
          "",
          "All start/end offsets are half-open UTF-16 offsets into \"text\"; a leading byte order",
          "mark is dropped before offsets count. Exit status: 0 all files processed, 1 some file",
          "skipped (a warning names it), 2 usage error.",
          "");

  private final Function<Genre, Khabar> pipelines;
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
   * turns the progress bar on by default.
   */
  public KhabarCli(Khabar khabar, boolean errIsTerminal) {
    this(constant(Objects.requireNonNull(khabar, "khabar")), errIsTerminal);
  }

  /**
   * A tool running the pipeline {@code pipelines} gives for the {@code --genre} of the command
   * line (asked once per run).
   */
  public KhabarCli(Function<Genre, Khabar> pipelines, boolean errIsTerminal) {
    this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
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
    int status =
        new KhabarCli(Examples::pipeline, Terminals.isStderrTerminal()).runWith(args, out, err);
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the tool with the pipelines of {@link Examples#pipeline(Genre)}; returns the exit
   * status.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new KhabarCli(Examples::pipeline, false).runWith(args, out, err);
  }

  /**
   * Runs the tool on {@code args}, writing articles to {@code out} (as UTF-8 bytes) and messages
   * to {@code err}; returns the exit status. Never calls {@code System.exit}.
   */
  public int runWith(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(args);
    } catch (CliArguments.UsageException e) {
      return usageError(err, e.getMessage());
    }
    if (arguments.help()) {
      out.print(USAGE);
      out.flush();
      return 0;
    }
    List<Path> files = new ArrayList<>();
    for (Path path : arguments.paths()) {
      if (!Files.exists(path)) {
        return usageError(err, "no such file or folder: " + path);
      }
      if (!Files.isReadable(path)) {
        return usageError(err, "cannot read: " + path);
      }
      try {
        List<Path> found = InputFiles.expand(path);
        if (found.isEmpty()) {
          err.println("khabar: warning: no .txt files in folder " + path);
        }
        files.addAll(found);
      } catch (IOException e) {
        return usageError(err, "cannot list folder " + path + ": " + e.getMessage());
      }
    }
    try {
      return process(arguments, files, out, err);
    } catch (IOException e) {
      err.println("khabar: error: cannot write output: " + e.getMessage());
      return 1;
    }
  }

  private int process(CliArguments arguments, List<Path> files, PrintStream out, PrintStream err)
      throws IOException {
    long started = System.nanoTime();
    Khabar khabar = pipelines.apply(arguments.genre());
    Output output = Output.of(arguments, out);
    RunSummary summary = new RunSummary();
    boolean showBar =
        !arguments.quiet() && files.size() > 1 && (arguments.progress() || errIsTerminal);
    ProgressBar bar = showBar ? new ProgressBar(err, files.size()) : null;
    int status = 0;
    int done = 0;
    for (Path file : files) {
      if (bar != null) {
        bar.update(done, file.getFileName().toString());
      }
      done++;
      Article article;
      try {
        String text = InputFiles.read(file);
        String id = file.getFileName().toString();
        article = khabar.process(new ArticleSource(id, text, arguments.published()));
      } catch (InputFiles.NotUtf8Exception e) {
        clear(bar);
        err.println("khabar: warning: skipping " + file + ": " + e.getMessage());
        summary.skip();
        status = 1;
        continue;
      } catch (IOException e) {
        clear(bar);
        err.println("khabar: error: skipping " + file + ": cannot read: " + e);
        summary.skip();
        status = 1;
        continue;
      } catch (RuntimeException e) {
        clear(bar);
        err.println("khabar: error: skipping " + file + ": processing failed: " + e);
        summary.skip();
        status = 1;
        continue;
      }
      clear(bar);
      output.write(article);
      summary.add(article);
      if (bar != null) {
        out.flush(); // what is written lands before the bar is drawn again
      }
      if (out.checkError()) {
        // The reader went away (a closed pipe): stop quietly rather than process the rest.
        return 1;
      }
    }
    if (bar != null) {
      bar.update(done, "");
      bar.clear();
    }
    output.finish();
    if (!arguments.quiet()) {
      err.println(summary.format(System.nanoTime() - started));
    }
    return out.checkError() ? 1 : status;
  }

  private static void clear(ProgressBar bar) {
    if (bar != null) {
      bar.clear();
    }
  }

  private static int usageError(PrintStream err, String message) {
    err.println("khabar: error: " + message);
    err.println("Try 'java -jar khabar.jar --help' for more information.");
    return 2;
  }

  /** Writes articles in one format; {@link #finish} completes and flushes the output. */
  private interface Output {
    void write(Article article) throws IOException;

    void finish() throws IOException;

    static Output of(CliArguments arguments, PrintStream out) throws IOException {
      switch (arguments.format()) {
        case JSON:
          return new JsonArrayOutput(out);
        case TEXT:
          return new TextOutput(out);
        case HTML:
          return arguments.outDir().isPresent()
              ? new HtmlFilesOutput(arguments.outDir().get())
              : new HtmlPageOutput(out);
        case JSONL:
        default:
          return new JsonLinesOutput(out);
      }
    }
  }

  private static final class JsonLinesOutput implements Output {
    private final PrintStream out;

    JsonLinesOutput(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(Article article) throws IOException {
      try (JsonGenerator g = ArticleJson.generator(out)) {
        ArticleJson.write(g, article);
      }
      out.write('\n');
    }

    @Override
    public void finish() {
      out.flush();
    }
  }

  private static final class JsonArrayOutput implements Output {
    private final JsonGenerator g;

    JsonArrayOutput(PrintStream out) throws IOException {
      g = ArticleJson.generator(out);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartArray();
    }

    @Override
    public void write(Article article) throws IOException {
      ArticleJson.write(g, article);
    }

    @Override
    public void finish() throws IOException {
      g.writeEndArray();
      g.writeRaw('\n');
      g.close();
    }
  }

  private static final class TextOutput implements Output {
    private final Writer writer;

    TextOutput(PrintStream out) {
      writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(Article article) throws IOException {
      ArticleTextView.write(article, writer);
    }

    @Override
    public void finish() throws IOException {
      writer.flush();
    }
  }

  /** One HTML page for all articles on standard output, streamed; the index comes last. */
  private static final class HtmlPageOutput implements Output {
    private final Writer writer;
    private final List<String> ids = new ArrayList<>();

    HtmlPageOutput(PrintStream out) throws IOException {
      writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      ArticleHtml.writeHead(writer, "Khabar");
    }

    @Override
    public void write(Article article) throws IOException {
      ArticleHtml.writeArticle(article, ids.size(), writer);
      ids.add(article.id());
      writer.flush();
    }

    @Override
    public void finish() throws IOException {
      ArticleHtml.writeTail(ids, writer);
      writer.flush();
    }
  }

  /** One HTML page per article in a folder, and an index page linking them. */
  private static final class HtmlFilesOutput implements Output {
    private final Path dir;
    private final List<String> ids = new ArrayList<>();
    private final List<String> files = new ArrayList<>();

    HtmlFilesOutput(Path dir) throws IOException {
      this.dir = dir;
      Files.createDirectories(dir);
    }

    @Override
    public void write(Article article) throws IOException {
      String name = fileNameFor(article.id());
      Files.writeString(dir.resolve(name), ArticleHtml.page(List.of(article)),
          StandardCharsets.UTF_8);
      ids.add(article.id());
      files.add(name);
    }

    private String fileNameFor(String id) {
      String base = id.replaceFirst("\\.txt$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
      if (base.isEmpty() || base.startsWith(".")) {
        base = "article" + base;
      }
      String name = base + ".html";
      for (int n = 2; files.contains(name) || name.equals("index.html"); n++) {
        name = base + "-" + n + ".html";
      }
      return name;
    }

    @Override
    public void finish() throws IOException {
      StringBuilder sb = new StringBuilder();
      ArticleHtml.writeHead(sb, "Khabar");
      sb.append("<nav class=\"kh-index\"><h2>المقالات (").append(ids.size()).append(")</h2>\n<ol>\n");
      for (int i = 0; i < ids.size(); i++) {
        sb.append("<li><a href=\"").append(ArticleHtml.escape(files.get(i))).append("\">")
            .append(ArticleHtml.escape(ids.get(i))).append("</a></li>\n");
      }
      sb.append("</ol></nav>\n");
      ArticleHtml.writeTail(List.of(), sb);
      Files.writeString(dir.resolve("index.html"), sb.toString(), StandardCharsets.UTF_8);
    }
  }
}
