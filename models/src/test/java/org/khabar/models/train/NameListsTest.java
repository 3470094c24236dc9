package org.khabar.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;
import org.khabar.models.ner.ArabicFeatureGeneratorFactory;

class NameListsTest {

  private static NameSample sample(String annotated) {
    try {
      return NameSample.parse(annotated, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void keepsNamesWhoseTypeHoldsTheShareFoldedWithoutTheirPreposition() {
    List<NameSample> samples = new ArrayList<>();
    // Three times an organization (once behind a preposition), once MISC: 3 of 4 = 0.75.
    samples.add(sample("قال <START:ORGANIZATION> مجلس الأمن <END> أمس ."));
    samples.add(sample("في <START:ORGANIZATION> مجلس الأمن <END> ."));
    samples.add(sample("أمام <START:ORGANIZATION> ومجلس الأمن <END> ."));
    samples.add(sample("عن <START:MISC> مجلس الأمن <END> ."));
    // Twice a place, twice a person: neither type holds 0.75.
    samples.add(sample("<START:LOCATION> حمدان <END> ."));
    samples.add(sample("<START:LOCATION> حمدان <END> ."));
    samples.add(sample("<START:PERSON> حمدان <END> ."));
    samples.add(sample("<START:PERSON> حمدان <END> ."));
    // Too short to list.
    samples.add(sample("<START:ORGANIZATION> يب <END> ."));
    String key =
        ArabicFeatureGeneratorFactory.bare("مجلس") + " " + ArabicFeatureGeneratorFactory.fold("الأمن");
    assertEquals(
        List.of("ORGANIZATION\t" + key),
        NameLists.lines(samples, 0.75, List.of("PERSON", "LOCATION", "ORGANIZATION")));
    assertEquals(List.of(), NameLists.lines(samples, 0.75, List.of("PERSON", "LOCATION")));
    assertEquals(
        List.of("LOCATION\t" + ArabicFeatureGeneratorFactory.fold("حمدان"),
            "ORGANIZATION\t" + key,
            "PERSON\t" + ArabicFeatureGeneratorFactory.fold("حمدان")),
        NameLists.lines(samples, 0.5, List.of("PERSON", "LOCATION", "ORGANIZATION")));
  }
}
