package org.khabar.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads ANERcorp ({@code token TAG} lines, a blank line between sentences, BIO tags with types
 * PERS, LOC, ORG, MISC) into OpenNLP name samples. An {@code I-} tag that follows no entity of its
 * type opens one, as the corpus README advises.
 *
 * <p>Only for training the benchmarks' anchor model; once the models module ships its own ANERcorp
 * reader, use that one instead so that both sides read the corpus the same way.
 */
final class AnerCorpReader {

  private AnerCorpReader() {}

  static List<NameSample> read(Path file) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        flush(tokens, tags, samples);
        continue;
      }
      int space = trimmed.lastIndexOf(' ');
      if (space <= 0) {
        continue; // a token without a tag carries nothing to learn
      }
      tokens.add(trimmed.substring(0, space).strip());
      tags.add(trimmed.substring(space + 1));
    }
    flush(tokens, tags, samples);
    return samples;
  }

  private static void flush(List<String> tokens, List<String> tags, List<NameSample> out) {
    if (tokens.isEmpty()) {
      return;
    }
    List<Span> names = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean begins = tag.startsWith("B-");
      boolean continues = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (start >= 0 && !continues) {
        names.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (begins || (tag.startsWith("I-") && !continues)) {
        start = i;
        type = tag.substring(2);
      }
    }
    out.add(new NameSample(tokens.toArray(new String[0]), names.toArray(new Span[0]), false));
    tokens.clear();
    tags.clear();
  }
}
