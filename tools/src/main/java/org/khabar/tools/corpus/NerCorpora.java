package org.khabar.tools.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.NameSample;

/**
 * The named-entity corpora in the shared folder, read into {@link NameSample}s with the common
 * types. Stateless and thread-safe; each call reads the files anew.
 */
public final class NerCorpora {

  private final Path root;

  /**
   * The corpora under {@code root} (the {@code corpora} folder).
   *
   * @param root the {@code corpora} folder
   */
  public NerCorpora(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /**
   * The corpora in the shared folder; throws when it is absent.
   *
   * @return the shared corpora
   */
  public static NerCorpora shared() {
    return new NerCorpora(SharedCorpora.require());
  }

  /**
   * The folder the corpora are read from.
   *
   * @return the {@code corpora} folder
   */
  public Path root() {
    return root;
  }

  /**
   * ANERcorp train split (CAMeL Lab).
   *
   * @return its sentences
   * @throws IOException if the file cannot be read
   */
  public List<NameSample> anercorpTrain() throws IOException {
    return NerCorpusReader.of(NerCorpusFormat.ANERCORP).read(anercorpTestFile().resolveSibling("train.txt"));
  }

  /**
   * ANERcorp test split, repaired.
   *
   * @return its sentences
   * @throws IOException if the file cannot be read
   */
  public List<NameSample> anercorpTest() throws IOException {
    return NerCorpusReader.of(NerCorpusFormat.ANERCORP).read(anercorpTestFile());
  }

  /**
   * The repaired ANERcorp test file.
   *
   * @return the file
   */
  public Path anercorpTestFile() {
    return root.resolve("anercorp").resolve("test.txt");
  }

  /**
   * AQMAR documents of the given splits ({@code train}, {@code dev}, {@code test}) per SPLIT.tsv.
   *
   * @param splits the splits
   * @return their sentences, document by document
   * @throws IOException if a file cannot be read
   */
  public List<NameSample> aqmar(String... splits) throws IOException {
    Set<String> wanted = new LinkedHashSet<>(List.of(splits));
    Path dir = root.resolve("aqmar");
    List<NameSample> out = new ArrayList<>();
    NerCorpusReader reader = NerCorpusReader.of(NerCorpusFormat.AQMAR);
    for (String line : Files.readAllLines(dir.resolve("SPLIT.tsv"), UTF_8)) {
      String[] cols = line.split("\t");
      if (line.startsWith("#") || cols.length != 2 || cols[0].equals("file")) {
        continue;
      }
      if (wanted.contains(cols[1].strip().toLowerCase(Locale.ROOT))) {
        out.addAll(reader.read(dir.resolve(cols[0].strip())));
      }
    }
    return out;
  }

  /**
   * WikiFANE Gold with its split proclitics glued back to their words.
   *
   * @return its sentences
   * @throws IOException if the file cannot be read
   */
  public List<NameSample> wikifane() throws IOException {
    return NerCorpusReader.reattachingProclitics(NerCorpusFormat.WIKIFANE)
        .read(root.resolve("wikifane").resolve("WikiFANE_Gold_2014_500K.txt"));
  }

  /**
   * The Arabic column of the given-names list (ISC licence).
   *
   * @return the given names
   * @throws IOException if the file cannot be read
   */
  public List<String> givenNames() throws IOException {
    List<String> names = new ArrayList<>();
    for (String line :
        Files.readAllLines(root.resolve("given-names").resolve("given_names_ar_en.tsv"), UTF_8)) {
      int tab = line.indexOf('\t');
      String name = (tab < 0 ? line : line.substring(0, tab)).strip();
      if (!name.isEmpty() && !name.equals("arabic")) {
        names.add(name);
      }
    }
    return names;
  }
}
