package org.khabar.models.ner;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features for Arabic tokens that keep their clitics attached (as in ANERcorp): the
 * folded form and the clitic-stripped stem, an Arabic-aware token class, prefixes and suffixes of the
 * stem, character trigrams, a window of neighbouring forms and stems, and gazetteer marks (CLDR
 * places, given names, and the title and organization-head words learned from training data).
 *
 * <p>Not thread-safe: OpenNLP creates one generator per name finder. Per-sentence work is done once
 * and reused for every token of the sentence (and every beam hypothesis).
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final int WINDOW = 2;

  private final ArabicFeatureSettings settings;

  // Per-sentence cache, keyed by the identity of the token array OpenNLP passes for a sentence.
  private String[] lastTokens;
  private String[] folded;
  private String[] bare;
  private String[] stems;
  private String[] proclitics;
  private String[] classes;
  private String[] places;
  private boolean[] given;
  private boolean[] titles;
  private boolean[] orgHeads;
  private String[][] clusters;

  /** A generator with {@code settings}. */
  ArabicFeatureGenerator(ArabicFeatureSettings settings) {
    this.settings = settings;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prior) {
    if (tokens != lastTokens) {
      analyze(tokens);
    }
    String stem = stems[index];
    features.add("w=" + folded[index]);
    features.add("s=" + stem);
    if (settings.extended()) {
      features.add("b=" + bare[index]);
    }
    features.add("c=" + classes[index]);
    if (!proclitics[index].isEmpty()) {
      features.add("p=" + proclitics[index]);
    }
    if (index == 0) {
      features.add("bos");
    }
    if (settings.affixes()) {
      int n = stem.length();
      features.add("l=" + Math.min(n, 9));
      for (int k = 1; k <= 3 && k < n; k++) {
        features.add("pre" + k + "=" + stem.substring(0, k));
      }
      for (int k = 1; k <= 4 && k < n; k++) {
        features.add("suf" + k + "=" + stem.substring(n - k));
      }
    }
    if (settings.ngrams() && "ar".equals(classes[index])) {
      String padded = "^" + stem + "$";
      for (int k = 0; k + 3 <= padded.length(); k++) {
        features.add("g3=" + padded.substring(k, k + 3));
      }
    }
    addLexicalMarks(features, index, "");
    addClusters(features, index, "");
    if (settings.window()) {
      for (int d = -WINDOW; d <= WINDOW; d++) {
        if (d == 0) {
          continue;
        }
        int j = index + d;
        String tag = d < 0 ? "" + d : "+" + d;
        if (j < 0 || j >= tokens.length) {
          features.add("w" + tag + "=" + (j < 0 ? "<s>" : "</s>"));
          continue;
        }
        features.add("w" + tag + "=" + folded[j]);
        features.add("s" + tag + "=" + stems[j]);
        if (settings.extended()) {
          if (Math.abs(d) == 1) {
            features.add("b" + tag + "=" + bare[j]);
          } else {
            addClusters(features, j, tag);
          }
        }
        features.add("c" + tag + "=" + classes[j]);
        if (Math.abs(d) == 1) {
          addLexicalMarks(features, j, tag);
          addClusters(features, j, tag);
        }
      }
      String prev = index > 0 ? stems[index - 1] : "<s>";
      String next = index + 1 < tokens.length ? stems[index + 1] : "</s>";
      features.add("sb-=" + prev + "|" + stem);
      features.add("sb+=" + stem + "|" + next);
      String prevClass = index > 0 ? classes[index - 1] : "<s>";
      String nextClass = index + 1 < tokens.length ? classes[index + 1] : "</s>";
      features.add("cc=" + prevClass + "|" + classes[index] + "|" + nextClass);
    }
  }

  private void addLexicalMarks(List<String> features, int j, String tag) {
    if (places[j] != null) {
      features.add("gz" + tag + "=" + places[j]);
    }
    if (given[j]) {
      features.add("gn" + tag);
    }
    if (titles[j]) {
      features.add("ti" + tag);
    }
    if (orgHeads[j]) {
      features.add("oh" + tag);
    }
  }

  private void addClusters(List<String> features, int j, String tag) {
    String[] ids = clusters[j];
    if (ids != null) {
      for (int k = 0; k < ids.length; k++) {
        features.add("k" + k + tag + "=" + ids[k]);
      }
    }
  }

  private void analyze(String[] tokens) {
    int n = tokens.length;
    folded = new String[n];
    bare = new String[n];
    stems = new String[n];
    proclitics = new String[n];
    classes = new String[n];
    places = new String[n];
    given = new boolean[n];
    titles = new boolean[n];
    orgHeads = new boolean[n];
    clusters = new String[n][];
    for (int i = 0; i < n; i++) {
      String f = ArabicFold.fold(tokens[i]);
      folded[i] = f;
      int[] cut = ArabicFold.split(f);
      stems[i] = f.substring(cut[1]);
      proclitics[i] = f.substring(0, cut[1]);
      bare[i] = ArabicFold.withoutPrepositions(f);
      classes[i] = ArabicTokenClass.of(tokens[i]);
      given[i] = settings.givenNames().contains(bare[i]);
      titles[i] = settings.titles().contains(stems[i]);
      orgHeads[i] = settings.orgHeads().contains(stems[i]);
      String[] ids = settings.clusters().of(f);
      clusters[i] = ids != null ? ids : settings.clusters().of(bare[i]);
    }
    if (settings.gazetteers()) {
      settings.places().mark(folded, bare, places);
    } else {
      Arrays.fill(places, null);
    }
    lastTokens = tokens;
  }

  @Override
  public void clearAdaptiveData() {
    lastTokens = null;
  }

  /** The folded, clitic-stripped stem of {@code token}, as the lexical marks look it up. */
  static String stemOf(String token) {
    String f = ArabicFold.fold(token);
    return f.substring(ArabicFold.split(f)[1]);
  }
}
