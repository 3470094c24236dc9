package org.khabar.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Proclitic;
import org.khabar.article.Sentence;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.text.PresentationForms;

/**
 * Finds entities with an OpenNLP {@link TokenNameFinderModel}, sentence by sentence, over the
 * original text of the tokens (clitics attached, as in ANERcorp), with Arabic presentation forms
 * expanded to the letters they show ({@link PresentationForms}): text extracted from PDFs reads as
 * the letters a model was trained on.
 *
 * <p>Entity spans point into the original text and exclude the conjunctions and prepositions
 * attached to a name's first token (the article stays); a name the model ran across a conjunction
 * ({@code ماكرون وزيلينسكي}) is split into two. The score is the model's mean token probability for
 * the name (for perceptron models a normalized score, low in absolute terms; {@link
 * EntityRecognizers#calibrated} maps it to how often such names are right). Raw output: combine
 * with {@link EntityRecognizers#resolved} for within-article consistency, canonical forms and
 * titles.
 *
 * <p>A finder is handed one sentence at a time, at most {@link #MAX_TAGGED_TOKENS} tokens of it at
 * once, and must return names within them with a probability that is not NaN; a finder that does
 * not gets an {@link IllegalStateException} naming it.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own finder, and its
 * adaptive data is cleared at the start of every text.
 */
public final class OpenNlpEntityRecognizer implements EntityRecognizer {

  /**
   * Most tokens of a sentence handed to the finder at once. OpenNLP's beam search drops every path
   * whose log probability falls below -100,000; on a sentence of some tens of thousands of tokens
   * (a megabyte without punctuation) it keeps none and {@link NameFinderME} fails. A longer
   * sentence is tagged in runs of this many tokens, and a name across the edge of two runs comes
   * out in two parts. No sentence of real text comes near it.
   */
  public static final int MAX_TAGGED_TOKENS = 2_000;

  private final TokenNameFinderModel model;
  private final ThreadLocal<TokenNameFinder> finders;

  /**
   * A recognizer over {@code model}, decoded by OpenNLP's {@link NameFinderME}.
   *
   * @param model a name-finder model
   */
  public OpenNlpEntityRecognizer(TokenNameFinderModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
  }

  /**
   * A recognizer over {@code model} whose sentences are tagged by finders from {@code finders},
   * one per thread (a faster decoder of the same model, for instance). The finders must set each
   * span's probability, as {@link NameFinderME} does.
   *
   * @param model the model the finders decode
   * @param finders gives a new finder each time, one per thread
   */
  public OpenNlpEntityRecognizer(
      TokenNameFinderModel model, Supplier<? extends TokenNameFinder> finders) {
    this.model = Objects.requireNonNull(model, "model");
    this.finders = perThread(finders);
  }

  /**
   * A recognizer whose sentences are tagged by finders from {@code finders}, one per thread, with
   * no model kept: for a decoder that holds its own copy of a model's weights, so that the model
   * itself can be garbage-collected. {@link #model()} is then empty. The finders must set each
   * span's probability, as {@link NameFinderME} does.
   *
   * @param finders gives a new finder each time, one per thread
   */
  public OpenNlpEntityRecognizer(Supplier<? extends TokenNameFinder> finders) {
    this.model = null;
    this.finders = perThread(finders);
  }

  private static ThreadLocal<TokenNameFinder> perThread(
      Supplier<? extends TokenNameFinder> finders) {
    Objects.requireNonNull(finders, "finders");
    return ThreadLocal.withInitial(
        () -> Objects.requireNonNull(finders.get(), "finders supplied null"));
  }

