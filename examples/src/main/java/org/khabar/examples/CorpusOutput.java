package org.khabar.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.EntityType;
import org.khabar.corpus.AgencyCredit;
import org.khabar.corpus.AgencyCredits;
import org.khabar.corpus.EntityIndex;
import org.khabar.corpus.Fingerprint;
import org.khabar.corpus.NearDuplicates;
import org.khabar.corpus.Stories;

/**
 * {@code khabar corpus}: takes the articles one at a time, keeping only their fingerprints, their
 * index entries, their words for stories, their headlines and agency credits, and at the end
 * writes the near-duplicate groups, the agency credits (with their offsets), the stories of two
 * articles or more and the entity index as one JSON object, or as one self-contained right-to-left
 * HTML page of the people and organizations with their articles and quotes. Not thread-safe.
 */
final class CorpusOutput implements CliOutput {

  /** Entries the HTML page shows in each table, the most mentioned first. */
  static final int PAGE_ENTRIES = 200;

  private final PrintStream out;
  private final boolean html;
  private final List<Fingerprint> fingerprints = new ArrayList<>();
  private final EntityIndex.Builder index = EntityIndex.builder();
  private final Stories.Builder stories = Stories.defaults().builder();
  /** Each article's id to what the output lists of it, in input order. */
  private final Map<String, Listed> articles = new LinkedHashMap<>();

  /**
   * What the output lists of an article: its headline (or first line), its publication date (or
   * ""), and the agency it credits with the name as its text writes it.
   */
  private record Listed(String headline, String date, Optional<AgencyCredit> credit,
      String creditText) {}

  CorpusOutput(PrintStream out, boolean html) {
    this.out = out;
    this.html = html;
  }

  @Override
  public void write(Article article) {
    fingerprints.add(Fingerprint.of(article));
    index.add(article);
    stories.add(article);
    Optional<AgencyCredit> credit = AgencyCredits.find(article);
    articles.put(article.id(), new Listed(headline(article),
        article.published().map(LocalDate::toString).orElse(""), credit,
        credit.map(c -> article.textOf(c.span())).orElse("")));
  }

  @Override
  public void finish() throws IOException {
    List<NearDuplicates.Group> groups = NearDuplicates.defaults().group(fingerprints);
    EntityIndex entities = index.build();
    List<Stories.Story> found = stories.build().stream()
        .filter(s -> s.articles().size() > 1).toList();
    if (html) {
      page(groups, found, entities);
    } else {
      json(groups, found, entities);
    }
    out.flush();
  }

