package org.khabar.tools.train;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.Khabar;
import org.khabar.models.ner.Genre;
import org.khabar.ner.OpenNlpExtensions;
import org.khabar.ner.ScoreCalibration;
import org.khabar.tools.corpus.NerCorpora;
import org.khabar.tools.eval.ArticleEvaluator;
import org.khabar.tools.eval.EvaluateNer;
import org.khabar.tools.eval.Reliability;

/**
 * Command: fits the score calibration of the bundled recognizers ({@link
 * org.khabar.models.DefaultModels#CALIBRATION_RESOURCE}) on text that the model it is fitted with
 * did not see.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.tools.train.TrainNer --dev --out dev.bin
 * java -Dkhabar.shared=../shared -cp ... org.khabar.tools.train.CalibrateNer --model dev.bin \
 *     [--out models/src/main/resources/org/khabar/models/ner-ar.calibration]
 * </pre>
 *
 * {@code --model} is a model trained with the bundled settings by {@code TrainNer --dev}, which
 * holds out the last fifth of ANERcorp train and the AQMAR dev documents. Those are run through the
 * pipeline with the model's resolved recognizer, as news and as encyclopedic text, and every entity
 * returned is judged right when the corpus names exactly its tokens with its type. {@link
 * ScoreCalibration#fit} turns the judgments of each genre into that genre's calibration. The bundled
 * model is trained on all the data with the same settings, so its scores are taken to mean what the
 * held-out model's mean; {@code EvaluateNer} checks that on the test sets.
 */
public final class CalibrateNer {

  /** Fewest entities behind a knot of the calibration. */
  static final int MIN_COUNT = 40;

  private CalibrateNer() {}

  /**
   * Fits the calibration and writes it; see the class comment for the options.
   *
   * @param argv the options
   * @throws Exception if a corpus or the model cannot be read, or the output written
   */
  public static void main(String[] argv) throws Exception {
    Args args = Args.parse(argv);
    if (!args.has("model")) {
      throw new IllegalArgumentException("--model is required: a model trained by TrainNer --dev");
    }
    OpenNlpExtensions.register();
    Path modelFile = Path.of(args.get("model", ""));
    TokenNameFinderModel model = new TokenNameFinderModel(modelFile);
    NerCorpora corpora = NerCorpora.shared();
    List<NameSample> aner = corpora.anercorpTrain();
    List<NameSample> dev = aner.subList(aner.size() * 4 / 5, aner.size());
    StringBuilder out = new StringBuilder()
        .append("# Score calibration of the bundled recognizers: knots \"genre raw calibrated\".\n")
        .append("# Written by org.khabar.tools.train.CalibrateNer (see models/README.md), from the\n")
        .append("# entities a model trained by TrainNer --dev found in the text it held out.\n");
    fit(Genre.NEWS, "the last fifth of ANERcorp train",
        EvaluateNer.modelPipeline(model, Genre.NEWS),
        ArticleEvaluator.articles(dev, ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES), out);
    fit(Genre.ENCYCLOPEDIC, "the AQMAR dev documents",
        EvaluateNer.modelPipeline(model, Genre.ENCYCLOPEDIC),
        ArticleEvaluator.articles(corpora.aqmar("dev"), Integer.MAX_VALUE), out);
    if (args.has("out")) {
      Path file = Path.of(args.get("out", ""));
      Files.writeString(file, out, StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "wrote %s%n", file);
    } else {
      System.out.print(out);
    }
  }

  private static void fit(Genre genre, String what, Khabar pipeline,
      List<List<NameSample>> articles, StringBuilder out) {
    List<ArticleEvaluator.Judged> judged = ArticleEvaluator.judge(pipeline, articles);
    double[] scores = new double[judged.size()];
    boolean[] correct = new boolean[judged.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = judged.get(i).entity().score();
      correct[i] = judged.get(i).correct();
    }
    ScoreCalibration calibration = ScoreCalibration.fit(scores, correct, MIN_COUNT);
    Reliability raw = Reliability.of(judged);
    System.out.printf(Locale.ROOT, "%s, %s, raw scores: %s%n%s%n", genre.id(), what,
        raw.summary(), raw.table());
    out.append(String.format(Locale.ROOT, "# %s: fitted on %s, %d entities, %d right%n",
        genre.id(), what, raw.count(), Math.round(raw.accuracy() * raw.count())));
    double[] r = calibration.raw();
    double[] c = calibration.calibrated();
    for (int i = 0; i < r.length; i++) {
      out.append(String.format(Locale.ROOT, "%s %.6f %.6f%n", genre.id(), r[i], c[i]));
    }
  }
}