  /**
   * Loads a model file.
   *
   * @param file the model file
   * @return the recognizer over the model
   * @throws IOException naming the file when it cannot be read or is no valid name-finder model
   */
  public static OpenNlpEntityRecognizer load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IOException("name-finder model file not found: " + file);
    }
    if (Files.size(file) > ModelArchive.MAX_BYTES) {
      throw new IOException("name-finder model " + file + ": " + Files.size(file)
          + " bytes, larger than the " + ModelArchive.MAX_BYTES + " bytes a model may have");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    }
  }

  /**
   * Loads a model from a stream, which is read fully but not closed. The bytes are checked before
   * OpenNLP reads them: a zip archive with a {@code manifest.properties}, unpacking to at most
   * twenty times its size (and at most 1 GiB), so a zip bomb or a file that is no model fails with
   * a reason in words rather than running out of memory.
   *
   * @param in the model's bytes, read to the end and not closed
   * @param name what to call the model in an exception message (a file name, a resource)
   * @return the recognizer over the model
   * @throws IOException naming {@code name} and the reason, when the bytes cannot be read or are no
   *     valid name-finder model
   */
  public static OpenNlpEntityRecognizer load(InputStream in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = ModelArchive.read(in);
    } catch (IOException e) {
      throw new IOException("name-finder model " + name + ": " + e.getMessage(), e);
    }
    OpenNlpExtensions.register();
    TokenNameFinderModel model;
    try {
      model = new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "name-finder model " + name + ": not a valid OpenNLP name-finder model ("
              + e.getMessage() + ")", e);
    }
    try {
      // Instantiates the feature generators now, so a model whose generator classes are missing
      // fails here, naming the file, rather than on the first text.
      new NameFinderME(model);
    } catch (RuntimeException e) {
      throw new IOException(
          "name-finder model " + name + " cannot be used (" + e.getMessage() + ")", e);
    }
    return new OpenNlpEntityRecognizer(model);
  }

  /**
   * The model, or empty for a recognizer built from finders alone.
   *
   * @return the model, if kept
   */
  public Optional<TokenNameFinderModel> model() {
    return Optional.ofNullable(model);
  }

  private static boolean startsWithConjunction(Token token) {
    List<Proclitic> proclitics = token.clitics().proclitics();
    return !proclitics.isEmpty()
        && (proclitics.get(0) == Proclitic.WA || proclitics.get(0) == Proclitic.FA);
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    TokenNameFinder finder = finders.get();
    finder.clearAdaptiveData();
    List<Entity> out = new ArrayList<>();
    String original = text.text();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensIn(sentence.span());
      for (int from = 0; from < tokens.size(); from += MAX_TAGGED_TOKENS) {
        tag(finder, original,
            tokens.subList(from, Math.min(tokens.size(), from + MAX_TAGGED_TOKENS)), out);
      }
    }
    finder.clearAdaptiveData();
    return out;
  }

  /** Tags one run of a sentence's tokens and adds the names found to {@code out}. */
  private static void tag(
      TokenNameFinder finder, String original, List<Token> tokens, List<Entity> out) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      // A finder is trained on letters: hand it presentation forms (from PDFs) as the letters.
      words[i] = PresentationForms.expand(tokens.get(i).span().textOf(original));
    }
    Span[] names = finder.find(words);
    for (int k = 0; k < names.length; k++) {
      if (names[k] == null || names[k].getStart() < 0 || names[k].getEnd() > words.length
          || names[k].getStart() >= names[k].getEnd() || Double.isNaN(names[k].getProb())) {
        throw new IllegalStateException("name finder " + finder.getClass().getName()
            + " returned " + names[k] + (names[k] == null ? "" : " (probability "
            + names[k].getProb() + ")") + " for a sentence of " + words.length + " tokens");
      }
      double score = Math.max(0.0, Math.min(1.0, names[k].getProb()));
      EntityType type = EntityTypes.of(names[k].getType());
      // A conjunction inside a name joins two names ("ماكرون وزيلينسكي"): split there.
      int from = names[k].getStart();
      for (int i = from + 1; i <= names[k].getEnd(); i++) {
        if (i == names[k].getEnd() || startsWithConjunction(tokens.get(i))) {
          CharSpan span = NameSpans.of(original, tokens, from, i);
          if (span != null) {
            String surface = span.textOf(original);
            out.add(new Entity(type, span, surface, surface, score));
          }
          from = i;
        }
      }
    }
  }
}
