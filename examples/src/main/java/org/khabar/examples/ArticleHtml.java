package org.khabar.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Mention;
import org.khabar.article.Quantity;
import org.khabar.article.Quote;
import org.khabar.article.TimeExpression;

/**
 * Renders articles as a self-contained right-to-left HTML page, the way displaCy shows entities:
 * blocks by kind (headline {@code h1}, subheadings {@code h2}, lists, related links and
 * boilerplate labelled and greyed), entities highlighted by type with a type tag, quotes framed
 * with a speaker tag, dates with their TIMEX3 value, numbers with their value, and a legend. No
 * script, no external resource: the page opens offline and the same input always gives the same
 * bytes.
 *
 * <p>Each block is rendered by walking its text once. Quotes are the outer layer; entities,
 * dates, numbers and quote speakers are the inner one, made disjoint first (entities win over
 * dates, dates over numbers, numbers over speakers; an inner span that crosses a quote's edge or
 * a block's edge is left out). All text is HTML-escaped; an unpaired surrogate or a control char,
 * which HTML cannot carry, is shown as U+FFFD. Stateless and thread-safe.
 */
public final class ArticleHtml {

  private ArticleHtml() {}

  /** The full page for {@code articles}: legend, the articles, and an index when more than one. */
  public static String page(List<Article> articles) {
    StringBuilder sb = new StringBuilder();
    try {
      writeHead(sb, articles.size() == 1 ? articles.get(0).id() : "Khabar");
      for (int i = 0; i < articles.size(); i++) {
        writeArticle(articles.get(i), i, sb);
      }
      writeTail(articles.stream().map(Article::id).toList(), sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString();
  }

  /** Writes the page's head, its opening body and the legend. */
  public static void writeHead(Appendable out, String title) throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Khabar\">\n<title>");
    escape(title, out);
    out.append("</title>\n<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n")
        .append("<main class=\"kh-main\">\n");
    writeLegend(out);
  }

