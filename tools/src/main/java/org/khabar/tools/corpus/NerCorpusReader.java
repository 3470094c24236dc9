package org.khabar.tools.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads a token-per-line BIO corpus (one {@code token TAG} a line, a blank line between sentences)
 * into OpenNLP {@link NameSample}s with the types of {@link NerCorpusFormat}.
 *
 * <p>Cleans what the corpora carry besides text: a byte-order mark, CR line ends, left-to-right
 * marks and other invisible format chars around tokens. An {@code I-} tag that continues no name of
 * its type begins one. Optionally re-attaches proclitics that a corpus split off as their own token
 * ({@code و}, {@code ف}, {@code ب}, {@code ل}, {@code ك}), so that its tokens look like ANERcorp's.
 * A file is one document: only its first sample asks the name finder to clear its adaptive data
 * (ANERcorp has no document boundaries but keeps its articles' sentences in order).
 *
 * <p>Immutable and thread-safe.
 */
public final class NerCorpusReader {

  private final NerCorpusFormat format;
  private final boolean reattachProclitics;

  private NerCorpusReader(NerCorpusFormat format, boolean reattachProclitics) {
    this.format = Objects.requireNonNull(format, "format");
    this.reattachProclitics = reattachProclitics;
  }

  /**
   * A reader of {@code format} that keeps tokens as they are.
   *
   * @param format the corpus format
   * @return the reader
   */
  public static NerCorpusReader of(NerCorpusFormat format) {
    return new NerCorpusReader(format, false);
  }

  /**
   * A reader of {@code format} that glues single-letter proclitic tokens to the next token.
   *
   * @param format the corpus format
   * @return the reader
   */
  public static NerCorpusReader reattachingProclitics(NerCorpusFormat format) {
    return new NerCorpusReader(format, true);
  }

  /**
   * Reads a UTF-8 corpus file.
   *
   * @param file a corpus file
   * @return its sentences
   * @throws IOException if it cannot be read
   */
  public List<NameSample> read(Path file) throws IOException {
    return parse(Files.readString(file, UTF_8));
  }

  /**
   * Parses corpus text. Lines without a separator are skipped (they carry no tag).
   *
   * @param content corpus text
   * @return its sentences
   */
  public List<NameSample> parse(String content) {
    Objects.requireNonNull(content, "content");
    List<NameSample> samples = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<NerCorpusFormat.Tag> tags = new ArrayList<>();
    int pos = 0;
    int n = content.length();
    while (pos <= n) {
      int eol = content.indexOf('\n', pos);
      if (eol < 0) {
        eol = n;
      }
      String line = clean(content.substring(pos, eol));
      pos = eol + 1;
      if (line.isEmpty()) {
        flush(tokens, tags, samples);
        continue;
      }
      int sep = line.lastIndexOf(format.separator());
      if (sep <= 0) {
        continue;
      }
      String token = clean(line.substring(0, sep));
      if (token.isEmpty()) {
        continue;
      }
      tokens.add(token);
      tags.add(format.parseTag(line.substring(sep + 1)));
    }
    flush(tokens, tags, samples);
    return samples;
  }

  private void flush(
      List<String> tokens, List<NerCorpusFormat.Tag> tags, List<NameSample> samples) {
    if (tokens.isEmpty()) {
      return;
    }
    if (reattachProclitics) {
      reattach(tokens, tags);
    }
    List<Span> names = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tokens.size(); i++) {
      NerCorpusFormat.Tag tag = i < tags.size() ? tags.get(i) : NerCorpusFormat.Tag.OUTSIDE;
      boolean continues = !tag.outside() && !tag.begin() && tag.type().equals(type);
      if (start >= 0 && !continues) {
        names.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (!tag.outside() && !continues) {
        start = i;
        type = tag.type();
      }
    }
    samples.add(
        new NameSample(
            tokens.toArray(new String[0]), names.toArray(new Span[0]), samples.isEmpty()));
    tokens.clear();
    tags.clear();
  }

  private static void reattach(List<String> tokens, List<NerCorpusFormat.Tag> tags) {
    for (int i = tokens.size() - 2; i >= 0; i--) {
      if (isProcliticToken(tokens.get(i)) && startsWithArabicLetter(tokens.get(i + 1))) {
        NerCorpusFormat.Tag clitic = tags.get(i);
        NerCorpusFormat.Tag next = tags.get(i + 1);
        // The glued token takes the name's tag unless the clitic itself sits inside a name.
        NerCorpusFormat.Tag merged = clitic.outside() || clitic.begin() ? next : clitic;
        if (clitic.begin() && !next.outside()) {
          merged = new NerCorpusFormat.Tag(true, next.type());
        }
        tokens.set(i, tokens.get(i) + tokens.get(i + 1));
        tags.set(i, merged);
        tokens.remove(i + 1);
        tags.remove(i + 1);
      }
    }
  }

  private static boolean isProcliticToken(String token) {
    if (token.length() != 1) {
      return false;
    }
    char c = token.charAt(0);
    return c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644' || c == '\u0643';
  }

  private static boolean startsWithArabicLetter(String token) {
    return !token.isEmpty() && Character.UnicodeScript.of(token.codePointAt(0))
        == Character.UnicodeScript.ARABIC && Character.isLetter(token.codePointAt(0));
  }

  /** Drops BOM, CR and invisible format chars (LRM, RLM, ZWJ...) and surrounding spaces. */
  static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean drop = c == '\r' || c == '\uFEFF' || Character.getType(c) == Character.FORMAT;
      if (drop && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      } else if (!drop && sb != null) {
        sb.append(c);
      }
    }
    return (sb == null ? s : sb.toString()).strip();
  }
}
