package org.khabar.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Proclitic;
import org.khabar.article.Token;
import org.khabar.segment.SentenceSplitter;
import org.khabar.segment.WordTokenizer;
import org.khabar.text.ArabicNormalizer;

/**
 * Evaluates Khabar's tokenizer, clitic analyzer and sentence splitter against UD Arabic-PUD.
 *
 * <p>For each sentence, the raw text ({@code # text =}) is tokenized and split; the gold syntactic
 * words are located in the raw text in order. Gold surface tokens are the gold words with
 * clitic pieces glued back: two words written without a space between them ({@code
 * SpaceAfter=No}) form one surface token when both contain a letter; punctuation stays apart.
 *
 * <ul>
 *   <li><b>Tokens</b>: exact-span precision, recall and F1 of our tokens against gold surface
 *       tokens.
 *   <li><b>Proclitics</b> (و ف ب ل ك): a boundary is the offset inside a surface token where a
 *       gold piece {@code و ف ب ل ك} at the start of the token ends; ours are the offsets after
 *       each such proclitic in our analysis. Precision, recall and F1 over all boundaries.
 *   <li><b>Article</b> ال, reported apart: PUD does not split the article, so its gold is a word
 *       with {@code Definite=Def} whose form starts with {@code ال} (boundary after the lam), or
 *       starts with {@code ل} right after a gold {@code ل} piece ({@code لل}: boundary after the
 *       first lam); ours is the stem start of tokens whose analysis holds {@link Proclitic#AL}.
 *   <li><b>Sentences</b>: how many gold sentences (each one segment) our splitter cuts in more
 *       than one; PUD occasionally holds two real sentences in one segment, so a few are expected.
 * </ul>
 *
 * <p>Sentences whose gold words cannot be found in their raw text in order are left out and
 * counted. Stateless apart from its inputs; run {@code main} with the CoNLL-U path.
 */
public final class CliticEvaluation {

  private static final Set<String> PROCLITIC_FORMS = Set.of("و", "ف", "ب", "ل", "ك");

  /** Counts of one evaluation; the figures derive from them. */
  public record Result(
      int sentences,
      int unaligned,
      Counts tokens,
      Counts proclitics,
      Counts article,
      int overSplit) {}

  /** True positives, predicted and gold counts, with precision, recall and F1. */
  public record Counts(long truePositives, long predicted, long gold) {
    /**
     * Precision: true positives over predicted, 0 when nothing was predicted.
     *
     * @return the precision
     */
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /**
     * Recall: true positives over gold, 0 when there is no gold.
     *
     * @return the recall
     */
    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    /**
     * F1, the harmonic mean of precision and recall.
     *
     * @return the F1 score
     */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final WordTokenizer tokenizer;
  private final SentenceSplitter splitter;

  /**
   * An evaluation of the given tokenizer and splitter.
   *
   * @param tokenizer the tokenizer
   * @param splitter the sentence splitter
   */
  public CliticEvaluation(WordTokenizer tokenizer, SentenceSplitter splitter) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /**
   * An evaluation of the default components (matching normalizer, bundled lexicon).
   *
   * @return the evaluation
   */
  public static CliticEvaluation standard() {
    return new CliticEvaluation(
        new WordTokenizer(ArabicNormalizer.matching()), new SentenceSplitter());
  }

  /**
   * Evaluates on a CoNLL-U file.
   *
   * @param conllu a CoNLL-U file
   * @return the figures
   * @throws IOException if the file cannot be read
   */
  public Result evaluate(Path conllu) throws IOException {
    return evaluate(ConlluReader.read(conllu));
  }

  /**
   * Evaluates on read sentences.
   *
   * @param sentences the gold sentences
   * @return the figures
   */
  public Result evaluate(List<ConlluReader.Sentence> sentences) {
    long[] tok = new long[3];
    long[] cli = new long[3];
    long[] art = new long[3];
    int unaligned = 0;
    int overSplit = 0;
    for (ConlluReader.Sentence s : sentences) {
      String text = s.text();
      if (splitter.split(text).size() > 1) {
        overSplit++;
      }
      int[] starts = align(text, s.words());
      if (starts == null) {
        unaligned++;
        continue;
      }
      Set<CharSpan> goldTokens = new HashSet<>();
      Set<Integer> goldClitics = new HashSet<>();
      Set<Integer> goldArticle = new HashSet<>();
      gold(s.words(), starts, goldTokens, goldClitics, goldArticle);

      Set<CharSpan> ourTokens = new HashSet<>();
      Set<Integer> ourClitics = new HashSet<>();
      Set<Integer> ourArticle = new HashSet<>();
      for (Token t : tokenizer.tokenize(text)) {
        ourTokens.add(t.span());
        ours(text, t, ourClitics, ourArticle);
      }
      count(tok, ourTokens, goldTokens);
      count(cli, ourClitics, goldClitics);
      count(art, ourArticle, goldArticle);
    }
    return new Result(
        sentences.size(),
        unaligned,
        new Counts(tok[0], tok[1], tok[2]),
        new Counts(cli[0], cli[1], cli[2]),
        new Counts(art[0], art[1], art[2]),
        overSplit);
  }