  /**
   * Writes the index of the articles written (links to {@code #a-N}, shown above them by the
   * style sheet, so that a page can be streamed) and closes the page.
   */
  public static void writeTail(List<String> ids, Appendable out) throws IOException {
    if (ids.size() > 1) {
      out.append("<nav class=\"kh-index\"><h2>المقالات (").append(Integer.toString(ids.size()))
          .append(")</h2>\n<ol>\n");
      for (int i = 0; i < ids.size(); i++) {
        out.append("<li><a href=\"#a-").append(Integer.toString(i)).append("\">");
        escape(ids.get(i), out);
        out.append("</a></li>\n");
      }
      out.append("</ol></nav>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
  }

  private static void writeLegend(Appendable out) throws IOException {
    out.append("<section class=\"kh-legend\" aria-label=\"legend\">\n");
    for (EntityType type : EntityType.standard()) {
      out.append("<span class=\"kh-ent kh-").append(type.name()).append("\">")
          .append(LEGEND_SAMPLE).append("<span class=\"kh-tag\">").append(type.name())
          .append("</span></span>\n");
    }
    out.append("<span class=\"kh-time\">").append(LEGEND_SAMPLE)
        .append("<span class=\"kh-tag\">DATE/TIME</span></span>\n")
        .append("<span class=\"kh-num\">").append(LEGEND_SAMPLE)
        .append("<span class=\"kh-tag\">NUMBER</span></span>\n")
        .append("<span class=\"kh-quote kh-DIRECT\">اقتباس مباشر</span>\n")
        .append("<span class=\"kh-quote kh-INDIRECT\">كلام منقول</span>\n")
        .append("<span class=\"kh-speaker-mention\">المتكلم</span>\n")
        .append("<span class=\"kh-legend-block kh-RELATED_LINK\">RELATED_LINK</span>\n")
        .append("<span class=\"kh-legend-block kh-BOILERPLATE\">BOILERPLATE</span>\n")
        .append("</section>\n");
  }

  private static final String LEGEND_SAMPLE = "نص";

  /** Writes one article as an {@code <article id="a-INDEX">} element. */
  public static void writeArticle(Article article, int index, Appendable out) throws IOException {
    out.append("<article class=\"kh-article\" id=\"a-").append(Integer.toString(index))
        .append("\" dir=\"rtl\" lang=\"ar\">\n<header class=\"kh-meta\" dir=\"ltr\">");
    escape(article.id(), out);
    if (article.published().isPresent()) {
      out.append(" · published ").append(article.published().get().toString());
    }
    out.append(String.format(Locale.ROOT,
        " · %d blocks · %d sentences · %d entities · %d quotes · %d dates · %d numbers",
        article.blocks().size(), article.sentences().size(), article.entities().size(),
        article.quotes().size(), article.times().size(), article.numbers().size()));
    out.append("</header>\n");
    List<Inner> inner = innerSpans(article);
    boolean inList = false;
    for (Block block : article.blocks()) {
      boolean item = block.kind() == BlockKind.LIST_ITEM;
      if (item && !inList) {
        out.append("<ul class=\"kh-list\">\n");
      } else if (!item && inList) {
        out.append("</ul>\n");
      }
      inList = item;
      String tag = tagOf(block.kind());
      out.append('<').append(tag).append(" class=\"kh-block kh-").append(block.kind().name())
          .append("\" data-kind=\"").append(block.kind().name()).append('"');
      appendOffsets(block.span(), out);
      out.append('>');
      if (!block.kind().isBody()) {
        out.append("<span class=\"kh-block-label\" dir=\"ltr\">").append(block.kind().name())
            .append("</span> ");
      }
      writeBlockText(article, block.span(), inner, out);
      out.append("</").append(tag).append(">\n");
    }
    if (inList) {
      out.append("</ul>\n");
    }
    out.append("</article>\n");
  }

  private static String tagOf(BlockKind kind) {
    switch (kind) {
      case HEADLINE:
        return "h1";
      case SUBHEADING:
        return "h2";
      case LIST_ITEM:
        return "li";
      case PARAGRAPH:
        return "p";
      case RELATED_LINK:
      case BOILERPLATE:
      default:
        return "div";
    }
  }

  /** An inner span: an entity, a date, a number or a speaker mention, with its markup. */
  private record Inner(CharSpan span, String cssClass, String tag, String title) {}

  /** The inner spans, sorted and disjoint, by priority entity > date > number > speaker. */
  private static List<Inner> innerSpans(Article article) {
    List<Inner> candidates = new ArrayList<>();
    for (Entity e : article.entities()) {
      String title = e.type().name()
          + (e.canonical().equals(e.text()) ? "" : " → " + e.canonical())
          + String.format(Locale.ROOT, " (%.2f)", e.score());
      candidates.add(new Inner(e.span(), "kh-ent kh-" + e.type().name(), e.type().name(), title));
    }
    for (TimeExpression t : article.times()) {
      String value = t.value() + (t.mod().isEmpty() ? "" : " " + t.mod());
      candidates.add(new Inner(t.span(), "kh-time", value, t.type().name() + " " + value));
    }
    for (Quantity q : article.numbers()) {
      String value = q.value().toPlainString();
      candidates.add(new Inner(q.span(), "kh-num", value,
          value + (q.unit().isEmpty() ? "" : " " + q.unit())));
    }
    for (Quote q : article.quotes()) {
      if (q.speaker().isPresent()) {
        Mention m = q.speaker().get();
        candidates.add(new Inner(m.span(), "kh-speaker-mention", null, "speaker → " + m.canonical()));
      }
    }
    // Stable sort by start keeps the priority order among equal starts.
    List<Inner> sorted = new ArrayList<>(candidates);
    sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    List<Inner> out = new ArrayList<>();
    for (Inner c : sorted) {
      if (c.span().isEmpty()) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).span().end() > c.span().start()) {
        if (priority(c) < priority(out.get(last))) {
          out.set(last, c);
          while (out.size() >= 2
              && out.get(out.size() - 2).span().end() > out.get(out.size() - 1).span().start()) {
            out.remove(out.size() - 1);
          }
        }
        continue;
      }
      out.add(c);
    }
    return out;
  }

  private static int priority(Inner i) {
    if (i.cssClass().startsWith("kh-ent")) {
      return 0;
    }
    if (i.cssClass().equals("kh-time")) {
      return 1;
    }
    return i.cssClass().equals("kh-num") ? 2 : 3;
  }

