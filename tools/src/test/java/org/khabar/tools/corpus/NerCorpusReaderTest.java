package org.khabar.tools.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerCorpusReaderTest {

  private static List<NameSample> read(NerCorpusFormat format, String text) {
    return NerCorpusReader.of(format).parse(text);
  }

  @Test
  void readsAnercorpTokensTagsAndSentences() {
    List<NameSample> samples = read(NerCorpusFormat.ANERCORP,
        "زار B-PERS\nسمير I-PERS\nحداد I-PERS\nباريس B-LOC\n. O\n\nقالت O\nالشركة B-ORG\n");
    assertEquals(2, samples.size());
    assertArrayEquals(new String[] {"زار", "سمير", "حداد", "باريس", "."},
        samples.get(0).getSentence());
    assertArrayEquals(
        new Span[] {new Span(0, 3, "PERSON"), new Span(3, 4, "LOCATION")},
        samples.get(0).getNames());
    assertArrayEquals(new Span[] {new Span(1, 2, "ORGANIZATION")}, samples.get(1).getNames());
  }

  @Test
  void strayInsideTagBeginsAName() {
    List<NameSample> samples = read(NerCorpusFormat.ANERCORP, "في O\nلندن I-LOC\nو O\n");
    assertArrayEquals(new Span[] {new Span(1, 2, "LOCATION")}, samples.get(0).getNames());
  }

  @Test
  void insideTagOfAnotherTypeBeginsAName() {
    List<NameSample> samples =
        read(NerCorpusFormat.ANERCORP, "سمير B-PERS\nلندن I-LOC\n");
    assertArrayEquals(
        new Span[] {new Span(0, 1, "PERSON"), new Span(1, 2, "LOCATION")},
        samples.get(0).getNames());
  }

  @Test
  void consecutiveBeginTagsAreSeparateNames() {
    List<NameSample> samples = read(NerCorpusFormat.ANERCORP, "مصر B-LOC\nسوريا B-LOC\n");
    assertEquals(2, samples.get(0).getNames().length);
  }

  @Test
  void mapsAnercorpMiscToMisc() {
    List<NameSample> samples = read(NerCorpusFormat.ANERCORP, "كأس B-MISC\nالعالم I-MISC\n");
    assertArrayEquals(new Span[] {new Span(0, 2, "MISC")}, samples.get(0).getNames());
  }

  @Test
  void mapsEveryAqmarMisClassToMisc() {
    List<NameSample> samples = read(NerCorpusFormat.AQMAR,
        "أ B-MIS0\nب B-MIS3\nج B-MIS-1\nد B-MISS1\nه B-MIS1`\nو B-ENGLISH\n");
    Span[] names = samples.get(0).getNames();
    assertEquals(6, names.length);
    for (Span s : names) {
      assertEquals("MISC", s.getType());
    }
  }

  @Test
  void mendsAqmarTagTypos() {
    List<NameSample> samples = read(NerCorpusFormat.AQMAR,
        "جامعة B-ORG\nدمشق I--ORG\nفي OO\nسوريا B-LOC\nو IO\nكريم B-PER\n");
    assertArrayEquals(
        new Span[] {new Span(0, 2, "ORGANIZATION"), new Span(3, 4, "LOCATION"),
            new Span(5, 6, "PERSON")},
        samples.get(0).getNames());
  }

  @Test
  void wikifaneDropsBomCarriageReturnsAndDirectionMarks() {
    // \uFEFF is a byte-order mark, \u200E a left-to-right mark.
    List<NameSample> samples = read(NerCorpusFormat.WIKIFANE,
        "\uFEFF\u200Eالمغرب\tB-Nation\r\n\u200Eبلد\tO\r\n\r\n\u200Eنهر\tB-Water-Body\r\n");
    assertEquals(2, samples.size());
    assertArrayEquals(new String[] {"المغرب", "بلد"}, samples.get(0).getSentence());
    assertArrayEquals(new Span[] {new Span(0, 1, "LOCATION")}, samples.get(0).getNames());
    assertArrayEquals(new Span[] {new Span(0, 1, "LOCATION")}, samples.get(1).getNames());
  }

  @Test
  void wikifaneMapsFineClassesToCoarseOnes() {
    List<NameSample> samples = read(NerCorpusFormat.WIKIFANE,
        "أ\tB-Politician\nب\tB-Educational\nج\tB-Group\nد\tB-Book\n");
    assertArrayEquals(
        new Span[] {new Span(0, 1, "PERSON"), new Span(1, 2, "ORGANIZATION"),
            new Span(3, 4, "MISC")},
        samples.get(0).getNames());
  }

  @Test
  void reattachesSplitProcliticsToTheirWord() {
    List<NameSample> samples = NerCorpusReader.reattachingProclitics(NerCorpusFormat.WIKIFANE)
        .parse("سافر\tO\nو\tO\nباريس\tB-Population-Center\nل\tO\nالعمل\tO\n");
    NameSample s = samples.get(0);
    assertArrayEquals(new String[] {"سافر", "وباريس", "لالعمل"}, s.getSentence());
    assertArrayEquals(new Span[] {new Span(1, 2, "LOCATION")}, s.getNames());
  }

  @Test
  void onlyTheFirstSampleOfAFileClearsAdaptiveData() {
    List<NameSample> samples = read(NerCorpusFormat.ANERCORP, "أ O\n\nب O\n");
    assertTrue(samples.get(0).isClearAdaptiveDataSet());
    assertTrue(!samples.get(1).isClearAdaptiveDataSet());
  }

  @Test
  void linesWithoutATagAreSkipped() {
    List<NameSample> samples = read(NerCorpusFormat.ANERCORP, "وحيد\nكلمة O\n");
    assertArrayEquals(new String[] {"كلمة"}, samples.get(0).getSentence());
  }
}
