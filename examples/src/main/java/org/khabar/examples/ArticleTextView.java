package org.khabar.examples;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.Entity;
import org.khabar.article.Proclitic;
import org.khabar.article.Quote;
import org.khabar.article.Sentence;
import org.khabar.article.Token;

/**
 * Renders an {@link Article} for people: its id, each block with its kind and span, and under it
 * its sentences, one a line, as tokens separated by spaces; then its entities and its quotes
 * ({@code DIRECT [start, end) cue=قال speaker=الوزير: text}); an entity or quote outside the body
 * (in a related link or boilerplate) is marked {@code (not body)}.
 *
 * <p>A token shows its proclitics split off with {@code +} ({@code و+ال+مستشار}) and, when its
 * normalized form differs from the original, {@code |} and that form ({@code أوروبا|اوروبا}).
 * Control and invisible format chars are shown as {@code <U+200F>} so that nothing hides.
 * Stateless and thread-safe.
 */
public final class ArticleTextView {

  private ArticleTextView() {}

  /** Appends the view of {@code article} to {@code out}, ending with a blank line. */
  public static void write(Article article, Appendable out) throws IOException {
    out.append("# ").append(visible(article.id()));
    if (article.published().isPresent()) {
      out.append("  (published ").append(article.published().get().toString()).append(')');
    }
    out.append('\n');
    for (Block block : article.blocks()) {
      out.append(block.kind().name()).append(' ').append(block.span().toString()).append('\n');
      List<Sentence> sentences = article.sentencesIn(block.span());
      for (int i = 0; i < sentences.size(); i++) {
        out.append(String.format(Locale.ROOT, "  %2d  ", i + 1));
        List<Token> tokens = article.tokensIn(sentences.get(i).span());
        for (int t = 0; t < tokens.size(); t++) {
          if (t > 0) {
            out.append(' ');
          }
          out.append(token(article, tokens.get(t)));
        }
        out.append('\n');
      }
    }
    if (!article.entities().isEmpty()) {
      out.append("entities\n");
      for (Entity e : article.entities()) {
        out.append("  ").append(e.type().name()).append(' ').append(e.span().toString())
            .append(' ').append(visible(e.text()));
        if (!e.canonical().equals(e.text())) {
          out.append(" -> ").append(visible(e.canonical()));
        }
        out.append(String.format(Locale.ROOT, " (%.2f)", e.score()));
        out.append(article.isBody(e.span()) ? "" : " (not body)").append('\n');
      }
    }
    if (!article.quotes().isEmpty()) {
      out.append("quotes\n");
      for (Quote q : article.quotes()) {
        out.append("  ").append(quote(article, q));
        out.append(article.isBody(q.span()) ? "" : " (not body)").append('\n');
      }
    }
    out.append('\n');
  }

  /** One quote as {@code KIND [start, end) cue=... speaker=...: text}. */
  static String quote(Article article, Quote q) {
    StringBuilder sb = new StringBuilder();
    sb.append(q.kind().name()).append(' ').append(q.span().toString())
        .append(" cue=").append(q.cue().isEmpty() ? "-" : visible(q.cue()))
        .append(" speaker=")
        .append(q.speaker().map(m -> visible(m.text())
            + (m.canonical().equals(m.text()) ? "" : " -> " + visible(m.canonical())))
            .orElse("-"))
        .append(": ").append(visible(article.textOf(q.span())));
    return sb.toString();
  }

  /** One token as {@code و+ال+مستشار|norm}. */
  static String token(Article article, Token token) {
    String original = article.textOf(token.span());
    StringBuilder sb = new StringBuilder();
    if (token.clitics().hasProclitics()) {
      for (Proclitic p : token.clitics().proclitics()) {
        sb.append(p.form()).append('+');
      }
      sb.append(visible(article.textOf(token.clitics().stem())));
    } else {
      sb.append(visible(original));
    }
    if (!token.norm().equals(original)) {
      sb.append('|').append(visible(token.norm()));
    }
    return sb.toString();
  }

  /** {@code s} with control, format and unpaired surrogate chars written as {@code <U+XXXX>}. */
  static String visible(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean hidden =
          Character.isISOControl(c)
              || Character.getType(c) == Character.FORMAT
              || (Character.isSurrogate(c) && !pairedAt(s, i));
      if (hidden && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (hidden) {
          sb.append(String.format(Locale.ROOT, "<U+%04X>", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
