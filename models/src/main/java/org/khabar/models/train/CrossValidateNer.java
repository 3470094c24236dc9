package org.khabar.models.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.models.corpus.NerCorpora;
import org.khabar.models.eval.ArticleEvaluator;
import org.khabar.models.eval.EvaluateNer;
import org.khabar.models.eval.NerEvaluator;
import org.khabar.models.eval.NerScores;

/**
 * Command: k-fold cross-validation on ANERcorp train (contiguous folds, so neighbouring sentences of
 * one article stay together). Each fold learns its own word lists from its own training part. Prints
 * the model's scores and the pipeline's ({@link ArticleEvaluator}).
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.models.train.CrossValidateNer [--folds 5]
 *     [--features arabic_genres] [--algorithm PERCEPTRON] [--iterations 300] [--cutoff 1]
 *     [--orders 3] [--data anercorp,aqmar,wikifane]
 * </pre>
 *
 * The defaults are the bundled model's settings (about 150 minutes on 2 cores, or 50 with {@code
 * --orders 1}; {@code --data anercorp --features arabic --orders 1} takes about 2). The folds are
 * cut from ANERcorp train; the other corpora in {@code --data} (AQMAR's train documents, WikiFANE)
 * are added to the training side of every fold.
 */
public final class CrossValidateNer {

  private CrossValidateNer() {}

  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    NerTrainer trainer = args.trainer();
    int folds = args.getInt("folds", 5);
    NerCorpora corpora = NerCorpora.shared();
    List<String> givenNames = corpora.givenNames();
    List<NameSample> all = corpora.anercorpTrain();
    NerData.Training more =
        NerData.training(corpora, args.get("data", NerData.BUNDLED).replace("anercorp", ""), true);
    NerScores total = new NerScores();
    NerScores totalPipeline = new NerScores();
    for (int k = 0; k < folds; k++) {
      int from = all.size() * k / folds;
      int to = all.size() * (k + 1) / folds;
      List<NameSample> train = new ArrayList<>(all.subList(0, from));
      train.addAll(all.subList(to, all.size()));
      train.addAll(more.samples());
      TokenNameFinderModel model = trainer.train(train, more.domains(), givenNames);
      List<NameSample> held = all.subList(from, to);
      NerScores fold = NerEvaluator.evaluate(model, held);
      NerScores pipeline = ArticleEvaluator.evaluate(EvaluateNer.pipeline(model),
          ArticleEvaluator.articles(held, ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES));
      System.out.printf(Locale.ROOT, "fold %d: micro-F1 PER/LOC/ORG %.4f, pipeline %.4f%n",
          k + 1, fold.main().f1(), pipeline.main().f1());
      total.addAll(fold);
      totalPipeline.addAll(pipeline);
    }
    System.out.printf(Locale.ROOT, "%d-fold cross-validation on ANERcorp train, %s, data=%s%n%s",
        folds, trainer, args.get("data", NerData.BUNDLED), total.table());
    System.out.printf(Locale.ROOT, "the same through the pipeline (articles of %d sentences)%n%s",
        ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES, totalPipeline.table());
  }
}
