package org.khabar.models.ner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features for Arabic tokens that keep their clitics attached (as in ANERcorp): the
 * folded form and the clitic-stripped stem, an Arabic-aware token class, prefixes and suffixes of the
 * stem, character trigrams, a window of neighbouring forms and stems, and gazetteer marks (CLDR
 * places, given names, and the title and organization-head words learned from training data).
 *
 * <p>The features of a token come in three groups, so that {@link ArabicNameFinder} can add up the
 * weights of the first two once per word form: {@link #ownFeatures} depend on the token's own text,
 * {@link #neighbourFeatures} on the text of a token within the window, and {@link
 * #positionFeatures} on the sentence (its ends, multi-word place names, pairs of neighbours).
 *
 * <p>A generator with a {@link Genre} emits each feature twice: as it is, and prefixed with the
 * genre's id. Trained on text of several genres, the plain copies learn what the genres share and
 * the prefixed ones what is particular to each; {@link #forGenre} decodes for another genre.
 *
 * <p>Not thread-safe as an OpenNLP generator (it caches the last sentence); the three group methods
 * read only their arguments and may be called from any thread.
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

  /** How far the window reaches either side. */
  static final int WINDOW = 2;

  private static final String[] TAGS = {"-2", "-1", "", "+1", "+2"};

  private final ArabicFeatureSettings settings;
  /** What the copies of the features start with, or null for no copies. */
  private final String copyPrefix;

  // Per-sentence cache, keyed by the identity of the token array OpenNLP passes for a sentence.
  private String[] lastTokens;
  private Word[] words;
  private String[] places;

  /**
   * What the features read of one token, which depends on its text alone.
   *
   * @param folded the folded form
   * @param bare the folded form without conjunction and preposition (article kept)
   * @param stem the folded, clitic-stripped stem
   * @param proclitic the folded proclitics cut from the stem
   * @param tokenClass the Arabic-aware token class
   * @param given whether the bare form is a given name
   * @param title whether the stem is a title word
   * @param orgHead whether the stem begins organization names
   * @param clusters cluster ids at each granularity, or null
   */
  record Word(
      String folded,
      String bare,
      String stem,
      String proclitic,
      String tokenClass,
      boolean given,
      boolean title,
      boolean orgHead,
      String[] clusters) {}

  /** A generator with {@code settings}. */
  ArabicFeatureGenerator(ArabicFeatureSettings settings) {
    this(settings, settings.genre() == null ? null : settings.genre().id() + ":");
  }

  private ArabicFeatureGenerator(ArabicFeatureSettings settings, String copyPrefix) {
    this.settings = settings;
    this.copyPrefix = copyPrefix;
  }

  ArabicFeatureSettings settings() {
    return settings;
  }

  /**
   * The genre whose feature copies this generator emits, or null when it emits none.
   *
   * @return the genre, or null
   */
  public Genre genre() {
    return settings.genre();
  }

  /**
   * A generator with the same settings that emits the feature copies of {@code genre}.
   *
   * @param genre the kind of text
   * @return the generator for it
   * @throws IllegalStateException if this generator has no genre features (its model was not
   *     trained with them)
   */
  public ArabicFeatureGenerator forGenre(Genre genre) {
    Objects.requireNonNull(genre, "genre");
    if (settings.genre() == null) {
      throw new IllegalStateException(
          "the model was trained without genre features; it cannot decode for " + genre.id());
    }
    return genre == settings.genre() ? this : new ArabicFeatureGenerator(settings.withGenre(genre));
  }

  /**
   * A generator for training on text of {@code domain}: a {@link Genre}'s id gives {@link
   * #forGenre}; any other name gives copies that only that training text moves and no genre
   * decodes with (for a corpus whose annotation differs from the genres', such as WikiFANE).
   *
   * @param domain the domain of the training sentences
   * @return the generator for it
   * @throws IllegalStateException if this generator has no genre features
   * @throws IllegalArgumentException if {@code domain} is blank or contains {@code ':'}
   */
  public ArabicFeatureGenerator forDomain(String domain) {
    Objects.requireNonNull(domain, "domain");
    Optional<Genre> genre = Genre.byId(domain);
    if (genre.isPresent()) {
      return forGenre(genre.get());
    }
    if (domain.isBlank() || domain.indexOf(':') >= 0) {
      throw new IllegalArgumentException("bad training domain name: \"" + domain + "\"");
    }
    if (settings.genre() == null) {
      throw new IllegalStateException(
          "the model has no genre features; it cannot train for domain " + domain);
    }
    return new ArabicFeatureGenerator(settings, domain + ":");
  }

  /**
   * What the copies of the features start with ({@code "news:"}), or null when this generator
   * makes no copies.
   */
  String copyPrefix() {
    return copyPrefix;
  }

  /**
   * This generator without the copies: the features of the same genre, each once, for a decoder
   * that adds the weights of a feature's copy where it finds the feature ({@link
   * WeightTable#addAll}).
   */
  ArabicFeatureGenerator withoutCopies() {
    return copyPrefix == null ? this : new ArabicFeatureGenerator(settings, null);
  }

  /** Adds the copies of the features from {@code from} on, if this generator makes copies. */
  private void copyForGenre(List<String> features, int from) {
    if (copyPrefix == null) {
      return;
    }
    for (int k = from, to = features.size(); k < to; k++) {
      features.add(copyPrefix + features.get(k));
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prior) {
    if (tokens != lastTokens) {
      words = new Word[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        words[i] = word(tokens[i]);
      }
      places = places(words);
      lastTokens = tokens;
    }
    ownFeatures(features, words[index]);
    if (settings.window()) {
      for (int d = -WINDOW; d <= WINDOW; d++) {
        int j = index + d;
        if (d != 0 && j >= 0 && j < tokens.length) {
          neighbourFeatures(features, words[j], d);
        }
      }
    }
    positionFeatures(features, words, places, index);
  }

  /** What the features read of {@code token}. */
  Word word(String token) {
    String f = ArabicFold.fold(token);
    int cut = ArabicFold.split(f)[1];
    String stem = f.substring(cut);
    String bare = ArabicFold.withoutPrepositions(f);
    String[] ids = settings.clusters().of(f);
    return new Word(
        f,
        bare,
        stem,
        f.substring(0, cut),
        ArabicTokenClass.of(token),
        settings.givenNames().contains(bare),
        settings.titles().contains(stem),
        settings.orgHeads().contains(stem),
        ids != null ? ids : settings.clusters().of(bare));
  }

  /** The place-name marks of a sentence ({@code null} where none), or all null without gazetteers. */
  String[] places(Word[] sentence) {
    String[] marks = new String[sentence.length];
    if (settings.gazetteers()) {
      String[] folded = new String[sentence.length];
      String[] bare = new String[sentence.length];
      for (int i = 0; i < sentence.length; i++) {
        folded[i] = sentence[i].folded();
        bare[i] = sentence[i].bare();
      }
      settings.places().mark(folded, bare, marks);
    }
    return marks;
  }

  /** The features of a token that depend on its own text alone. */
  void ownFeatures(List<String> features, Word w) {
    int from = features.size();
    ownFeatures0(features, w);
    copyForGenre(features, from);
  }

  private void ownFeatures0(List<String> features, Word w) {
    String stem = w.stem();
    features.add("w=" + w.folded());
    features.add("s=" + stem);
    features.add("c=" + w.tokenClass());
    if (!w.proclitic().isEmpty()) {
      features.add("p=" + w.proclitic());
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
    if (settings.ngrams() && "ar".equals(w.tokenClass())) {
      String padded = "^" + stem + "$";
      for (int k = 0; k + 3 <= padded.length(); k++) {
        features.add("g3=" + padded.substring(k, k + 3));
      }
    }
    addWordMarks(features, w, "");
    addClusters(features, w, "");
  }

  /**
   * The features a token at distance {@code d} (±1 or ±2, inside the sentence) gives the token
   * being tagged; they depend on the neighbour's text alone. Nothing unless the window is on.
   */
  void neighbourFeatures(List<String> features, Word w, int d) {
    if (!settings.window()) {
      return;
    }
    int from = features.size();
    String tag = TAGS[d + WINDOW];
    features.add("w" + tag + "=" + w.folded());
    features.add("s" + tag + "=" + w.stem());
    features.add("c" + tag + "=" + w.tokenClass());
    if (Math.abs(d) == 1) {
      addWordMarks(features, w, tag);
      addClusters(features, w, tag);
    }
    copyForGenre(features, from);
  }

  /**
   * The features of the token at {@code index} that depend on where it stands: the sentence start,
   * the window running past either end, place-name marks (which span tokens), and the stem pairs
   * and class triple around it.
   */
  void positionFeatures(List<String> features, Word[] sentence, String[] places, int index) {
    int from = features.size();
    positionFeatures0(features, sentence, places, index);
    copyForGenre(features, from);
  }

  private void positionFeatures0(
      List<String> features, Word[] sentence, String[] places, int index) {
    if (index == 0) {
      features.add("bos");
    }
    if (places[index] != null) {
      features.add("gz=" + places[index]);
    }
    if (!settings.window()) {
      return;
    }
    int n = sentence.length;
    for (int d = -WINDOW; d <= WINDOW; d++) {
      int j = index + d;
      if (d == 0) {
        continue;
      }
      String tag = TAGS[d + WINDOW];
      if (j < 0 || j >= n) {
        features.add("w" + tag + "=" + (j < 0 ? "<s>" : "</s>"));
      } else if (Math.abs(d) == 1 && places[j] != null) {
        features.add("gz" + tag + "=" + places[j]);
      }
    }
    String stem = sentence[index].stem();
    String prev = index > 0 ? sentence[index - 1].stem() : "<s>";
    String next = index + 1 < n ? sentence[index + 1].stem() : "</s>";
    features.add("sb-=" + prev + "|" + stem);
    features.add("sb+=" + stem + "|" + next);
    String prevClass = index > 0 ? sentence[index - 1].tokenClass() : "<s>";
    String nextClass = index + 1 < n ? sentence[index + 1].tokenClass() : "</s>";
    features.add("cc=" + prevClass + "|" + sentence[index].tokenClass() + "|" + nextClass);
  }

  private static void addWordMarks(List<String> features, Word w, String tag) {
    if (w.given()) {
      features.add("gn" + tag);
    }
    if (w.title()) {
      features.add("ti" + tag);
    }
    if (w.orgHead()) {
      features.add("oh" + tag);
    }
  }

  private static void addClusters(List<String> features, Word w, String tag) {
    String[] ids = w.clusters();
    if (ids != null) {
      for (int k = 0; k < ids.length; k++) {
        features.add("k" + k + tag + "=" + ids[k]);
      }
    }
  }

  @Override
  public void clearAdaptiveData() {
    lastTokens = null;
  }

  /**
   * The folded, clitic-stripped stem of {@code token}, as the lexical marks look it up: what a
   * trainer's word lists (titles, organization heads) are made of.
   *
   * @param token a token as written
   * @return its stem
   */
  public static String stemOf(String token) {
    String f = ArabicFold.fold(token);
    return f.substring(ArabicFold.split(f)[1]);
  }
}
