package org.khabar.models.train;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.khabar.models.corpus.NerCorpora;
import org.khabar.models.corpus.NerCorpusFormat;
import org.khabar.models.ner.ArabicFeatureGeneratorFactory;

/**
 * Command: the typed name lists for the name-finder features, learned from WikiFANE (Arabic
 * Wikipedia, CC BY-SA 3.0; never a test set).
 *
 * <p>Every annotated name of WikiFANE (proclitics re-attached, as the other corpora write them) is
 * folded as the features fold tokens, its first token without a conjunction or preposition. A name
 * is listed under the type it carries in at least {@code --min-share} of its occurrences (MISC
 * counting against it), when that type is one of {@code --types} and the name has at least three
 * letters. The bundled list keeps organizations only: on the held-out fifth of ANERcorp train, the
 * lists of people and places lowered the score (see models/README.md).
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.models.train.NameLists --out names.txt
 *     [--min-share 0.75] [--types ORGANIZATION] (any of PERSON,LOCATION,ORGANIZATION)
 * </pre>
 *
 * Output: a comment line, then one {@code TYPE<TAB>name} line per name, sorted.
 */
public final class NameLists {

  private static final List<String> ALL_TYPES =
      List.of(NerCorpusFormat.PERSON, NerCorpusFormat.LOCATION, NerCorpusFormat.ORGANIZATION);

  private NameLists() {}

  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    double minShare = Double.parseDouble(args.get("min-share", "0.75"));
    String types = args.get("types", NerCorpusFormat.ORGANIZATION);
    List<String> wanted = List.of(types.split(","));
    for (String t : wanted) {
      if (!ALL_TYPES.contains(t)) {
        throw new IllegalArgumentException("--types: unknown type " + t + " (use " + ALL_TYPES + ")");
      }
    }
    List<String> lines = lines(NerCorpora.shared().wikifane(), minShare, wanted);
    Path out = Path.of(args.get("out", "names-wikifane.txt"));
    List<String> file = new ArrayList<>();
    file.add("# Typed names learned from WikiFANE Gold 2014 (Alotaibi & Lee 2014, CC BY-SA 3.0) by"
        + " org.khabar.models.train.NameLists --min-share " + minShare + " --types " + types);
    file.addAll(lines);
    Files.write(out, file, UTF_8);
    System.out.printf(Locale.ROOT, "wrote %s: %d names%n", out, lines.size());
  }

  /** The {@code TYPE<TAB>name} lines of {@code types} learned from {@code samples}, sorted. */
  static List<String> lines(List<NameSample> samples, double minShare, List<String> types) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (NameSample s : samples) {
      String[] tokens = s.getSentence();
      for (Span span : s.getNames()) {
        StringBuilder name = new StringBuilder();
        for (int i = span.getStart(); i < span.getEnd(); i++) {
          if (name.length() > 0) {
            name.append(' ');
          }
          name.append(
              i == span.getStart()
                  ? ArabicFeatureGeneratorFactory.bare(tokens[i])
                  : ArabicFeatureGeneratorFactory.fold(tokens[i]));
        }
        counts
            .computeIfAbsent(name.toString(), k -> new HashMap<>())
            .merge(span.getType(), 1, Integer::sum);
      }
    }
    TreeSet<String> out = new TreeSet<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      String name = e.getKey();
      if (name.codePoints().filter(Character::isLetter).count() < 3) {
        continue;
      }
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      for (String type : types) {
        if (e.getValue().getOrDefault(type, 0) >= minShare * total) {
          out.add(type + "\t" + name);
        }
      }
    }
    return new ArrayList<>(out);
  }
}
