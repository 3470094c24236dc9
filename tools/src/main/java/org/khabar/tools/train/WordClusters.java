package org.khabar.tools.train;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import org.khabar.models.ner.ArabicFeatureGeneratorFactory;
import org.khabar.tools.corpus.AntNews;
import org.khabar.tools.corpus.JsonStrings;
import org.khabar.tools.corpus.NerCorpora;

/**
 * Command: computes word clusters from unlabeled Arabic news for the name-finder features.
 *
 * <p>Each frequent word (folded, clitics attached, as the name finder sees tokens) is described by
 * the positive pointwise mutual information of its left and right neighbours among the most
 * frequent words; spherical k-means (fixed seed, fixed iterations) groups the vectors at two
 * granularities. Input: the ANT news corpus (titles and texts) and the tokens of the training
 * corpora (ANERcorp train, AQMAR train and dev documents, and with {@code --wikifane} WikiFANE);
 * never a test set.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp ... org.khabar.tools.train.WordClusters --out clusters.txt
 *     [--min-count 4] [--contexts 2000] [--k 100,400] [--iterations 12] [--wikifane]
 * </pre>
 *
 * Output: one {@code word<TAB>coarse<TAB>fine} line per word, sorted by word.
 */
public final class WordClusters {

  private WordClusters() {}

