package org.khabar.models.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.khabar.tools.train.NerTrainer;

class SequencePerceptronTest {

  private static final NerTrainer SEQUENCE =
      new NerTrainer(NerTrainer.Features.ARABIC, "PERCEPTRON", 5, 0, false, 4);

  @Test
  void sentenceTrainedModelTagsItsTrainingSentencesAndLoadsInOpenNlp() throws IOException {
    List<NameSample> samples = SavedModelTest.samples();
    TokenNameFinderModel model = SEQUENCE.train(samples, List.of("سمير"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel loaded =
        new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    NameFinderME finder = new NameFinderME(loaded);
    for (NameSample s : samples) {
      assertArrayEquals(
          stripProbs(s.getNames()), stripProbs(finder.find(s.getSentence())), s.toString());
    }
    assertTrue(ArabicNameFinder.factory(loaded).isPresent(), "fast decoder applies");
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    List<NameSample> samples = SavedModelTest.samples();
    NameFinderME a = new NameFinderME(SEQUENCE.train(samples, List.of("سمير")));
    NameFinderME b = new NameFinderME(SEQUENCE.train(samples, List.of("سمير")));
    String[] tokens = "وقال سمير منصور في القاهرة إن ليلى حداد وصلت .".split(" ");
    Span[] x = a.find(tokens);
    Span[] y = b.find(tokens);
    assertArrayEquals(x, y);
    assertArrayEquals(a.probs(), b.probs(), 0.0);
  }

  @Test
  void badArgumentsAreRejectedNamingTheValue() {
    IllegalArgumentException epochs =
        assertThrows(
            IllegalArgumentException.class,
            () -> new NerTrainer(NerTrainer.Features.ARABIC, "PERCEPTRON", 5, 0, false, -2));
    assertTrue(epochs.getMessage().contains("-2"), epochs.getMessage());
    IllegalArgumentException algorithm =
        assertThrows(
            IllegalArgumentException.class,
            () -> new NerTrainer(NerTrainer.Features.ARABIC, "MAXENT", 5, 0, false, 3));
    assertTrue(algorithm.getMessage().contains("MAXENT"), algorithm.getMessage());
  }

  private static Span[] stripProbs(Span[] spans) {
    Span[] out = new Span[spans.length];
    for (int i = 0; i < spans.length; i++) {
      out[i] = new Span(spans[i].getStart(), spans[i].getEnd(), spans[i].getType());
    }
    assertEquals(spans.length, out.length);
    return out;
  }
}
