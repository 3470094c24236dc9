package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.tools.train.NerTrainer;

class SavedModelTest {

  static List<NameSample> samples() throws IOException {
    String[] people = {"سمير حداد", "ليلى منصور", "كريم سالم"};
    String[] places = {"بيروت", "القاهرة", "لأوكرانيا"};
    List<NameSample> out = new ArrayList<>();
    for (String p : people) {
      for (String l : places) {
        out.add(NameSample.parse("قال <START:PERSON> " + p + " <END> في <START:LOCATION> " + l
            + " <END> إن الوضع صعب .", true));
      }
    }
    return out;
  }

  static TokenNameFinderModel tinyArabicModel() throws IOException {
    return new NerTrainer(NerTrainer.Features.ARABIC, "PERCEPTRON", 30, 0)
        .train(samples(), List.of("سمير"));
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    NerTrainer trainer = new NerTrainer(NerTrainer.Features.ARABIC, "PERCEPTRON", 30, 0);
    java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    List<NameSample> s = samples();
    trainer.train(s, List.of("سمير")).serialize(a);
    trainer.train(s, List.of("سمير")).serialize(b);
    // The zip container carries timestamps; compare the tagging instead of bytes.
    TokenNameFinderModel m1 = new TokenNameFinderModel(new java.io.ByteArrayInputStream(a.toByteArray()));
    TokenNameFinderModel m2 = new TokenNameFinderModel(new java.io.ByteArrayInputStream(b.toByteArray()));
    String[] tokens = "قال كريم سالم في بيروت إن الوضع صعب .".split(" ");
    assertEquals(
        List.of(new opennlp.tools.namefind.NameFinderME(m1).find(tokens)),
        List.of(new opennlp.tools.namefind.NameFinderME(m2).find(tokens)));
  }

  @Test
  void savedModelWithArabicFeaturesTagsInAFreshJvm(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("arabic.bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      tinyArabicModel().serialize(out);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(
        java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        FreshJvmTagger.class.getName(), file.toString()));
    command.addAll(List.of("قال", "ليلى", "منصور", "في", "القاهرة", "إن", "الوضع", "صعب", "."));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "fresh JVM timed out");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("[1..3) PERSON"), output);
    assertTrue(output.contains("[4..5) LOCATION"), output);
  }
}
