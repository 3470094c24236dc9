package org.khabar.tools.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.khabar.models.ner.PerceptronWeights;

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

  private static Map<String, Context> predicates(MaxentModel model) {
    return PerceptronWeights.byPredicate((PerceptronModel) model);
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

  /** Each predicate's weights by outcome name. */
  private static Map<String, Map<String, Double>> weights(TokenNameFinderModel model) {
    PerceptronModel perceptron = (PerceptronModel) model.getArtifact("nameFinder.model");
    String[] outcomes = PerceptronWeights.outcomes(perceptron);
    Map<String, Map<String, Double>> out = new HashMap<>();
    predicates(perceptron).forEach((predicate, context) -> {
      Map<String, Double> byOutcome = new HashMap<>();
      for (int a = 0; a < context.getOutcomes().length; a++) {
        byOutcome.put(outcomes[context.getOutcomes()[a]], context.getParameters()[a]);
      }
      out.put(predicate, byOutcome);
    });
    return out;
  }

  @Test
  void averagingOrdersGivesTheMeanOfTheModelsTrainedInThoseOrders() throws IOException {
    List<NameSample> samples = samples(new IdentityHashMap<>());
    NerTrainer once = new NerTrainer(NerTrainer.Features.ARABIC, "PERCEPTRON", 10, 0);
    List<NameSample> second = NerTrainer.order(samples, 1);
    assertSame(samples, NerTrainer.order(samples, 0), "the first order is the samples' own");
    assertFalse(samples.equals(second), "the second order is shuffled");
    assertEquals(new HashSet<>(samples), new HashSet<>(second), "and has the same samples");
    assertEquals(second, NerTrainer.order(samples, 1), "with a fixed seed");

    Map<String, Map<String, Double>> w0 = weights(once.train(samples, List.of()));
    Map<String, Map<String, Double>> w1 = weights(once.train(second, List.of()));
    assertFalse(w0.equals(w1), "the two orders train different weights");
    Map<String, Map<String, Double>> mean =
        weights(once.withOrders(2).train(samples, List.of()));

    Set<String> predicates = new HashSet<>(w0.keySet());
    predicates.addAll(w1.keySet());
    assertTrue(predicates.containsAll(mean.keySet()), "no predicate from nowhere");
    for (String predicate : predicates) {
      Set<String> outcomes = new HashSet<>(w0.getOrDefault(predicate, Map.of()).keySet());
      outcomes.addAll(w1.getOrDefault(predicate, Map.of()).keySet());
      for (String outcome : outcomes) {
        double expected = (w0.getOrDefault(predicate, Map.of()).getOrDefault(outcome, 0.0)
            + w1.getOrDefault(predicate, Map.of()).getOrDefault(outcome, 0.0)) / 2;
        assertEquals(expected,
            mean.getOrDefault(predicate, Map.of()).getOrDefault(outcome, 0.0), 1e-9,
            () -> predicate + " " + outcome);
      }
    }
  }

  @Test
  void averagingAlsoWorksWithGenresAndTheModelStillFindsNames() throws IOException {
    Map<NameSample, String> domains = new IdentityHashMap<>();
    List<NameSample> samples = samples(domains);
    TokenNameFinderModel model =
        new NerTrainer(NerTrainer.Features.ARABIC_GENRES, "PERCEPTRON", 10, 0, 3)
            .train(samples, domains, List.of());
    Map<String, Context> pmap = predicates((MaxentModel) model.getArtifact("nameFinder.model"));
    assertFalse(pmap.keySet().stream().anyMatch(p -> p.startsWith("corpusx:")), "pruned");
    String[] tokens = samples.get(0).getSentence();
    assertArrayEquals(samples.get(0).getNames(),
        new opennlp.tools.namefind.NameFinderME(model).find(tokens));
  }

  @Test
  void droppedExperimentsAreRefusedAsOptionsByName() {
    for (String option : new String[] {"--bilou", "--sequence-epochs"}) {
      Args args = Args.parse(new String[] {option, "2"});
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, args::trainer);
      assertTrue(e.getMessage().contains(option), e.getMessage());
    }
    assertEquals(NerTrainer.defaults(), Args.parse(new String[0]).trainer());
  }

  @Test
  void badOrderCountsAreRefusedWithTheValue() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> new NerTrainer(NerTrainer.Features.ARABIC, "PERCEPTRON", 10, 0, 0));
    assertTrue(zero.getMessage().contains("0"), zero.getMessage());
    IllegalArgumentException maxent = assertThrows(IllegalArgumentException.class,
        () -> new NerTrainer(NerTrainer.Features.ARABIC, "MAXENT", 10, 0).withOrders(2));
    assertTrue(maxent.getMessage().contains("MAXENT"), maxent.getMessage());
  }

  @Test
  void theCommandLineReadsOrdersAndDefaultsToTheBundledSettings() {
    assertEquals(NerTrainer.defaults(), Args.parse(new String[0]).trainer());
    assertEquals(5, Args.parse(new String[] {"--orders", "5"}).trainer().orders());
    assertEquals(1, Args.parse(new String[] {"--orders", "1", "--algorithm", "maxent"})
        .trainer().orders());
  }
}
