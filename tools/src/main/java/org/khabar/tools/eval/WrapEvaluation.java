package org.khabar.tools.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.BlockKind;
import org.khabar.article.Entity;

/**
 * Hard-wrapped copies of articles against the articles as written: each line of the text is
 * wrapped at 40, 60 and 80 columns as a wrapping program does (greedy, breaking at spaces, a word
 * longer than the width on a line of its own), and the paragraphs, sentences and names of the
 * copy are compared with those of the original, as texts with their whitespace folded to one
 * space. An item counts as kept when the copy has it as many times as the original; an article
 * counts when all its paragraphs, sentences and names are kept. The copies are made twice: with the
 * line breaks of the text as they are, and with its paragraphs apart by a blank line, as wire
 * copy and e-mail write them.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp tools/target/khabar-tools.jar \
 *   org.khabar.tools.eval.WrapEvaluation [seeds]
 * </pre>
 */
public final class WrapEvaluation {

  /** The widths the copies are wrapped at. */
  static final int[] WIDTHS = {40, 60, 80};

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BLANKS = Pattern.compile("\n+");

  private WrapEvaluation() {}

  /**
   * The figures of one width.
   *
   * @param width the width
   * @param articles articles compared
   * @param articlesKept articles whose paragraphs, sentences and names are all kept
   * @param kept kept and total items, by kind ({@code paragraphs}, {@code sentences}, {@code
   *     names}), as {@code [kept, total]}
   * @param errors the first differences, one line each
   */
  record Result(int width, int articles, int articlesKept, Map<String, int[]> kept,
      List<String> errors) {

    /** The share of articles kept whole. */
    double articleShare() {
      return articlesKept / (double) Math.max(articles, 1);
    }

    /** The share of items of {@code kind} kept. */
    double share(String kind) {
      int[] c = kept.get(kind);
      return c[0] / (double) Math.max(c[1], 1);
    }

    String report(String what) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "%s wrapped at %d: articles kept whole %d of %d (%.3f)", what, width, articlesKept,
          articles, articleShare()));
      kept.forEach((kind, c) -> sb.append(String.format(Locale.ROOT, "; %s %d of %d (%.3f)",
          kind, c[0], c[1], c[0] / (double) Math.max(c[1], 1))));
      return sb.append('\n').toString();
    }
  }

  /**
   * {@code text} with each line wrapped at {@code width} columns (code points), greedily, at
   * single spaces; the line breaks of the text are kept.
   *
   * @param text the text
   * @param width the width, at least 1
   * @return the wrapped text
   */
  public static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) {
        out.append('\n');
      }
      int column = 0;
      for (String word : lines[l].split(" ", -1)) {
        int w = word.codePointCount(0, word.length());
        if (column > 0 && column + 1 + w > width) {
          out.append('\n');
          column = 0;
        } else if (column > 0 || out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += w;
      }
    }
    return out.toString();
  }

  /**
   * Compares the wrapped copies of {@code texts} with the texts.
   *
   * @param khabar the pipeline
   * @param texts the articles, by name
   * @param width the width
   * @return the figures
   */
  static Result evaluate(Khabar khabar, Map<String, String> texts, int width) {
    return evaluate(khabar, texts, width, false);
  }

  /**
   * Compares the wrapped copies of {@code texts} with the texts; with {@code blankLines}, the
   * copy's paragraphs are apart by a blank line, as wire copy and e-mail write them.
   *
   * @param khabar the pipeline
   * @param texts the articles, by name
   * @param width the width
   * @param blankLines whether a blank line separates the copy's paragraphs
   * @return the figures
   */
  static Result evaluate(Khabar khabar, Map<String, String> texts, int width,
      boolean blankLines) {
    Map<String, int[]> kept = new LinkedHashMap<>();
    for (String kind : List.of("paragraphs", "sentences", "names")) {
      kept.put(kind, new int[2]);
    }
    int whole = 0;
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Article original = khabar.process(e.getValue());
      String text = blankLines ? BLANKS.matcher(e.getValue()).replaceAll("\n\n") : e.getValue();
      Article copy = khabar.process(wrap(text, width));
      boolean all = true;
      all &= compare("paragraphs", paragraphs(original), paragraphs(copy), kept, errors, e);
      all &= compare("sentences", sentences(original), sentences(copy), kept, errors, e);
      all &= compare("names", names(original), names(copy), kept, errors, e);
      whole += all ? 1 : 0;
    }
    return new Result(width, texts.size(), whole, kept, errors);
  }

  private static boolean compare(String kind, List<String> original, List<String> copy,
      Map<String, int[]> kept, List<String> errors, Map.Entry<String, String> article) {
    Map<String, Integer> left = new HashMap<>();
    copy.forEach(s -> left.merge(s, 1, Integer::sum));
    int[] c = kept.get(kind);
    boolean all = true;
    for (String item : original) {
      c[1]++;
      Integer n = left.get(item);
      if (n != null && n > 0) {
        left.put(item, n - 1);
        c[0]++;
      } else {
        all = false;
        if (errors.size() < 40) {
          errors.add(article.getKey() + " " + kind + " lost: "
              + (item.length() > 80 ? item.substring(0, 80) + "…" : item));
        }
      }
    }
    return all;
  }

  private static String fold(CharSequence s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static List<String> paragraphs(Article a) {
    return a.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
        .map(b -> fold(a.textOf(b.span()))).toList();
  }

  private static List<String> sentences(Article a) {
    return a.sentences().stream().map(s -> fold(a.textOf(s.span()))).toList();
  }

  private static List<String> names(Article a) {
    List<String> out = new ArrayList<>();
    for (Entity e : a.entities()) {
      out.add(e.type() + " " + fold(e.text()));
    }
    return out;
  }

  /**
   * The {@code *.txt} files of {@code dir}, by name.
   *
   * @param dir a folder of articles
   * @return their texts
   * @throws IOException if a file cannot be read
   */
  static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.put(f.getFileName().toString(), Files.readString(f, UTF_8));
      }
    }
    return texts;
  }

  /**
   * Prints the figures for the ant-ner development articles, or with {@code seeds} for the seeds.
   *
   * @param args {@code seeds} for the seeds, else none
   * @throws IOException if the articles cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 && args[0].equals("seeds")
        ? SharedCorpora.root().resolve("seeds")
        : SharedCorpora.corpus("ant-ner").resolve("raw");
    Map<String, String> texts = read(dir);
    Khabar khabar = QuoteEvaluation.pipeline();
    for (boolean blankLines : new boolean[] {false, true}) {
      for (int width : WIDTHS) {
        Result r = evaluate(khabar, texts, width, blankLines);
        String what = blankLines ? "paragraphs apart by a blank line," : "as written,";
        System.out.print(r.report(what));
        r.errors().stream().limit(10).forEach(e -> System.out.println("  " + e));
      }
    }
  }
}
