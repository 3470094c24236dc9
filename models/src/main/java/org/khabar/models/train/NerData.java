package org.khabar.models.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import org.khabar.models.corpus.NerCorpora;

/** Assembles training sets from corpus names ({@code anercorp}, {@code aqmar}, {@code wikifane}). */
final class NerData {

  private NerData() {}

  /**
   * The training sentences of the named corpora: ANERcorp train, AQMAR train and dev documents,
   * WikiFANE (all of it; it has no test role here).
   */
  static List<NameSample> training(NerCorpora corpora, String names) throws IOException {
    List<NameSample> out = new ArrayList<>();
    for (String name : names.split(",")) {
      switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "anercorp" -> out.addAll(corpora.anercorpTrain());
        case "aqmar" -> out.addAll(corpora.aqmar("train", "dev"));
        case "wikifane" -> out.addAll(corpora.wikifane());
        case "" -> { }
        default -> throw new IllegalArgumentException("unknown corpus: " + name);
      }
    }
    return out;
  }
}
