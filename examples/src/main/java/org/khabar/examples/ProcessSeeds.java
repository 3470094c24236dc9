package org.khabar.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.Quote;

/**
 * A runnable example of the library API, end to end on a folder ({@code seeds} by default): for
 * each article its headline, section titles, list items, related links and boilerplate, the quotes
 * of its body with their speakers, and counts that keep the body apart from the rest.
 *
 * <pre>
 * java -cp examples/target/khabar.jar org.khabar.examples.ProcessSeeds seeds
 * </pre>
 */
public final class ProcessSeeds {

  private ProcessSeeds() {}

  /**
   * Runs the example on the folder {@code args[0]} ({@code seeds} by default).
   *
   * @param args the folder, optionally
   */
  public static void main(String[] args) {
    Examples.main("ProcessSeeds", args, Path.of("seeds"), ProcessSeeds::run);
  }

  /** Processes the {@code .txt} files of {@code folder}, printing a summary of each. */
  public static void run(Path folder, PrintStream out) throws IOException {
    Khabar khabar = Examples.pipeline(); // immutable and thread-safe: build once, share everywhere
    for (Path file : InputFiles.expand(folder)) {
      String text = InputFiles.read(file); // strict UTF-8, a leading BOM dropped
      Article article = khabar.process(ArticleSource.of(file.getFileName().toString(), text));
      // Every span is a range of UTF-16 offsets into article.text(), the text as given.
      out.println(article.id());
      String headline = article.headline().map(h -> article.textOf(h.span())).orElse("-");
      out.println("  headline: " + headline);
      for (Block block : article.blocks()) {
        String label = label(block.kind());
        if (label != null) {
          out.println("  " + label + article.textOf(block.span()));
        }
      }
      // Quotes are only looked for in the body; the speaker links to an entity when one is there.
      for (Quote q : article.quotesInBody()) {
        String speaker = q.speaker().map(m -> m.canonical()).orElse("?");
        out.printf(Locale.ROOT, "  quote:    %s (%s, %s): %s%n", speaker, q.kind(),
            q.cue().isEmpty() ? "-" : q.cue(), article.textOf(q.span()));
      }
      out.printf(Locale.ROOT,
          "  %d blocks (%d body), %d sentences (%d body), %d tokens, %d entities (%d body),"
              + " %d quotes%n",
          article.blocks().size(), article.bodyBlocks().size(), article.sentences().size(),
          article.sentencesInBody().size(), article.tokens().size(), article.entities().size(),
          article.entitiesInBody().size(), article.quotes().size());
    }
  }

  private static String label(BlockKind kind) {
    switch (kind) {
      case SUBHEADING:
        return "section:  ";
      case LIST_ITEM:
        return "item:     ";
      case RELATED_LINK:
        return "related:  ";
      case BOILERPLATE:
        return "boiler:   ";
      default:
        return null;
    }
  }
}
