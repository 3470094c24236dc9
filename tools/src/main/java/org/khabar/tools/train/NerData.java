package org.khabar.tools.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import org.khabar.models.ner.Genre;
import org.khabar.tools.corpus.NerCorpora;

/** Assembles training sets from corpus names ({@code anercorp}, {@code aqmar}, {@code wikifane}). */
final class NerData {

  private NerData() {}

  /**
   * The training sentences of the named corpora: ANERcorp train, AQMAR train and dev documents,
   * WikiFANE (all of it; it has no test role here).
   */
  static Training training(NerCorpora corpora, String names) throws IOException {
    return training(corpora, names, false);
  }

  /**
   * {@link #training(NerCorpora, String)}, with AQMAR's dev documents left out when {@code
   * forDev} (they are then held out for choosing settings).
   */
  static Training training(NerCorpora corpora, String names, boolean forDev) throws IOException {
    List<NameSample> out = new ArrayList<>();
    Map<NameSample, String> domains = new IdentityHashMap<>();
    for (String name : names.split(",")) {
      switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "anercorp" -> out.addAll(corpora.anercorpTrain());
        case "aqmar" -> add(forDev ? corpora.aqmar("train") : corpora.aqmar("train", "dev"),
            Genre.ENCYCLOPEDIC.id(), out, domains);
        case "wikifane" -> add(corpora.wikifane(), WIKIFANE, out, domains);
        case "" -> { }
        default -> throw new IllegalArgumentException("unknown corpus: " + name);
      }
    }
    return new Training(out, domains);
  }

  /**
   * The training domain of WikiFANE: Wikipedia text like AQMAR's, but annotated with another
   * scheme (fine-grained types mapped to ours), so its feature copies are its own.
   */
  static final String WIKIFANE = "wikifane";

  /** The corpora the bundled model is trained on: the default of the training commands. */
  static final String BUNDLED = "anercorp,aqmar,wikifane";

  /**
   * Training sentences and the domain of those that are not news, by identity: AQMAR's are
   * encyclopedic, WikiFANE's {@link #WIKIFANE}; ANERcorp's are news.
   */
  record Training(List<NameSample> samples, Map<NameSample, String> domains) {}

  private static void add(List<NameSample> samples, String domain, List<NameSample> out,
      Map<NameSample, String> domains) {
    out.addAll(samples);
    for (NameSample s : samples) {
      domains.put(s, domain);
    }
  }
}
