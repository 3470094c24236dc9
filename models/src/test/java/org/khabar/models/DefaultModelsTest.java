package org.khabar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Entity;
import org.khabar.models.ner.Genre;
import org.khabar.ner.HeadNounNames;
import org.khabar.ner.ScoreCalibration;

class DefaultModelsTest {

  @Test
  void aLoadThatRanOutOfMemoryCanBeRetried() throws Exception {
    // A fresh JVM: the first load has 60 MB of heap, too little; the second the whole 300 MB.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx300m", "-XX:+UseSerialGC",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        RetryAfterFailedLoad.class.getName(), "60").redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "fresh JVM timed out");
    assertEquals(0, process.exitValue(), out);
    assertTrue(out.contains("first: OutOfMemoryError"), out);
    assertTrue(out.contains("second: 2 names"), out);
  }

  @Test
  void modelWhoseChecksumDiffersIsRejectedNamingTheResource() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefaultModels.loadNameFinder("/org/khabar/models/tampered.bin"));
    assertTrue(e.getMessage().contains("/org/khabar/models/tampered.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
  }

  @Test
  void resourceThatIsNoModelIsRejectedNamingTheResource() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefaultModels.loadNameFinder("/org/khabar/models/not-a-model.bin"));
    assertTrue(e.getMessage().contains("/org/khabar/models/not-a-model.bin"), e.getMessage());
  }

  @Test
  void missingResourceIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefaultModels.loadNameFinder("/org/khabar/models/absent.bin"));
    assertTrue(e.getMessage().contains("/org/khabar/models/absent.bin"), e.getMessage());
  }

  @Test
  void bundledModelLoadsOnceAndIsShared() {
    assertSame(DefaultModels.nameFinderModel(), DefaultModels.nameFinderModel());
    assertSame(DefaultModels.entityRecognizer(), DefaultModels.entityRecognizer());
    assertSame(DefaultModels.entityRecognizer(), DefaultModels.entityRecognizer(Genre.NEWS));
    assertSame(DefaultModels.entityRecognizer(Genre.ENCYCLOPEDIC),
        DefaultModels.entityRecognizer(Genre.ENCYCLOPEDIC));
  }

  @Test
  void bundledCalibrationsRaiseTheNarrowRawScoresForEveryGenre() {
    for (Genre genre : Genre.values()) {
      ScoreCalibration c = DefaultModels.calibration(genre);
      assertSame(c, DefaultModels.calibration(genre));
      double[] raw = c.raw();
      double[] calibrated = c.calibrated();
      assertTrue(raw.length >= 2, genre + ": " + c);
      // Raw perceptron scores stay well below one half; the names they mark are mostly right.
      assertTrue(raw[raw.length - 1] < 0.5, genre + ": " + c);
      assertTrue(calibrated[calibrated.length - 1] > 0.8, genre + ": " + c);
      assertTrue(calibrated[0] < calibrated[calibrated.length - 1], genre + ": " + c);
    }
  }

  @Test
  void bundledRecognizerReturnsTheSameNamesWithCalibratedScores() {
    String text = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن ماكرون سيزور موسكو والقاهرة.";
    List<Entity> calibrated = Khabar.builder()
        .addRecognizer(DefaultModels.entityRecognizer()).build().process(text).entities();
    List<Entity> raw = Khabar.builder()
        .addRecognizer(DefaultModels.entityRecognizer(DefaultModels.nameFinderModel())).build()
        .process(text).entities();
    assertEquals(raw.size(), calibrated.size());
    assertTrue(raw.size() >= 3, raw.toString());
    ScoreCalibration news = DefaultModels.calibration(Genre.NEWS);
    for (int i = 0; i < raw.size(); i++) {
      Entity r = raw.get(i);
      Entity c = calibrated.get(i);
      assertEquals(r.withScore(c.score()), c);
      if (r.score() == HeadNounNames.SCORE || r.score() == DefaultModels.MINED_NAME_SCORE) {
        // A name built on a head noun or mined keeps its fixed score, or the model's calibrated
        // one where the model found the same name and scored it higher.
        assertTrue(c.score() >= r.score(), c + " after " + r);
      } else {
        assertEquals(news.apply(r.score()), c.score(), 1e-12, r.toString());
      }
    }
  }

  @Test
  void malformedCalibrationsAreRejectedNamingTheSourceAndLine() {
    String good = "# knots\nnews 0.2 0.4\nnews 0.3 0.9\nencyclopedic 0.25 0.7\n";
    Map<Genre, ScoreCalibration> parsed = CalibrationFile.parse("x.calibration", good);
    assertEquals(0.65, parsed.get(Genre.NEWS).apply(0.25), 1e-12);
    assertEquals(0.7, parsed.get(Genre.ENCYCLOPEDIC).apply(0.1));
    assertRejected("x.calibration line 2: expected \"genre raw calibrated\", got \"sports 0.2 0.4\"",
        good.replace("news 0.2 0.4", "sports 0.2 0.4"));
    assertRejected("x.calibration line 3: expected",
        good.replace("news 0.3 0.9", "news 0.3"));
    assertRejected("x.calibration line 2: not a number in \"news 0.2 high\"",
        good.replace("news 0.2 0.4", "news 0.2 high"));
    assertRejected("x.calibration has no calibration for genre encyclopedic",
        good.replace("encyclopedic 0.25 0.7", ""));
    assertRejected("x.calibration, genre news: calibrated scores must not decrease",
        good.replace("news 0.3 0.9", "news 0.3 0.1"));
  }

  private static void assertRejected(String expected, String text) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CalibrationFile.parse("x.calibration", text));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
