package org.khabar.examples;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.article.Article;
import org.khabar.json.ArticleJson;
import org.khabar.json.JsonOptions;

/** Writes articles in one format; {@link #finish} completes and flushes the output. */
interface CliOutput {
  /** Writes one article. */
  void write(Article article) throws IOException;

  /** Completes and flushes the output. */
  void finish() throws IOException;

  /** The output of the format {@code arguments} ask for. */
  static CliOutput of(CliArguments arguments, JsonOptions json, PrintStream out)
      throws IOException {
    switch (arguments.format()) {
      case JSON:
        return new JsonArrayOutput(out, json.withPretty(true));
      case TEXT:
        return new TextOutput(out);
      case HTML:
        return arguments.outDir().isPresent()
            ? new HtmlFilesOutput(arguments.outDir().get())
            : new HtmlPageOutput(out);
      case JSONL:
      default:
        return new JsonLinesOutput(out, json);
    }
  }

  final class JsonLinesOutput implements CliOutput {
    private final PrintStream out;
    private final JsonOptions options;

    JsonLinesOutput(PrintStream out, JsonOptions options) {
      this.out = out;
      this.options = options;
    }

    @Override
    public void write(Article article) throws IOException {
      ArticleJson.write(article, options, out);
      out.write('\n');
    }

    @Override
    public void finish() {
      out.flush();
    }
  }

  /** One JSON array, each article an indented object, streamed as the articles come. */
  final class JsonArrayOutput implements CliOutput {
    private final PrintStream out;
    private final JsonOptions options;
    private boolean first = true;

    JsonArrayOutput(PrintStream out, JsonOptions options) {
      this.out = out;
      this.options = options;
      out.print('[');
    }

    @Override
    public void write(Article article) throws IOException {
      out.print(first ? "\n" : ",\n");
      first = false;
      ArticleJson.write(article, options, out);
    }

    @Override
    public void finish() {
      out.print(first ? "]\n" : "\n]\n");
      out.flush();
    }
  }

  final class TextOutput implements CliOutput {
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
  final class HtmlPageOutput implements CliOutput {
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

  /** A page of one article that could not be written; the rest go on. */
  final class PageNotWrittenException extends IOException {
    private static final long serialVersionUID = 1L;

    PageNotWrittenException(String message, IOException cause) {
      super(message, cause);
    }
  }

  /**
   * One HTML page per article in a folder, and an index page linking them. A page that cannot be
   * written skips its article; the index lists the pages written.
   */
  final class HtmlFilesOutput implements CliOutput {
    /** The longest file name base, in chars: under the 255 bytes of most file systems. */
    private static final int MAX_NAME_CHARS = 100;

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
      try {
        Files.writeString(dir.resolve(name), ArticleHtml.page(List.of(article)),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new PageNotWrittenException("cannot write " + dir.resolve(name) + ": " + e, e);
      }
      ids.add(article.id());
      files.add(name);
    }

    private String fileNameFor(String id) {
      String base = id.replaceFirst("\\.txt$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
      if (base.length() > MAX_NAME_CHARS) {
        int end = MAX_NAME_CHARS;
        if (Character.isHighSurrogate(base.charAt(end - 1))) {
          end--;
        }
        base = base.substring(0, end);
      }
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
      sb.append("<nav class=\"kh-index\"><h2>المقالات (").append(ids.size())
          .append(")</h2>\n<ol>\n");
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
