package org.khabar.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;

/**
 * A runnable example of the library API: processes the {@code .txt} files of a folder ({@code
 * seeds} by default) and prints each article's headline, section titles and counts.
 *
 * <pre>
 * java -cp examples/target/khabar.jar org.khabar.examples.ProcessSeeds seeds
 * </pre>
 */
public final class ProcessSeeds {

  private ProcessSeeds() {}

  public static void main(String[] args) throws IOException {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    run(Path.of(args.length > 0 ? args[0] : "seeds"), out);
  }

  /** Processes the {@code .txt} files of {@code folder}, printing a summary of each. */
  public static void run(Path folder, PrintStream out) throws IOException {
    Khabar khabar = Khabar.defaults(); // immutable and thread-safe: build once, share everywhere
    for (Path file : InputFiles.expand(folder)) {
      String text = InputFiles.read(file); // strict UTF-8, a leading BOM dropped
      Article article = khabar.process(ArticleSource.of(file.getFileName().toString(), text));
      // Every span is a range of UTF-16 offsets into article.text(), the text as given.
      out.println(article.id());
      String headline = article.headline().map(h -> article.textOf(h.span())).orElse("-");
      out.println("  headline: " + headline);
      for (Block block : article.blocks()) {
        if (block.kind() == BlockKind.SUBHEADING) {
          out.println("  section:  " + article.textOf(block.span()));
        }
      }
      out.printf(Locale.ROOT, "  %d blocks, %d sentences, %d tokens, %d entities%n",
          article.blocks().size(), article.sentences().size(), article.tokens().size(),
          article.entities().size());
    }
  }
}
