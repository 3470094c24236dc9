package org.khabar.tools.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.Khabar;
import org.khabar.models.DefaultModels;
import org.khabar.models.ner.ArabicNameFinder;
import org.khabar.models.ner.Genre;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.OpenNlpEntityRecognizer;
import org.khabar.tools.corpus.NerCorpora;
import org.khabar.tools.train.Args;

/**
 * Command: evaluates a name-finder model (the bundled one by default) on the ANERcorp test split and
 * the AQMAR test documents, with exact-span P/R/F1 per type and the PER/LOC/ORG micro average: the
 * model alone, and the pipeline a user runs with it. For the bundled model it also prints how well the
 * calibrated scores of the bundled recognizers match how often their entities are right.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.tools.eval.EvaluateNer [--model model.bin]
 *     [--ant-ner-pred predictions.jsonl]
 * </pre>
 *
 * <p>It also scores the pipeline on the ant-ner development set ({@link AntNerEvaluation}) and,
 * with {@code --ant-ner-pred}, writes its predictions for the set's reference scorer.
 */
public final class EvaluateNer {

  private EvaluateNer() {}

  /**
   * Prints the bundled model's figures on ANERcorp test and AQMAR test.
   *
   * @param argv no arguments; {@code -Dkhabar.shared=DIR} names the shared folder
   * @throws IOException if a corpus cannot be read
   */
  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    org.khabar.ner.OpenNlpExtensions.register();
    TokenNameFinderModel model =
        args.has("model")
            ? new TokenNameFinderModel(Path.of(args.get("model", "")))
            : DefaultModels.nameFinderModel();
    NerCorpora corpora = NerCorpora.shared();
    report(model, corpora);
    reportAntNer(args.has("model")
            ? pipeline(model)
            : Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build(),
        corpora, args.get("ant-ner-pred", null));
    if (!args.has("model")) {
      reportCalibration(model, corpora);
    }
  }

  /**
   * Prints the scores of {@code khabar} on the ant-ner development set (news from another source,
   * never trained on), per type, with its most frequent misses and spurious names.
   *
   * @param khabar the pipeline
   * @param corpora the corpora
   * @param predictions where to write the predictions for {@code score_ner.py}, or null
   * @throws IOException if the set cannot be read or the predictions written
   */
  public static void reportAntNer(Khabar khabar, NerCorpora corpora, String predictions)
      throws IOException {
    List<AntNerEvaluation.Document> set =
        AntNerEvaluation.read(corpora.root().resolve("ant-ner"));
    AntNerEvaluation.Result result = AntNerEvaluation.evaluate(khabar, set);
    Reliability reliability = Reliability.of(result.judged());
    System.out.printf(Locale.ROOT, "ant-ner dev (%d Tunisian news articles), pipeline%n%s%n%s%n"
            + "ant-ner dev, scores: %s%n%s%n",
        set.size(), result.table(), result.worst(15), reliability.summary(), reliability.table());
    if (predictions != null) {
      try (Writer out = Files.newBufferedWriter(Path.of(predictions), StandardCharsets.UTF_8)) {
        AntNerEvaluation.writePredictions(khabar, set, out);
      }
    }
  }

  /**
   * Prints how well the bundled recognizers' calibrated scores match how often their entities are
   * right ({@link Reliability}) on both test sets, beside the raw scores of the same entities. The
   * bundled recognizer of a genre is the model's resolved recognizer with its scores mapped through
   * {@link DefaultModels#calibration(Genre)}, so one run of the pipeline gives both.
   *
   * @param bundled the bundled model
   * @param corpora the corpora
   * @throws IOException if a corpus cannot be read
   */
  public static void reportCalibration(TokenNameFinderModel bundled, NerCorpora corpora)
      throws IOException {
    reportCalibration("ANERcorp test", bundled, Genre.NEWS, ArticleEvaluator.articles(
        corpora.anercorpTest(), ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES));
    reportCalibration("AQMAR test documents", bundled, Genre.ENCYCLOPEDIC,
        ArticleEvaluator.articles(corpora.aqmar("test"), Integer.MAX_VALUE));
  }

  private static void reportCalibration(String what, TokenNameFinderModel bundled, Genre genre,
      List<List<NameSample>> articles) {
    List<ArticleEvaluator.Judged> raw =
        ArticleEvaluator.judge(modelPipeline(bundled, genre), articles);
    Reliability calibrated = Reliability.of(ArticleEvaluator.judge(
        Khabar.builder().addRecognizer(DefaultModels.entityRecognizer(genre)).build(), articles));
    System.out.printf(Locale.ROOT, "%s, pipeline, genre %s, the model's names, raw scores: %s%n"
            + "%s, pipeline, genre %s, bundled recognizer, calibrated scores: %s%n%s%n",
        what, genre.id(), Reliability.of(raw).summary(), what, genre.id(), calibrated.summary(),
        calibrated.table());
  }

  /**
   * Prints the scores of {@code model} on both test sets: the model alone on each sentence, and
   * Khabar's pipeline with the model's recognizer resolved per article ({@link ArticleEvaluator}).
   *
   * @param model a name-finder model
   * @param corpora the corpora
   * @throws IOException if a corpus cannot be read
   */
  public static void report(TokenNameFinderModel model, NerCorpora corpora) throws IOException {
    long t0 = System.nanoTime();
    List<NameSample> anerTest = corpora.anercorpTest();
    NerScores aner = NerEvaluator.evaluate(model, anerTest);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "ANERcorp test (repaired), %.1f s%n%s%n", seconds, aner.table());
    Khabar khabar = pipeline(model);
    System.out.printf(Locale.ROOT, "ANERcorp test, pipeline (articles of %d sentences)%n%s%n",
        ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES,
        ArticleEvaluator.evaluate(khabar, ArticleEvaluator.articles(
            anerTest, ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES)).table());
    reportDocuments("AQMAR test documents", model, khabar, corpora.aqmar("test"));
  }

  /**
   * Prints the scores of {@code model} on whole {@code documents} (each one article): alone and
   * through {@code pipeline} (the model's news pipeline), and for a model with genres, the same
   * decoded as encyclopedic text.
   *
   * @param title the heading of the report
   * @param model a name-finder model
   * @param pipeline the model's news pipeline
   * @param documents the annotated documents
   */
  public static void reportDocuments(
      String title, TokenNameFinderModel model, Khabar pipeline, List<NameSample> documents) {
    List<List<NameSample>> articles = ArticleEvaluator.articles(documents, Integer.MAX_VALUE);
    System.out.printf(Locale.ROOT, "%s%n%s%n", title,
        NerEvaluator.evaluate(model, documents).table());
    System.out.printf(Locale.ROOT, "%s, pipeline%n%s%n", title,
        ArticleEvaluator.evaluate(pipeline, articles).table());
    if (hasGenres(model)) {
      System.out.printf(Locale.ROOT, "%s, genre encyclopedic%n%s%n", title,
          NerEvaluator.evaluate(model, Genre.ENCYCLOPEDIC, documents).table());
      System.out.printf(Locale.ROOT, "%s, genre encyclopedic, pipeline%n%s%n", title,
          ArticleEvaluator.evaluate(pipeline(model, Genre.ENCYCLOPEDIC), articles).table());
    }
  }

  /**
   * Whether {@code model} was trained with genre features ({@link Genre}).
   *
   * @param model a name-finder model
   * @return whether it has genre features
   */
  public static boolean hasGenres(TokenNameFinderModel model) {
    return ArabicNameFinder.arabicGenerator(model.getFactory().createFeatureGenerators())
        .map(g -> g.genre() != null)
        .orElse(false);
  }

  /**
   * {@link #pipeline(TokenNameFinderModel)} decoding for {@code genre}.
   *
   * @param model a name-finder model with genre features
   * @param genre the kind of text
   * @return the pipeline
   */
  public static Khabar pipeline(TokenNameFinderModel model, Genre genre) {
    return Khabar.builder().addRecognizer(DefaultModels.entityRecognizer(model, genre)).build();
  }

  /**
   * Khabar's pipeline with {@code model}'s own names only, resolved per article and decoded for
   * {@code genre}: the bundled recognizer without the names built on head nouns or mined from news,
   * and with the model's raw scores. Its scores are what a calibration maps.
   *
   * @param model a name-finder model with genre features
   * @param genre the kind of text
   * @return the pipeline
   */
  public static Khabar modelPipeline(TokenNameFinderModel model, Genre genre) {
    return Khabar.builder().addRecognizer(EntityRecognizers.resolved(new OpenNlpEntityRecognizer(
        ArabicNameFinder.factory(model, ArabicNameFinder.DEFAULT_CACHE_SIZE, genre)))).build();
  }

  /**
   * Khabar's pipeline with {@code model}'s recognizer, resolved per article as the bundled one is.
   *
   * @param model a name-finder model
   * @return the pipeline
   */
  public static Khabar pipeline(TokenNameFinderModel model) {
    return Khabar.builder().addRecognizer(DefaultModels.entityRecognizer(model)).build();
  }
}
