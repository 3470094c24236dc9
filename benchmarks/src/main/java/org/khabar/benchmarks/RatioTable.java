package org.khabar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the ratio table of BENCHMARKS.md: each of our figures as a
 * ratio to its anchor measured in the same run (higher is better; 1.00 means as fast), with the
 * absolute throughputs beside them for reference and the targets of the speed issue. Benchmarks
 * missing from the file (not run, or failed) show as n/a.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.khabar.benchmarks.RatioTable benchmarks/target/jmh-result.json</pre>
 */
public final class RatioTable {

  private static final String P = "org.khabar.benchmarks.";

  private RatioTable() {}

  /** A comparison: our benchmark, its anchor, what it shows, and the target if the issue sets one. */
  private record Row(String what, String ours, String anchor, String anchorName, String target) {}

  private static final Row[] ROWS = {
    new Row("Near-duplicate fingerprints of an analysed article (one article)",
        "FingerprintBench.khabarFingerprint", "FingerprintBench.luceneMinHash",
        "Lucene whitespace tokens, 5-shingles, MinHashFilter 128 buckets", ""),
    new Row("HTML page extraction, parse included (one page)", "HtmlBench.khabarExtract",
        "HtmlBench.jsoupParse", "jsoup parse alone", "≥ 0.50"),
    new Row("Normalizer, matching preset, alignment included (whole article)",
        "NormalizerBench.khabarNormalizeWithAlignment",
        "NormalizerBench.luceneArabicNormalizerPerToken", "Lucene ArabicNormalizer per token", "≥ 1.00"),
    new Row("Normalizer, matching preset, string only (per token)",
        "NormalizerBench.khabarNormalizeToStringPerToken",
        "NormalizerBench.luceneArabicNormalizerPerToken", "Lucene ArabicNormalizer per token", ""),
    new Row("Normalizer, matching preset, alignment included (whole article)",
        "NormalizerBench.khabarNormalizeWithAlignment",
        "NormalizerBench.icuNfkc", "ICU4J NFKC over the article", ""),
    new Row("Sentence splitter",
        "SegmentBench.khabarSentenceSplitter",
        "SegmentBench.icuSentenceBreakIterator", "ICU4J sentence BreakIterator (ar)", ""),
    new Row("Tokenizer with norms and clitic analysis",
        "SegmentBench.khabarTokenizerWithClitics",
        "SegmentBench.icuWordBreakIterator", "ICU4J word BreakIterator (ar)", ""),
    new Row("Tokenizer with norms and clitic analysis",
        "SegmentBench.khabarTokenizerWithClitics",
        "SegmentBench.opennlpSimpleTokenizer", "OpenNLP SimpleTokenizer", ""),
    new Row("Name finder (bundled model)",
        "NerBench.khabarNameFinder",
        "NerBench.opennlpNameFinderME", "OpenNLP NameFinderME, default features", "≥ 1.00"),
    new Row("Whole pipeline, 1 thread",
        "PipelineBench.khabarPipeline1Thread",
        "PipelineBench.anchorPipeline1Thread", "ICU sentences + SimpleTokenizer + NameFinderME, 1 thread", ""),
    new Row("Whole pipeline without entity recognizer, 1 thread",
        "PipelineBench.khabarPipelineWithoutNer1Thread",
        "PipelineBench.khabarPipeline1Thread", "whole pipeline, 1 thread (what NER costs)", ""),
    new Row("Whole pipeline, 2 threads sharing one Khabar",
        "PipelineBench.khabarPipeline2Threads",
        "PipelineBench.khabarPipeline1Thread", "our pipeline, 1 thread", "≥ 1.80"),
    new Row("Anchor pipeline, 2 threads (how far this machine scales)",
        "PipelineBench.anchorPipeline2Threads",
        "PipelineBench.anchorPipeline1Thread", "anchor pipeline, 1 thread", ""),
  };

  public static void main(String[] args) throws IOException {
    Path file = Paths.get(args.length > 0 ? args[0] : "benchmarks/target/jmh-result.json");
    JsonNode results = new ObjectMapper().readTree(Files.readString(file));
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText();
      byName.put(name.startsWith(P) ? name.substring(P.length()) : name, r);
    }
    StringBuilder out = new StringBuilder();
    out.append("| component | anchor | ratio to anchor | ours (articles/s) | anchor (articles/s) | target |\n")
        .append("|---|---|---:|---:|---:|---|\n");
    for (Row row : ROWS) {
      JsonNode ours = byName.get(row.ours());
      JsonNode anchor = byName.get(row.anchor());
      String ratio = ours != null && anchor != null
          ? String.format(Locale.ROOT, "**%.2f**", score(ours) / score(anchor)) : "n/a";
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n",
          row.what(), row.anchorName(), ratio, figure(ours), figure(anchor), row.target()));
    }
    out.append("\n| pipeline | articles/s | words/s | words/s per thread | target |\n")
        .append("|---|---:|---:|---:|---|\n");
    for (String[] p : new String[][] {
        {"Khabar, 1 thread", "PipelineBench.khabarPipeline1Thread", "1"},
        {"Khabar, 2 threads, one shared instance", "PipelineBench.khabarPipeline2Threads", "2"},
        {"Khabar without entity recognizer, 1 thread",
            "PipelineBench.khabarPipelineWithoutNer1Thread", "1"},
        {"anchor, 1 thread", "PipelineBench.anchorPipeline1Thread", "1"},
        {"anchor, 2 threads", "PipelineBench.anchorPipeline2Threads", "2"}}) {
      JsonNode r = byName.get(p[1]);
      double words = r == null ? Double.NaN : secondary(r, "words");
      int threads = Integer.parseInt(p[2]);
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", p[0], figure(r),
          Double.isNaN(words) ? "n/a" : String.format(Locale.ROOT, "%,.0f", words),
          Double.isNaN(words) ? "n/a" : String.format(Locale.ROOT, "%,.0f", words / threads),
          p[1].contains("khabar") ? "≥ 100,000 words/s per core" : ""));
    }
    System.out.print(out);
  }

  private static double score(JsonNode result) {
    return result.path("primaryMetric").path("score").asDouble();
  }

  private static double secondary(JsonNode result, String name) {
    JsonNode m = result.path("secondaryMetrics").path(name);
    return m.isMissingNode() ? Double.NaN : m.path("score").asDouble();
  }

  private static String figure(JsonNode result) {
    if (result == null) {
      return "n/a";
    }
    JsonNode m = result.path("primaryMetric");
    double error = m.path("scoreError").asDouble(Double.NaN);
    // One measured iteration has no error estimate: JMH writes NaN.
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%,.0f", m.path("score").asDouble())
        : String.format(Locale.ROOT, "%,.0f ± %,.0f", m.path("score").asDouble(), error);
  }
}
