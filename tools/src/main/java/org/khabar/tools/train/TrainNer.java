package org.khabar.tools.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.Khabar;
import org.khabar.models.ner.Genre;
import org.khabar.tools.corpus.NerCorpora;
import org.khabar.tools.eval.ArticleEvaluator;
import org.khabar.tools.eval.EvaluateNer;
import org.khabar.tools.eval.NerEvaluator;
import org.khabar.tools.eval.NerScores;

/**
 * Command: trains an Arabic name finder from the shared corpora with fixed parameters.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.tools.train.TrainNer \
 *     [--data anercorp,aqmar,wikifane]
 *     [--features arabic|arabic_genres|baseline|arabic_no_lexicons|arabic_no_ngrams|...]
 *     [--algorithm PERCEPTRON|MAXENT] [--iterations 300] [--cutoff 1]
 *     [--orders 3] [--dev] [--out model.bin]
 * </pre>
 *
 * The defaults are the bundled model's settings (about 36 minutes on 2 cores, 12 GB of heap;
 * about 8 with {@code --orders 1}). {@code --orders N} trains N perceptrons on the data in N
 * fixed orders and averages their weights ({@link NerTrainer#orders()}).
 * With {@code --features arabic_genres} (the default), ANERcorp trains as news, AQMAR as
 * encyclopedic text ({@link Genre}), and WikiFANE with feature copies of its own. With {@code
 * --dev} it holds out
 * the last fifth of ANERcorp train and AQMAR's dev documents, trains on the rest and prints the
 * held-out scores, alone and through the pipeline (for choosing settings without touching a test
 * set), after writing the model to {@code --out} if given. Otherwise it trains on all training data,
 * writes {@code --out} if given, and prints the test-set scores.
 */
public final class TrainNer {

  private TrainNer() {}

  /**
   * Trains a model; see the class comment for the options.
   *
   * @param argv the options
   * @throws Exception if a corpus cannot be read or the model written
   */
  public static void main(String[] argv) throws Exception {
    Args args = Args.parse(argv);
    NerTrainer trainer = args.trainer();
    NerCorpora corpora = NerCorpora.shared();
    String data = args.get("data", NerData.BUNDLED);
    List<String> givenNames = corpora.givenNames();
    long t0 = System.nanoTime();
    if (args.has("dev")) {
      List<NameSample> aner = corpora.anercorpTrain();
      int cut = aner.size() * 4 / 5;
      List<NameSample> train = new ArrayList<>(aner.subList(0, cut));
      NerData.Training more = NerData.training(corpora, data.replace("anercorp", ""), true);
      train.addAll(more.samples());
      List<NameSample> dev = aner.subList(cut, aner.size());
      TokenNameFinderModel model = trainer.train(train, more.domains(), givenNames);
      if (args.has("out")) {
        write(model, Path.of(args.get("out", "")));
      }
      NerScores scores = NerEvaluator.evaluate(model, dev);
      System.out.printf(Locale.ROOT, "dev (last 20%% of ANERcorp train), %s, data=%s, %.0f s%n%s",
          trainer, data, (System.nanoTime() - t0) / 1e9, scores.table());
      Khabar khabar = EvaluateNer.pipeline(model);
      NerScores pipeline = ArticleEvaluator.evaluate(khabar,
          ArticleEvaluator.articles(dev, ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES));
      System.out.printf(Locale.ROOT, "dev, pipeline (articles of %d sentences)%n%s",
          ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES, pipeline.table());
      EvaluateNer.reportDocuments("AQMAR dev documents", model, khabar, corpora.aqmar("dev"));
      return;
    }
    NerData.Training training = NerData.training(corpora, data);
    List<NameSample> train = training.samples();
    TokenNameFinderModel model = trainer.train(train, training.domains(), givenNames);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "trained %s on %s (%d sentences) in %.0f s%n",
        trainer, data, train.size(), seconds);
    if (args.has("out")) {
      write(model, Path.of(args.get("out", "")));
    }
    EvaluateNer.report(model, corpora);
  }

  /** Writes {@code model} to {@code out} and its SHA-256 beside it, as the bundled model has. */
  private static void write(TokenNameFinderModel model, Path out) throws Exception {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
    String sha = java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out)));
    Files.writeString(out.resolveSibling(out.getFileName() + ".sha256"),
        sha + "  " + out.getFileName() + "\n", java.nio.charset.StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "wrote %s (%d bytes, SHA-256 %s)%n", out, Files.size(out), sha);
  }
}
