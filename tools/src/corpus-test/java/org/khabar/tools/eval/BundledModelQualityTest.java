package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.models.DefaultModels;
import org.khabar.models.ner.Genre;
import org.khabar.tools.corpus.NerCorpora;
import org.khabar.tools.corpus.SharedCorpora;

/**
 * Guards the bundled model's quality: evaluates it on the repaired ANERcorp test split (whose
 * checksum is verified first) and on the AQMAR test documents decoded as encyclopedic text, alone
 * and through the pipeline, and the bundled pipeline on the ant-ner development set (news from
 * another source), and fails if a PER/LOC/ORG micro-F1 drops by more than 0.01 below the figure
 * measured when the model was bundled (see models/README.md).
 */
class BundledModelQualityTest {

  /** SHA-256 of {@code anercorp/test.txt} (repaired CAMeL split). */
  static final String ANERCORP_TEST_SHA256 =
      "6453eda6a24c8f44156d0ed554b8f7655e09dca1204f0483642689c833971d5c";

  /** Measured micro-F1 (PER/LOC/ORG, exact span) of the bundled model; see models/README.md. */
  static final double MEASURED_MICRO_F1 = 0.7321;

  /** The same, through the pipeline with the bundled recognizer ({@link ArticleEvaluator}). */
  static final double MEASURED_PIPELINE_MICRO_F1 = 0.7577;

  /** Measured micro-F1 on the AQMAR test documents, genre encyclopedic, model alone. */
  static final double MEASURED_AQMAR_ENCYCLOPEDIC_F1 = 0.7389;

  /** The same through the pipeline, with the recognizer for encyclopedic text. */
  static final double MEASURED_AQMAR_ENCYCLOPEDIC_PIPELINE_F1 = 0.7483;

  /**
   * Measured micro-F1 of the bundled pipeline on the ant-ner development set, scored as its {@code
   * score_ner.py} scores.
   */
  static final double MEASURED_ANT_NER_F1 = 0.854;

  static final double TOLERANCE = 0.01;

  /**
   * Measured expected calibration error ({@link Reliability}) of the bundled recognizers' scores
   * through the pipeline: news on ANERcorp test, encyclopedic on the AQMAR test documents.
   */
  static final double MEASURED_NEWS_CALIBRATION_ERROR = 0.062;

  static final double MEASURED_ENCYCLOPEDIC_CALIBRATION_ERROR = 0.037;

  /** How far the calibration error may rise above the measured one. */
  static final double CALIBRATION_TOLERANCE = 0.02;

  @Test
  void bundledModelKeepsItsAnercorpTestScore() throws IOException, NoSuchAlgorithmException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    NerCorpora corpora = new NerCorpora(root.get());
    byte[] bytes = Files.readAllBytes(corpora.anercorpTestFile());
    assertEquals(ANERCORP_TEST_SHA256,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
        "anercorp/test.txt is not the file the figure was measured on");
    List<NameSample> test = corpora.anercorpTest();
    NerScores scores = NerEvaluator.evaluate(DefaultModels.nameFinderModel(), test);
    double f1 = scores.main().f1();
    assertTrue(f1 >= MEASURED_MICRO_F1 - TOLERANCE,
        "micro-F1 " + f1 + " fell below " + MEASURED_MICRO_F1 + " - " + TOLERANCE + "\n"
            + scores.table());
    NerScores pipeline = ArticleEvaluator.evaluate(
        EvaluateNer.pipeline(DefaultModels.nameFinderModel()),
        ArticleEvaluator.articles(test, ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES));
    double pipelineF1 = pipeline.main().f1();
    assertTrue(pipelineF1 >= MEASURED_PIPELINE_MICRO_F1 - TOLERANCE,
        "pipeline micro-F1 " + pipelineF1 + " fell below " + MEASURED_PIPELINE_MICRO_F1 + " - "
            + TOLERANCE + "\n" + pipeline.table());
  }

  @Test
  void bundledModelKeepsItsAqmarTestScoreAsEncyclopedicText() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    List<NameSample> test = new NerCorpora(root.get()).aqmar("test");
    NerScores scores =
        NerEvaluator.evaluate(DefaultModels.nameFinderModel(), Genre.ENCYCLOPEDIC, test);
    assertTrue(scores.main().f1() >= MEASURED_AQMAR_ENCYCLOPEDIC_F1 - TOLERANCE,
        "AQMAR micro-F1 " + scores.main().f1() + " fell below " + MEASURED_AQMAR_ENCYCLOPEDIC_F1
            + " - " + TOLERANCE + "\n" + scores.table());
    NerScores pipeline = ArticleEvaluator.evaluate(
        EvaluateNer.pipeline(DefaultModels.nameFinderModel(), Genre.ENCYCLOPEDIC),
        ArticleEvaluator.articles(test, Integer.MAX_VALUE));
    assertTrue(pipeline.main().f1() >= MEASURED_AQMAR_ENCYCLOPEDIC_PIPELINE_F1 - TOLERANCE,
        "AQMAR pipeline micro-F1 " + pipeline.main().f1() + " fell below "
            + MEASURED_AQMAR_ENCYCLOPEDIC_PIPELINE_F1 + " - " + TOLERANCE + "\n"
            + pipeline.table());
  }

  @Test
  void bundledPipelineKeepsItsAntNerDevScore() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
    AntNerEvaluation.Result result = AntNerEvaluation.evaluate(
        khabar, AntNerEvaluation.read(root.get().resolve("ant-ner")));
    double f1 = result.micro().f1();
    assertTrue(f1 >= MEASURED_ANT_NER_F1 - TOLERANCE,
        "ant-ner micro-F1 " + f1 + " fell below " + MEASURED_ANT_NER_F1 + " - " + TOLERANCE
            + "\n" + result.table() + "\n" + result.worst(10));
  }

  @Test
  void bundledScoresStayCalibratedOnBothTestSets() throws IOException {
    Optional<Path> root = SharedCorpora.root();
    Assumptions.assumeTrue(root.isPresent(),
        "skipped: shared corpora not found (set -Dkhabar.shared=/path/to/shared)");
    NerCorpora corpora = new NerCorpora(root.get());
    Reliability news = calibrated(Genre.NEWS, ArticleEvaluator.articles(
        corpora.anercorpTest(), ArticleEvaluator.ANERCORP_ARTICLE_SENTENCES));
    assertTrue(news.expectedCalibrationError()
            <= MEASURED_NEWS_CALIBRATION_ERROR + CALIBRATION_TOLERANCE,
        "ANERcorp test: " + news.summary() + "\n" + news.table());
    Reliability encyclopedic = calibrated(Genre.ENCYCLOPEDIC,
        ArticleEvaluator.articles(corpora.aqmar("test"), Integer.MAX_VALUE));
    assertTrue(encyclopedic.expectedCalibrationError()
            <= MEASURED_ENCYCLOPEDIC_CALIBRATION_ERROR + CALIBRATION_TOLERANCE,
        "AQMAR test: " + encyclopedic.summary() + "\n" + encyclopedic.table());
  }

  /** The reliability of the bundled recognizer's scores for {@code genre}, as it ships. */
  private static Reliability calibrated(Genre genre, List<List<NameSample>> articles) {
    Khabar khabar =
        Khabar.builder().addRecognizer(DefaultModels.entityRecognizer(genre)).build();
    return Reliability.of(ArticleEvaluator.judge(khabar, articles));
  }
}
