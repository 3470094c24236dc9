package org.khabar.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.khabar.tools.corpus.NerCorpusFormat;
import org.khabar.tools.corpus.NerCorpusReader;

/**
 * The anchor name finder: a plain OpenNLP {@link NameFinderME} model with the default feature
 * generators and the BIO codec, trained on ANERcorp train with OpenNLP's default parameters (maxent,
 * cutoff 5, {@link BenchConfig#ANCHOR_NER_ITERATIONS} iterations). What a user gets from OpenNLP
 * with no Arabic-specific work; its speed, not its accuracy, is what the benchmarks compare.
 *
 * <p>Trained once and cached in {@link BenchConfig#cacheDir()} so that every JMH fork does not pay
 * for training. Thread-safe; the model is immutable ({@link NameFinderME} is not: one per thread).
 */
final class AnchorNameFinder {

  private static TokenNameFinderModel model;

  private AnchorNameFinder() {}

  static synchronized TokenNameFinderModel model() {
    if (model == null) {
      model = loadOrTrain();
    }
    return model;
  }

  private static TokenNameFinderModel loadOrTrain() {
    Path cached =
        BenchConfig.cacheDir()
            .resolve("anchor-ner-anercorp-i" + BenchConfig.ANCHOR_NER_ITERATIONS + ".bin");
    try {
      if (Files.isRegularFile(cached)) {
        try (InputStream in = Files.newInputStream(cached)) {
          return new TokenNameFinderModel(in);
        }
      }
      TrainingParameters params = TrainingParameters.defaultParams();
      params.put(TrainingParameters.ITERATIONS_PARAM, BenchConfig.ANCHOR_NER_ITERATIONS);
      TokenNameFinderFactory factory =
          new TokenNameFinderFactory(null, Map.of(), new BioCodec());
      TokenNameFinderModel trained =
          NameFinderME.train(
              "ar",
              null,
              ObjectStreamUtils.createObjectStream(
                  NerCorpusReader.of(NerCorpusFormat.ANERCORP)
                      .read(BenchConfig.anercorpTrain())),
              params,
              factory);
      Files.createDirectories(cached.getParent());
      Path tmp = Files.createTempFile(cached.getParent(), "anchor-ner", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        trained.serialize(out);
      }
      Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return trained;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train or load the anchor name finder", e);
    }
  }
}