  /** Walks the block's text once: quotes outside, inner spans inside, text escaped. */
  private static void writeBlockText(Article article, CharSpan block, List<Inner> inner,
      Appendable out) throws IOException {
    String text = article.text();
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : article.quotes()) {
      if (block.contains(q.span()) && !q.span().isEmpty()) {
        quotes.add(q);
      }
    }
    int[] cursor = {firstInnerFrom(inner, block.start())};
    int pos = block.start();
    for (Quote q : quotes) {
      CharSpan shown = withMarks(text, q.span(), pos, block.end());
      if (shown.start() < pos) {
        continue; // overlapping quotes: the first wins
      }
      writeInner(text, pos, shown.start(), inner, cursor, out);
      out.append("<span class=\"kh-quote kh-").append(q.kind().name()).append("\" title=\"");
      escape(quoteTitle(q), out);
      out.append('"');
      appendOffsets(q.span(), out);
      out.append('>');
      writeInner(text, shown.start(), shown.end(), inner, cursor, out);
      out.append("</span>");
      out.append("<span class=\"kh-speaker\">");
      escape(q.speaker().map(Mention::canonical).orElse("؟"), out);
      if (!q.cue().isEmpty()) {
        out.append(" · ");
        escape(q.cue(), out);
      }
      out.append(' ').append(q.kind() == Quote.Kind.DIRECT ? "«»" : "≈").append("</span>");
      pos = shown.end();
    }
    writeInner(text, pos, block.end(), inner, cursor, out);
  }

  /**
   * The span a quote is framed with: its content plus the quotation marks right around it, if
   * any, so that the speaker tag comes after the closing mark.
   */
  private static CharSpan withMarks(String text, CharSpan quote, int from, int to) {
    int start = quote.start();
    int end = quote.end();
    if (start > from && QUOTE_MARKS.indexOf(text.charAt(start - 1)) >= 0
        && end < to && QUOTE_MARKS.indexOf(text.charAt(end)) >= 0) {
      return CharSpan.of(start - 1, end + 1);
    }
    return quote;
  }

  private static final String QUOTE_MARKS = "\"\u00AB\u00BB\u201C\u201D";

  private static String quoteTitle(Quote q) {
    return q.kind().name()
        + (q.cue().isEmpty() ? "" : " · cue: " + q.cue())
        + " · speaker: " + q.speaker().map(m -> m.text()
            + (m.canonical().equals(m.text()) ? "" : " → " + m.canonical())).orElse("unknown");
  }

  /**
   * Writes text {@code [from, to)} with the inner spans that lie wholly inside it; the cursor
   * moves forward only, so a block is walked once. Spans crossing {@code to} are skipped.
   */
  private static void writeInner(String text, int from, int to, List<Inner> inner, int[] cursor,
      Appendable out) throws IOException {
    int pos = from;
    while (cursor[0] < inner.size() && inner.get(cursor[0]).span().start() < to) {
      Inner i = inner.get(cursor[0]);
      if (i.span().start() < pos || i.span().end() > to) {
        cursor[0]++; // crosses an edge of this range: it cannot nest, leave it out
        continue;
      }
      HtmlEscape.escape(text, pos, i.span().start(), out);
      out.append("<mark class=\"").append(i.cssClass()).append("\" title=\"");
      escape(i.title(), out);
      out.append('"');
      appendOffsets(i.span(), out);
      out.append('>');
      HtmlEscape.escape(text, i.span().start(), i.span().end(), out);
      if (i.tag() != null) {
        out.append("<span class=\"kh-tag\" dir=\"ltr\">");
        escape(i.tag(), out);
        out.append("</span>");
      }
      out.append("</mark>");
      pos = i.span().end();
      cursor[0]++;
    }
    HtmlEscape.escape(text, pos, to, out);
  }

  private static int firstInnerFrom(List<Inner> inner, int offset) {
    int lo = 0;
    int hi = inner.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (inner.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void appendOffsets(CharSpan span, Appendable out) throws IOException {
    out.append(" data-start=\"").append(Integer.toString(span.start()))
        .append("\" data-end=\"").append(Integer.toString(span.end())).append('"');
  }

  /** Appends {@code s} HTML-escaped ({@link HtmlEscape}). */
  static void escape(String s, Appendable out) throws IOException {
    HtmlEscape.escape(s, out);
  }

  /** The HTML-escaped form of {@code s} ({@link HtmlEscape}). */
  static String escape(String s) {
    return HtmlEscape.escape(s);
  }

}
