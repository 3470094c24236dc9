package org.khabar.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/** Trains a tiny name finder inside a test, on sentences written for the tests. */
final class TinyModels {

  private TinyModels() {}

  private static final String[] PEOPLE = {"سمير حداد", "ليلى منصور", "كريم سالم", "هدى ناصر"};
  private static final String[] PLACES = {"لأوكرانيا", "باريس", "الكرملين", "القاهرة", "بيروت"};
  private static final String[] ORGS = {"حلف شمال الأطلسي", "الاتحاد الأوروبي", "شركة النور"};

  /** A model that knows a handful of people, places and organizations; trained once. */
  static TokenNameFinderModel model() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final TokenNameFinderModel MODEL = train();
  }

  private static TokenNameFinderModel train() {
    List<NameSample> samples = new ArrayList<>();
    try {
      for (String person : PEOPLE) {
        for (String place : PLACES) {
          samples.add(NameSample.parse(
              "قال <START:PERSON> " + person + " <END> في <START:LOCATION> " + place
                  + " <END> إن الوضع صعب .", true));
        }
        for (String org : ORGS) {
          samples.add(NameSample.parse(
              "التقى <START:PERSON> " + person + " <END> مع وفد <START:ORGANIZATION> " + org
                  + " <END> أمس .", true));
        }
      }
      samples.add(NameSample.parse("وقال الرجل إن الوضع صعب في المدينة .", true));
      // Teaches the model to run one name across a conjunction, which the recognizer splits.
      for (int i = 0; i < 3; i++) {
        samples.add(NameSample.parse(
            "التقى <START:PERSON> سمير حداد وليلى منصور <END> أمس .", true));
      }
      TrainingParameters params = new TrainingParameters();
      params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
      params.put(TrainingParameters.ITERATIONS_PARAM, 60);
      params.put(TrainingParameters.CUTOFF_PARAM, 0);
      params.put(TrainingParameters.THREADS_PARAM, 1);
      TokenNameFinderFactory factory =
          TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec());
      return NameFinderME.train(
          "ar", null, new CollectionObjectStream<>(samples), params, factory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
