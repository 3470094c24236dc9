package org.khabar.tools.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.tools.corpus.NerCorpora;
import org.khabar.tools.eval.ArticleEvaluator;
import org.khabar.tools.eval.EvaluateNer;
import org.khabar.tools.eval.NerEvaluator;
import org.khabar.tools.eval.NerScores;

/**
 * Command: k-fold cross-validation on ANERcorp train (contiguous folds, so neighbouring sentences of
 * one article stay together). Each fold learns its own word lists from its own training part. Prints
 * the model's scores and the pipeline's ({@link ArticleEvaluator}).
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.tools.train.CrossValidateNer [--folds 5]
 *     [--features arabic_genres] [--algorithm PERCEPTRON] [--iterations 300] [--cutoff 1]
 *     [--orders 3] [--data anercorp,aqmar,wikifane] [--jobs 1]
 * </pre>
 *
 * The defaults are the bundled model's settings (about 150 minutes on 2 cores, 100 with {@code
 * --jobs 2} and 20 GB of heap, or 50 with {@code --orders 1}; {@code --data anercorp --features
 * arabic --orders 1} takes about 2). The folds are cut from ANERcorp train; the other corpora in
 * {@code --data} (AQMAR's train documents, WikiFANE) are added to the training side of every fold.
 * {@code --jobs 2} trains two folds at once (each fold's training is single-threaded), with the same
 * figures in the same order.
 */
public final class CrossValidateNer {

  private CrossValidateNer() {}

  /**
   * Runs the cross-validation; see the class comment for the options.
   *
   * @param argv the options
   * @throws IOException if a corpus cannot be read
   * @throws InterruptedException if interrupted while folds train
   */
  public static void main(String[] argv) throws IOException, InterruptedException {
    Args args = Args.parse(argv);
    NerTrainer trainer = args.trainer();
    int folds = args.getInt("folds", 5);
    int jobs = jobs(args, folds);
    NerCorpora corpora = NerCorpora.shared();
    List<String> givenNames = corpora.givenNames();
    List<NameSample> all = corpora.anercorpTrain();
    NerData.Training more =
        NerData.training(corpora, args.get("data", NerData.BUNDLED).replace("anercorp", ""), true);
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    List<Future<NerScores[]>> results = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      int from = all.size() * k / folds;
      int to = all.size() * (k + 1) / folds;
      results.add(pool.submit(() -> {
        List<NameSample> train = new ArrayList<>(all.subList(0, from));
        train.addAll(all.subList(to, all.size()));
        train.addAll(more.samples());
        TokenNameFinderModel model = trainer.train(train, more.domains(), givenNames);
        List<NameSample> held = all.subList(from, to);
        NerScores fold = NerEvaluator.evaluate(model, held);
        NerScores pipeline = ArticleEvaluator.evaluate(EvaluateNer.pipeline(model),
            ArticleEvaluator.articles(held, ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES));
        return new NerScores[] {fold, pipeline};
      }));
    }
    pool.shutdown();
    NerScores total = new NerScores();
    NerScores totalPipeline = new NerScores();
    try {
      for (int k = 0; k < folds; k++) {
        NerScores[] fold = results.get(k).get();
        System.out.printf(Locale.ROOT, "fold %d: micro-F1 PER/LOC/ORG %.4f, pipeline %.4f%n",
            k + 1, fold[0].main().f1(), fold[1].main().f1());
        total.addAll(fold[0]);
        totalPipeline.addAll(fold[1]);
      }
    } catch (ExecutionException e) {
      pool.shutdownNow();
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("cross-validation fold failed: " + e.getCause(), e.getCause());
    }
    System.out.printf(Locale.ROOT, "%d-fold cross-validation on ANERcorp train, %s, data=%s%n%s",
        folds, trainer, args.get("data", NerData.BUNDLED), total.table());
    System.out.printf(Locale.ROOT, "the same through the pipeline (articles of %d sentences)%n%s",
        ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES, totalPipeline.table());
  }

  /**
   * {@code --jobs N}: how many folds train at once (default 1). Each needs its own heap for
   * training, so give the JVM that much more {@code -Xmx}.
   *
   * @throws IllegalArgumentException if N is below 1, or {@code --folds} is below 2
   */
  static int jobs(Args args, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds must be at least 2: " + folds);
    }
    int jobs = args.getInt("jobs", 1);
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1: " + jobs);
    }
    return Math.min(jobs, folds);
  }
}
