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
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;

/**
 * The {@code khabar} command-line tool: turns UTF-8 text files into structured articles, written
 * as JSON lines, one JSON array, or a readable text view, always in UTF-8 whatever the platform
 * charset.
 *
 * <pre>
 * java -jar examples/target/khabar.jar [--format jsonl|json|text] [--published YYYY-MM-DD] PATH...
 * </pre>
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
          "Usage: java -jar khabar.jar [--format jsonl|json|text] [--published YYYY-MM-DD] PATH...",
          "",
          "Turns Arabic news text into structured articles: blocks, sentences, tokens, entities.",
          "",
          "  PATH                a UTF-8 text file, or a folder: its *.txt files, sorted by name,",
          "                      not recursive; the file name is the article's id",
          "  --format jsonl      one JSON object per article and line (default)",
          "  --format json       one pretty-printed JSON array of all articles",
          "  --format text       a readable view: blocks, sentences, tokens",
          "  --published DATE    the publication date of every article, as YYYY-MM-DD",
          "  -h, --help          print this help and exit",
          "",
          "All start/end offsets are half-open UTF-16 offsets into \"text\"; a leading byte order",
          "mark is dropped before offsets count. Exit status: 0 all files processed, 1 some file",
          "skipped (a warning names it), 2 usage error.",
          "");

  private final Khabar khabar;

  /** A tool running {@code khabar} over its inputs. */
  public KhabarCli(Khabar khabar) {
    this.khabar = Objects.requireNonNull(khabar, "khabar");
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
    int status = new KhabarCli(Khabar.defaults()).runWith(args, out, err);
    out.flush();
    System.exit(status);
  }

  /** Runs the tool with the default pipeline; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new KhabarCli(Khabar.defaults()).runWith(args, out, err);
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
    Output output = Output.of(arguments.format(), out);
    int status = 0;
    for (Path file : files) {
      Article article;
      try {
        String text = InputFiles.read(file);
        String id = file.getFileName().toString();
        article = khabar.process(new ArticleSource(id, text, arguments.published()));
      } catch (InputFiles.NotUtf8Exception e) {
        err.println("khabar: warning: skipping " + file + ": " + e.getMessage());
        status = 1;
        continue;
      } catch (IOException e) {
        err.println("khabar: error: skipping " + file + ": cannot read: " + e);
        status = 1;
        continue;
      } catch (RuntimeException e) {
        err.println("khabar: error: skipping " + file + ": processing failed: " + e);
        status = 1;
        continue;
      }
      output.write(article);
      if (out.checkError()) {
        // The reader went away (a closed pipe): stop quietly rather than process the rest.
        return 1;
      }
    }
    output.finish();
    return out.checkError() ? 1 : status;
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

    static Output of(CliArguments.Format format, PrintStream out) throws IOException {
      switch (format) {
        case JSON:
          return new JsonArrayOutput(out);
        case TEXT:
          return new TextOutput(out);
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
}
