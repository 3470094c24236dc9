package org.khabar.examples.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.ner.DictionaryEntityRecognizer;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.OpenNlpEntityRecognizer;

/**
 * Trains a tiny OpenNLP name finder of your own, saves it, loads it back from the file, combines it
 * with a dictionary of your own names, and plugs both into the Khabar pipeline.
 *
 * <pre>
 * java -cp examples/target/khabar.jar org.khabar.examples.ner.CustomModelExample
 * </pre>
 */
public final class CustomModelExample {

  private CustomModelExample() {}

  public static void main(String[] args) throws IOException {
    // 1. Annotated sentences in OpenNLP's format (here a few of our own; use your corpus).
    List<NameSample> samples = new ArrayList<>();
    String[] teams = {"النادي الأهلي", "نادي الزمالك", "الترجي الرياضي"};
    String[] coaches = {"سمير حداد", "كريم سالم", "ليلى منصور"};
    for (String team : teams) {
      for (String coach : coaches) {
        samples.add(NameSample.parse("أعلن <START:ORGANIZATION> " + team
            + " <END> تعاقده مع المدرب <START:PERSON> " + coach + " <END> .", true));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, 50);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    TokenNameFinderModel model = NameFinderME.train("ar", null,
        new CollectionObjectStream<>(samples), params,
        TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec()));

    // 2. Save it and load it back, as you would ship it.
    Path file = Files.createTempFile("khabar-custom-ner", ".bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
    EntityRecognizer custom = OpenNlpEntityRecognizer.load(file);

    // 3. Your own names first (they type a name both find), then the model; resolved per article.
    EntityRecognizer dictionary = DictionaryEntityRecognizer.builder()
        .add(EntityType.LOCATION, "ملعب رادس")
        .build();
    Khabar khabar = Khabar.builder()
        .addRecognizer(EntityRecognizers.combine(dictionary, custom))
        .build();

    Article article = khabar.process(
        "أعلن نادي الزمالك تعاقده مع المدرب كريم سالم . وتقام المباراة في ملعب رادس .");
    for (Entity e : article.entities()) {
      System.out.printf("%-13s [%d, %d) %s%n", e.type(), e.span().start(), e.span().end(),
          e.text());
    }
    Files.deleteIfExists(file);
  }
}
