package org.khabar.tools.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.corpus.JsonStrings;
import org.khabar.tools.corpus.SharedCorpora;

/** The command that mines names from ANT news with {@link NameMiner} and writes them. */
public final class MineNames {

  private MineNames() {}

  /**
   * Mines the ANT news of the shared corpora and writes the names: {@code MineNames OUTPUT.tsv}.
   *
   * @param args the output file
   * @throws IOException if the corpus cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: MineNames OUTPUT.tsv");
    }
    NameMiner miner = new NameMiner();
    int[] documents = new int[1];
    int heldOut = AntNews.forEach(SharedCorpora.require(), line -> {
      documents[0]++;
      boolean sport = "sport".equals(JsonStrings.field(line, "cat"));
      for (String field : new String[] {"title", "text"}) {
        String value = JsonStrings.field(line, field);
        if (value != null) {
          miner.add(value, sport);
        }
      }
    });
    AntNews.forEach(SharedCorpora.require(), line -> {
      boolean sport = "sport".equals(JsonStrings.field(line, "cat"));
      for (String field : new String[] {"title", "text"}) {
        String value = JsonStrings.field(line, field);
        if (value != null) {
          miner.addClubs(value, sport);
        }
      }
    });
    List<String[]> names = miner.names();
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), UTF_8)) {
      w.write("# Names mined by org.khabar.tools.lexicon.NameMiner from the words written before"
          + " them in ANT Arabic News\n# Texts v1.1 (Chouigui, Ben Khiroun & Elayeb 2017), Apache-2.0.\n");
      w.write(String.format(Locale.ROOT,
          "# %d documents (%d held out for evaluation left out), %d names seen at least %d times."
              + "%n# type<TAB>name<TAB>times seen after its cue%n",
          documents[0], heldOut, names.size(), NameMiner.MIN_COUNT));
      for (String[] n : names) {
        w.write(String.join("\t", n));
        w.write('\n');
      }
    }
    System.out.println(names.size() + " names -> " + args[0]);
  }
}