  private void json(List<NearDuplicates.Group> groups, List<Stories.Story> found,
      EntityIndex entities) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("articles", articles.size());
    ArrayNode dups = root.putArray("nearDuplicates");
    for (NearDuplicates.Group g : groups) {
      ObjectNode o = dups.addObject();
      o.put("original", g.original());
      g.members().forEach(o.putArray("members")::add);
    }
    ArrayNode credits = root.putArray("credits");
    articles.forEach((id, a) -> a.credit().ifPresent(c -> credits.addObject().put("article", id)
        .put("agency", c.agency()).put("start", c.span().start()).put("end", c.span().end())
        .put("text", a.creditText())));
    ArrayNode storyList = root.putArray("stories");
    for (Stories.Story s : found) {
      ObjectNode o = storyList.addObject();
      o.put("id", s.id());
      o.put("eventDay", s.eventDay().map(LocalDate::toString).orElse(null));
      s.articles().forEach(o.putArray("articles")::add);
      s.mainEntities().forEach(o.putArray("mainEntities")::add);
    }
    ArrayNode list = root.putArray("entities");
    for (EntityIndex.Entry e : entities.entries()) {
      ObjectNode o = list.addObject();
      o.put("type", e.type().name());
      o.put("name", e.name());
      o.put("mentions", e.mentions());
      e.articles().forEach(o.putArray("articles")::add);
      o.put("firstSeen", e.firstSeen().map(LocalDate::toString).orElse(null));
      o.put("lastSeen", e.lastSeen().map(LocalDate::toString).orElse(null));
      ArrayNode titles = o.putArray("titles");
      for (EntityIndex.Title t : e.titles()) {
        titles.addObject().put("text", t.text()).put("article", t.article())
            .put("date", t.date().map(LocalDate::toString).orElse(null));
      }
      ArrayNode quotes = o.putArray("quotes");
      for (EntityIndex.QuoteRef q : e.quotes()) {
        quotes.addObject().put("article", q.article()).put("kind", q.kind().name())
            .put("text", q.text()).put("date", q.date().map(LocalDate::toString).orElse(null));
      }
      ObjectNode co = o.putObject("coMentions");
      e.coMentions().forEach(co::put);
    }
    mapper.writeValue(new NonClosing(out), root);
    out.println();
  }

  private void page(List<NearDuplicates.Group> groups, List<Stories.Story> found,
      EntityIndex entities) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        + "<title>Khabar: الأشخاص والمنظمات</title><style>").append(PageStyle.CSS)
        .append(".kh-corpus td,.kh-corpus th{border-bottom:1px solid #eee;padding:.3rem .5rem;"
            + "vertical-align:top;text-align:right}.kh-corpus table{border-collapse:collapse;"
            + "width:100%}.kh-quote{color:#555;font-size:.9rem}</style></head>\n<body>"
            + "<main class=\"kh-main kh-corpus\">\n");
    b.append("<section class=\"kh-article\"><h1 class=\"kh-block\">")
        .append(articles.size()).append(" مقالًا</h1>");
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
      b.append("<h2 class=\"kh-block\">")
          .append(type.equals(EntityType.PERSON) ? "الأشخاص" : "المنظمات")
          .append("</h2><table><tr><th>الاسم</th><th>الذكر</th><th>أول ظهور</th>"
              + "<th>آخر ظهور</th><th>الصفات</th><th>الأقوال</th><th>المقالات</th></tr>\n");
      entities.entries().stream().filter(e -> e.type().equals(type)).limit(PAGE_ENTRIES)
          .forEach(e -> row(b, e));
      b.append("</table>\n");
    }
    b.append("<h2 class=\"kh-block\">النسخ المتقاربة</h2><ul>");
    for (NearDuplicates.Group g : groups) {
      b.append("<li>");
      for (String id : g.members()) {
        link(b, id);
        b.append(' ');
      }
      b.append("</li>");
    }
    b.append("</ul><h2 class=\"kh-block\">القصص</h2><ul>");
    for (Stories.Story s : found) {
      b.append("<li>").append(s.eventDay().map(LocalDate::toString).orElse("")).append(" ");
      s.mainEntities().forEach(e -> b.append("<b>")
          .append(HtmlEscape.escape(e.substring(e.indexOf(':') + 1))).append("</b> "));
      for (String id : s.articles()) {
        link(b, id);
        b.append(' ');
      }
      b.append("</li>");
    }
    b.append("</ul></section>\n<section class=\"kh-article\"><h2 class=\"kh-block\">المقالات"
        + "</h2><ul>");
    for (Map.Entry<String, Listed> a : articles.entrySet()) {
      b.append("<li id=\"").append(HtmlEscape.escape(anchor(a.getKey()))).append("\"><code>")
          .append(HtmlEscape.escape(a.getKey())).append("</code> ")
          .append(HtmlEscape.escape(a.getValue().date())).append(" ")
          .append(HtmlEscape.escape(a.getValue().headline()));
      a.getValue().credit().ifPresent(c -> b.append(" <small>(")
          .append(HtmlEscape.escape(c.agency())).append(")</small>"));
      b.append("</li>");
    }
    b.append("</ul></section></main></body></html>\n");
    out.print(b);
  }

  private void row(StringBuilder b, EntityIndex.Entry e) {
    b.append("<tr><td>").append(HtmlEscape.escape(e.name())).append("</td><td>")
        .append(e.mentions()).append("</td><td>")
        .append(e.firstSeen().map(LocalDate::toString).orElse("")).append("</td><td>")
        .append(e.lastSeen().map(LocalDate::toString).orElse("")).append("</td><td>");
    e.titles().stream().map(EntityIndex.Title::text).distinct().limit(5)
        .forEach(t -> b.append(HtmlEscape.escape(t)).append("<br>"));
    b.append("</td><td>");
    for (EntityIndex.QuoteRef q : e.quotes().subList(0, Math.min(5, e.quotes().size()))) {
      b.append("<div class=\"kh-quote\">«").append(HtmlEscape.escape(shorten(q.text())))
          .append("» ");
      link(b, q.article());
      b.append("</div>");
    }
    b.append("</td><td>");
    for (String id : e.articles().subList(0, Math.min(10, e.articles().size()))) {
      link(b, id);
      b.append(' ');
    }
    b.append("</td></tr>\n");
  }

  private static void link(StringBuilder b, String id) {
    b.append("<a href=\"#").append(HtmlEscape.escape(anchor(id))).append("\">")
        .append(HtmlEscape.escape(id)).append("</a>");
  }

  /** A fragment id for an article id: its chars as they are, but spaces. */
  private static String anchor(String id) {
    return "a-" + id.replace(' ', '_');
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }

  private static String headline(Article a) {
    Optional<Block> first = a.blocks().stream()
        .filter(b -> b.kind() == BlockKind.HEADLINE || b.kind() == BlockKind.PARAGRAPH)
        .findFirst();
    String line = first.map(b -> a.textOf(b.span())).orElse("");
    return line.length() <= 120 ? line : line.substring(0, 120) + "…";
  }

  /** Lets Jackson write to standard output without closing it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(PrintStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