  private static <T> void count(long[] c, Set<T> ours, Set<T> gold) {
    for (T x : ours) {
      if (gold.contains(x)) {
        c[0]++;
      }
    }
    c[1] += ours.size();
    c[2] += gold.size();
  }

  /** The start offset of each gold word in {@code text}, or null if they cannot all be found. */
  static int[] align(String text, List<ConlluReader.Word> words) {
    int[] starts = new int[words.size()];
    int cursor = 0;
    for (int i = 0; i < words.size(); i++) {
      String form = words.get(i).form();
      while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
        cursor++;
      }
      if (!text.startsWith(form, cursor)) {
        return null;
      }
      starts[i] = cursor;
      cursor += form.length();
    }
    return starts;
  }

  private static void gold(
      List<ConlluReader.Word> words,
      int[] starts,
      Set<CharSpan> tokens,
      Set<Integer> clitics,
      Set<Integer> article) {
    int i = 0;
    while (i < words.size()) {
      int j = i; // the surface token spans words i..j
      while (j + 1 < words.size()
          && !words.get(j).spaceAfter()
          && starts[j] + words.get(j).form().length() == starts[j + 1]
          && hasLetter(words.get(j).form())
          && hasLetter(words.get(j + 1).form())) {
        j++;
      }
      tokens.add(CharSpan.of(starts[i], starts[j] + words.get(j).form().length()));
      boolean leading = true;
      for (int k = i; k <= j; k++) {
        ConlluReader.Word w = words.get(k);
        String form = w.form();
        if (leading && k < j && PROCLITIC_FORMS.contains(form)) {
          clitics.add(starts[k + 1]);
        } else {
          leading = false;
        }
        if (w.feats().contains("Definite=Def")) {
          boolean afterLam = k > i && words.get(k - 1).form().equals("ل");
          if (afterLam && form.startsWith("ل") && form.length() > 2) {
            article.add(starts[k] + 1);
          } else if ((form.startsWith("ال") || form.startsWith("ٱل")) && form.length() > 3) {
            article.add(starts[k] + 2);
          }
        }
      }
      i = j + 1;
    }
  }

  /** Our proclitic boundaries (after و ف ب ل ك) and article boundary (the stem start). */
  private static void ours(String text, Token t, Set<Integer> clitics, Set<Integer> article) {
    List<Proclitic> ps = t.clitics().proclitics();
    if (ps.isEmpty()) {
      return;
    }
    List<Integer> letters = new ArrayList<>();
    for (int k = t.span().start(); k < t.span().end(); k++) {
      if (Character.isLetter(text.charAt(k)) && text.charAt(k) != '\u0640') { // not TATWEEL
        letters.add(k);
      }
    }
    int letter = 0;
    for (Proclitic p : ps) {
      if (p == Proclitic.AL) {
        article.add(t.clitics().stem().start());
        break;
      }
      letter++;
      if (letter < letters.size()) {
        clitics.add(letters.get(letter));
      }
    }
  }

  private static boolean hasLetter(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLetter(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figures as a small table.
   *
   * @param r the figures
   * @return the table
   */
  public static String table(Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "UD Arabic-PUD: %d sentences (%d left out: gold words not found in the raw text)%n",
        r.sentences(), r.unaligned()));
    sb.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %8s %8s %8s%n",
        "measure", "correct", "ours", "gold", "P", "R", "F1"));
    row(sb, "tokens (surface)", r.tokens());
    row(sb, "proclitics w f b l k", r.proclitics());
    row(sb, "article al (apart)", r.article());
    sb.append(String.format(Locale.ROOT,
        "sentences over-split: %d of %d gold sentences (%.1f%%)%n",
        r.overSplit(), r.sentences(), 100.0 * r.overSplit() / Math.max(1, r.sentences())));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Counts c) {
    sb.append(String.format(Locale.ROOT, "%-22s %9d %9d %9d %8.4f %8.4f %8.4f%n",
        name, c.truePositives(), c.predicted(), c.gold(), c.precision(), c.recall(), c.f1()));
  }

  /**
   * Prints the table: {@code CliticEvaluation [PATH.conllu]}; without a path, the PUD test file
   * under the shared corpora ({@link SharedCorpora}).
   *
   * @param args the CoNLL-U file, optionally
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0
        ? Paths.get(args[0])
        : SharedCorpora.corpus("ud-arabic-pud", "ar_pud-ud-test.conllu");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no CoNLL-U file at " + file.toAbsolutePath());
    }
    Result r = standard().evaluate(file);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(table(r));
  }
}
