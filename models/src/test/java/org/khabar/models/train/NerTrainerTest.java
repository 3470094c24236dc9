package org.khabar.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

  private static List<NameSample> samples(Map<NameSample, String> domains) throws IOException {
    List<NameSample> out = new ArrayList<>();
    String[] people = {"سمير حداد", "ليلى منصور"};
    String[] places = {"بيروت", "القاهرة"};
    for (String p : people) {
      for (String l : places) {
        out.add(NameSample.parse("قال <START:PERSON> " + p + " <END> في <START:LOCATION> " + l
            + " <END> إن الوضع صعب .", true));
        NameSample other = NameSample.parse("زار <START:PERSON> " + p + " <END> مدينة <START:LOCATION> "
            + l + " <END> عام 1990 .", true);
        out.add(other);
        domains.put(other, "corpusx");
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> predicates(MaxentModel model) {
    return (Map<String, Context>) ((PerceptronModel) model).getDataStructures()[1];
  }

  @Test
  void aTrainingOnlyDomainLeavesNoFeatureCopiesInTheModel() throws IOException {
    Map<NameSample, String> domains = new IdentityHashMap<>();
    List<NameSample> samples = samples(domains);
    NerTrainer trainer = new NerTrainer(NerTrainer.Features.ARABIC_GENRES, "PERCEPTRON", 10, 0);
    TokenNameFinderModel model = trainer.train(samples, domains, List.of());
    Map<String, Context> pmap = predicates((MaxentModel) model.getArtifact("nameFinder.model"));
    assertFalse(pmap.keySet().stream().anyMatch(p -> p.startsWith("corpusx:")), "pruned");
    assertTrue(pmap.keySet().stream().anyMatch(p -> p.startsWith("news:")), "news copies kept");
    assertTrue(pmap.containsKey("w=زار"), "shared features of the pruned domain's text kept");
  }

  @Test
  void pruningKeepsTheScoresOfContextsWithoutThePrefix() throws IOException {
    Map<NameSample, String> domains = new IdentityHashMap<>();
    List<NameSample> samples = samples(domains);
    NerTrainer trainer = new NerTrainer(NerTrainer.Features.ARABIC, "PERCEPTRON", 10, 0);
    MaxentModel full =
        (MaxentModel) trainer.train(samples, List.of()).getArtifact("nameFinder.model");
    MaxentModel pruned = NerTrainer.withoutPredicates(full, List.of("s="));
    assertFalse(predicates(pruned).keySet().stream().anyMatch(p -> p.startsWith("s=")));
    List<String> kept = predicates(full).keySet().stream()
        .filter(p -> !p.startsWith("s=")).limit(40).toList();
    String[] context = kept.toArray(new String[0]);
    assertArrayEquals(full.eval(context), pruned.eval(context), 1e-12);
    String[] withPruned = {"s=زار", context[0]};
    assertArrayEquals(full.eval(new String[] {context[0]}), pruned.eval(withPruned), 1e-12,
        "a pruned predicate counts for nothing");
  }
}
