package org.khabar.examples;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.html.HtmlExtractor;

/**
 * One run of {@link KhabarCli} over its inputs: reads each article, processes it, writes it, and
 * reports on standard error each one it skips, with the reason, going on with the next. Not
 * thread-safe; one per run.
 */
final class CliRun {

  /** Reads one article; may fail as reading does. */
  private interface Source {
    CliInput read() throws IOException;
  }

  private final Khabar khabar;
  private final CliOutput output;
  private final RunSummary summary;
  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final long maxBytes;
  private final ProgressBar bar;
  private final HtmlExtractor extractor;

  /** Whether some article was skipped. */
  boolean skipped;

  CliRun(Khabar khabar, CliOutput output, RunSummary summary, InputStream stdin, PrintStream out,
      PrintStream err, long maxBytes, ProgressBar bar, HtmlExtractor extractor) {
    this.extractor = extractor;
    this.khabar = khabar;
    this.output = output;
    this.summary = summary;
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.maxBytes = maxBytes;
    this.bar = bar;
  }

  /**
   * The text file {@code file} (or standard input, {@code -}) as one article, its file name the
   * id ({@code -} for standard input); a file named {@code .html} or {@code .htm} is read as an
   * HTML page ({@link CliInput#html}).
   *
   * @return false when the output can no longer be written
   * @throws IOException if the output fails
   */
  boolean file(Path file, Optional<LocalDate> published) throws IOException {
    if (file.equals(CliArguments.STDIN)) {
      return article("standard input",
          () -> CliInput.text("-", InputFiles.decode(readAtMost(stdin)), published));
    }
    return article(file.toString(), () -> {
      InputFiles.check(file, maxBytes);
      String id = file.getFileName().toString();
      return InputFiles.isHtml(file)
          ? CliInput.html(extractor, id, Files.readAllBytes(file), published)
          : CliInput.text(id, InputFiles.read(file), published);
    });
  }

  /**
   * The JSON lines of {@code file} (or standard input, {@code -}), one article a line ({@link
   * FeedLines}); a line that gives none is reported with its number and skipped.
   *
   * @return false when the output can no longer be written
   * @throws IOException if the output fails
   */
  boolean feed(Path file, Optional<LocalDate> published) throws IOException {
    boolean stdIn = file.equals(CliArguments.STDIN);
    String name = stdIn ? "-" : file.getFileName().toString();
    String label = stdIn ? "standard input" : file.toString();
    FeedLines.Line line = null;
    try {
      if (!stdIn) {
        InputFiles.check(file, Long.MAX_VALUE);
      }
      InputStream in = stdIn ? stdin : Files.newInputStream(file);
      try (InputStream buffered = new BufferedInputStream(in, 1 << 16)) {
        FeedLines lines = new FeedLines(buffered, name, maxBytes, published, extractor);
        while ((line = lines.next()) != null) {
          FeedLines.Line l = line;
          String where = label + ":" + l.number();
          if (l.problem() != null) {
            skip("warning: skipping " + where + ": " + l.problem());
          } else if (!article(where, l::source)) {
            return false;
          }
        }
      }
    } catch (InputFiles.SkippedFileException e) {
      skip("warning: skipping " + label + ": " + e.getMessage());
    } catch (IOException e) {
      if (out.checkError()) {
        throw e;
      }
      long at = line == null ? 0 : line.number();
      skip("error: stopped reading " + label + " after line " + at + ": " + e);
    }
    return true;
  }

  /** Processes and writes one article; false when the output can no longer be written. */
  private boolean article(String label, Source source) throws IOException {
    Article article = null;
    String problem;
    try {
      article = source.read().process(khabar);
      output.write(article);
      problem = null;
    } catch (InputFiles.SkippedFileException e) {
      problem = "warning: skipping " + label + ": " + e.getMessage();
    } catch (CliOutput.PageNotWrittenException e) {
      problem = "error: skipping " + label + ": " + e.getMessage();
    } catch (IOException e) {
      if (article != null) {
        throw e; // the output failed: nothing more can be written
      }
      problem = "error: skipping " + label + ": cannot read: " + e;
    } catch (OutOfMemoryError e) {
      problem = "error: skipping " + label + ": out of memory with a heap of "
          + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB; give Java more (-Xmx) or lower --max-bytes";
    } catch (RuntimeException | Error e) {
      problem = "error: skipping " + label + ": processing failed: " + e;
    }
    if (problem != null) {
      skip(problem);
      return true;
    }
    summary.add(article);
    if (bar != null) {
      out.flush(); // what is written lands before the bar is drawn again
    }
    // A full disk or a reader gone away (a closed pipe): nothing more can be written.
    return !out.checkError();
  }

  private void skip(String problem) {
    if (bar != null) {
      bar.clear();
    }
    err.println("khabar: " + problem);
    summary.skip();
    skipped = true;
  }

  /** All of {@code in}, refused when longer than {@link #maxBytes}. */
  private byte[] readAtMost(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new InputFiles.SkippedFileException(String.format(Locale.ROOT,
          "more than the limit of %,d bytes (--max-bytes)", maxBytes));
    }
    return bytes;
  }
}
