package org.khabar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed benchmark sample: the first {@link BenchConfig#SAMPLE_ARTICLES} articles of ANT news
 * v1.1 (in file order) whose {@code text} is not blank, each as its title, a blank line and its
 * text, the shape of a news article with a headline. Immutable; loaded once per JVM.
 *
 * <p>Words are counted the same way for every benchmark, ours and the anchors: maximal runs of
 * non-whitespace chars, so words per second compare across tokenizers.
 */
final class Corpus {

  private static volatile Corpus sample;

  private final List<String> texts;
  private final int[] words;
  private final long totalWords;
  private final long totalChars;

  private Corpus(List<String> texts) {
    this.texts = List.copyOf(texts);
    this.words = new int[texts.size()];
    long w = 0;
    long c = 0;
    for (int i = 0; i < texts.size(); i++) {
      words[i] = countWords(texts.get(i));
      w += words[i];
      c += texts.get(i).length();
    }
    this.totalWords = w;
    this.totalChars = c;
  }

  /** The sample, read on first use. */
  static Corpus sample() {
    Corpus c = sample;
    if (c == null) {
      synchronized (Corpus.class) {
        c = sample;
        if (c == null) {
          c = read(BenchConfig.antNews(), BenchConfig.SAMPLE_ARTICLES);
          sample = c;
        }
      }
    }
    return c;
  }

  static Corpus read(Path jsonl, int limit) {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while (texts.size() < limit && (line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String text = node.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        String title = node.path("title").asText("");
        texts.add(title.isBlank() ? text : title + "\n\n" + text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no article with a text in " + jsonl);
    }
    return new Corpus(texts);
  }

  static int countWords(CharSequence text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** The whitespace-separated words of {@code text}, the per-token input of the normalizers. */
  static String[] whitespaceTokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i));
      }
    }
    return out.toArray(new String[0]);
  }

  int size() {
    return texts.size();
  }

  String text(int i) {
    return texts.get(i);
  }

  List<String> texts() {
    return texts;
  }

  int words(int i) {
    return words[i];
  }

  long totalWords() {
    return totalWords;
  }

  long totalChars() {
    return totalChars;
  }
}
