package org.khabar.models.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.models.DefaultModels;
import org.khabar.models.corpus.NerCorpora;
import org.khabar.models.train.Args;

/**
 * Command: evaluates a name-finder model (the bundled one by default) on the ANERcorp test split and
 * the AQMAR test documents, with exact-span P/R/F1 per type and the PER/LOC/ORG micro average.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.models.eval.EvaluateNer [--model model.bin]
 * </pre>
 */
public final class EvaluateNer {

  private EvaluateNer() {}

  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    org.khabar.ner.OpenNlpExtensions.register();
    TokenNameFinderModel model =
        args.has("model")
            ? new TokenNameFinderModel(Path.of(args.get("model", "")))
            : DefaultModels.nameFinderModel();
    report(model, NerCorpora.shared());
  }

  /** Prints the scores of {@code model} on both test sets. */
  public static void report(TokenNameFinderModel model, NerCorpora corpora) throws IOException {
    long t0 = System.nanoTime();
    NerScores aner = NerEvaluator.evaluate(model, corpora.anercorpTest());
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "ANERcorp test (repaired), %.1f s%n%s%n", seconds, aner.table());
    NerScores aqmar = NerEvaluator.evaluate(model, corpora.aqmar("test"));
    System.out.printf(Locale.ROOT, "AQMAR test documents%n%s%n", aqmar.table());
  }
}
