package org.khabar.tools.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sentences of a CoNLL-U file: the raw text ({@code # text =}) and the syntactic words.
 *
 * <p>Multi-word token lines ({@code 1-2}) and empty nodes ({@code 1.1}) are skipped: the raw text
 * gives the surface. Stateless and thread-safe.
 */
public final class ConlluReader {

  /** One syntactic word: its form, features and whether a space follows it. */
  public record Word(String form, String feats, boolean spaceAfter) {}

  /** One sentence: its id, raw text and words. */
  public record Sentence(String id, String text, List<Word> words) {
    /**
     * Copies the words.
     *
     * @param id the sentence id
     * @param text the raw text
     * @param words the syntactic words
     */
    public Sentence {
      words = List.copyOf(words);
    }
  }

  private ConlluReader() {}

  /**
   * All sentences of {@code file}, in order.
   *
   * @param file a CoNLL-U file
   * @return its sentences
   * @throws IOException if it cannot be read
   */
  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    String id = null;
    String text = null;
    List<Word> words = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          if (text != null || !words.isEmpty()) {
            out.add(new Sentence(id, text == null ? "" : text, words));
          }
          id = null;
          text = null;
          words = new ArrayList<>();
        } else if (line.startsWith("# text =")) {
          text = line.substring("# text =".length()).strip();
        } else if (line.startsWith("# sent_id =")) {
          id = line.substring("# sent_id =".length()).strip();
        } else if (!line.startsWith("#")) {
          String[] f = line.split("\t", -1);
          if (f.length < 10 || f[0].contains("-") || f[0].contains(".")) {
            continue;
          }
          words.add(new Word(f[1], f[5], !f[9].contains("SpaceAfter=No")));
        }
      }
    }
    if (text != null || !words.isEmpty()) {
      out.add(new Sentence(id, text == null ? "" : text, words));
    }
    return out;
  }
}