  /**
   * Computes the clusters; see the class comment for the options.
   *
   * @param argv the options
   * @throws IOException if a corpus cannot be read or the clusters written
   */
  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    NerCorpora corpora = NerCorpora.shared();
    long t0 = System.nanoTime();
    List<String[]> sentences = new ArrayList<>();
    AntNews.forEach(corpora.root(), line -> {
      for (String field : new String[] {"title", "text"}) {
        String value = JsonStrings.field(line, field);
        if (value != null) {
          addText(value, sentences);
        }
      }
    });
    List<NameSample> labeled = new ArrayList<>(corpora.anercorpTrain());
    labeled.addAll(corpora.aqmar("train", "dev"));
    if (args.has("wikifane")) {
      labeled.addAll(corpora.wikifane());
    }
    for (NameSample s : labeled) {
      String[] folded = s.getSentence().clone();
      for (int i = 0; i < folded.length; i++) {
        folded[i] = ArabicFeatureGeneratorFactory.fold(folded[i]);
      }
      sentences.add(folded);
    }
    int minCount = args.getInt("min-count", 4);
    int contexts = args.getInt("contexts", 2000);
    int iterations = args.getInt("iterations", 12);
    int[] ks =
        Arrays.stream(args.get("k", "100,400").split(",")).mapToInt(Integer::parseInt).toArray();

    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    counts.forEach((w, c) -> {
      if (c >= minCount) {
        vocab.add(w);
      }
    });
    vocab.sort((a, b) -> {
      int c = Integer.compare(counts.get(b), counts.get(a));
      return c != 0 ? c : a.compareTo(b);
    });
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      index.put(vocab.get(i), i);
    }
    int dims = 2 * Math.min(contexts, vocab.size());
    List<Map<Integer, Double>> vectors = new ArrayList<>(vocab.size());
    for (int i = 0; i < vocab.size(); i++) {
      vectors.add(new HashMap<>());
    }
    double[] contextTotals = new double[dims];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = index.get(s[i]);
        if (w == null) {
          continue;
        }
        if (i > 0) {
          Integer c = index.get(s[i - 1]);
          if (c != null && c < dims / 2) {
            vectors.get(w).merge(c, 1.0, Double::sum);
            contextTotals[c]++;
          }
        }
        if (i + 1 < s.length) {
          Integer c = index.get(s[i + 1]);
          if (c != null && c < dims / 2) {
            vectors.get(w).merge(dims / 2 + c, 1.0, Double::sum);
            contextTotals[dims / 2 + c]++;
          }
        }
      }
    }
    double grand = Arrays.stream(contextTotals).sum();
    int[][] idx = new int[vocab.size()][];
    float[][] val = new float[vocab.size()][];
    for (int w = 0; w < vocab.size(); w++) {
      Map<Integer, Double> v = vectors.get(w);
      double rowTotal = v.values().stream().mapToDouble(Double::doubleValue).sum();
      List<int[]> keep = new ArrayList<>();
      List<Float> vals = new ArrayList<>();
      double norm = 0;
      for (Map.Entry<Integer, Double> e : v.entrySet()) {
        double pmi = Math.log(e.getValue() * grand / (rowTotal * contextTotals[e.getKey()]));
        if (pmi > 0) {
          keep.add(new int[] {e.getKey()});
          vals.add((float) pmi);
          norm += pmi * pmi;
        }
      }
      norm = Math.sqrt(norm);
      idx[w] = new int[keep.size()];
      val[w] = new float[keep.size()];
      for (int k = 0; k < keep.size(); k++) {
        idx[w][k] = keep.get(k)[0];
        val[w][k] = norm == 0 ? 0 : (float) (vals.get(k) / norm);
      }
      vectors.set(w, null);
    }
    int[][] assignments = new int[ks.length][];
    for (int g = 0; g < ks.length; g++) {
      assignments[g] = kmeans(idx, val, dims, ks[g], iterations, 42L + g);
    }
    Path out = Path.of(args.get("out", "clusters.txt"));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < vocab.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> vocab.get(a).compareTo(vocab.get(b)));
    try (Writer wr = Files.newBufferedWriter(out, UTF_8)) {
      for (int w : order) {
        String word = vocab.get(w);
        if (word.isEmpty() || word.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '&')) {
          continue;
        }
        StringBuilder line = new StringBuilder(word);
        for (int[] a : assignments) {
          line.append('\t').append(a[w]);
        }
        wr.write(line.append('\n').toString());
      }
    }
    System.out.printf(Locale.ROOT, "%d sentences, %d words clustered into %s in %.0f s -> %s%n",
        sentences.size(), vocab.size(), Arrays.toString(ks), (System.nanoTime() - t0) / 1e9, out);
  }

  /** Spherical k-means over unit sparse vectors; deterministic for a seed. */
  static int[] kmeans(int[][] idx, float[][] val, int dims, int k, int iterations, long seed) {
    int n = idx.length;
    Random random = new Random(seed);
    float[][] centroids = new float[k][dims];
    for (int c = 0; c < k; c++) {
      int w = random.nextInt(n);
      for (int j = 0; j < idx[w].length; j++) {
        centroids[c][idx[w][j]] = val[w][j];
      }
    }
    int[] assign = new int[n];
    for (int it = 0; it < iterations; it++) {
      for (int w = 0; w < n; w++) {
        int best = 0;
        double bestDot = -1;
        for (int c = 0; c < k; c++) {
          float[] centroid = centroids[c];
          double dot = 0;
          for (int j = 0; j < idx[w].length; j++) {
            dot += centroid[idx[w][j]] * val[w][j];
          }
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        assign[w] = best;
      }
      for (float[] centroid : centroids) {
        Arrays.fill(centroid, 0);
      }
      for (int w = 0; w < n; w++) {
        float[] centroid = centroids[assign[w]];
        for (int j = 0; j < idx[w].length; j++) {
          centroid[idx[w][j]] += val[w][j];
        }
      }
      for (int c = 0; c < k; c++) {
        double norm = 0;
        for (float x : centroids[c]) {
          norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
          int w = random.nextInt(n);
          for (int j = 0; j < idx[w].length; j++) {
            centroids[c][idx[w][j]] = val[w][j];
          }
        } else {
          for (int d = 0; d < dims; d++) {
            centroids[c][d] /= (float) norm;
          }
        }
      }
    }
    return assign;
  }

  /** Splits text into lines and words (letters and digits), folded. */
  private static void addText(String text, List<String[]> sentences) {
    for (String part : text.split("[\\n.!?\u061F\u061B]+")) {
      List<String> words = new ArrayList<>();
      StringBuilder w = new StringBuilder();
      for (int i = 0; i <= part.length(); i++) {
        char c = i < part.length() ? part.charAt(i) : ' ';
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
            || Character.getType(c) == Character.FORMAT) {
          w.append(c);
        } else {
          if (w.length() > 0) {
            words.add(ArabicFeatureGeneratorFactory.fold(w.toString()));
            w.setLength(0);
          }
          if (!Character.isWhitespace(c)) {
            words.add(String.valueOf(c));
          }
        }
      }
      if (!words.isEmpty()) {
        sentences.add(words.toArray(new String[0]));
      }
    }
  }


}
