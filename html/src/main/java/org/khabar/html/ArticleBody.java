package org.khabar.html;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.structure.LineLimit;
import org.khabar.structure.Structurer;

/**
 * Finds the element that holds a page's article and reads its blocks. Stateless.
 *
 * <p>The container is an element marked as the article's body ({@code itemprop=articleBody}, or a
 * class or id such as {@code article-body}, {@code story-body}, {@code entry-content}) that holds
 * at least {@value #MIN_BODY_LETTERS} letters; else the element that scores best, where every
 * paragraph ({@code <p>}, or an element with its own text of at least {@value #MIN_OWN_LETTERS}
 * letters, as pages that break lines with {@code <br>} write) adds its letters, less those inside
 * links, to its parent and half of them to its grandparent.
 *
 * <p>In the container, scripts, styles, forms, images and media say nothing and are skipped; an
 * element whose class or id names page furniture (share, social, tags, comments, print, copy
 * link, advertising, newsletter, breadcrumb, navigation) gives one {@link BlockKind#BOILERPLATE}
 * block; one whose class or id names related articles gives {@link BlockKind#RELATED_LINK}s. Each
 * line ({@code <p>}, a heading, a list item, a caption, a {@code <br>}) is a block: {@code h2} to
 * {@code h6} a {@link BlockKind#SUBHEADING}, {@code li} a {@link BlockKind#LIST_ITEM},
 * {@code figcaption} (or a class naming a caption) a {@link BlockKind#CAPTION}, a short line that
 * is mostly a link a {@link BlockKind#RELATED_LINK}, a line of page furniture by the
 * structurer's rules ({@link Structurer#isFurnitureLine}: datelines, bylines, breadcrumbs, share,
 * comment and print lines) or a line without a letter (a counter, an editor's code) a {@link
 * BlockKind#BOILERPLATE}, another short line with no prose ending a {@link
 * BlockKind#SUBHEADING}; others are paragraphs. A lead written just before the container ({@code
 * class="article__lead"}) is read first.
 */
final class ArticleBody {

  static final int MIN_BODY_LETTERS = 200;
  static final int MIN_OWN_LETTERS = 40;
  static final int MIN_PARAGRAPH_LETTERS = 25;
  /** The most letters a line that is mostly a link may hold to be a related headline. */
  static final int MAX_LINK_LINE_LETTERS = 150;

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
      "svg", "iframe", "form", "button", "input", "select", "textarea", "img", "picture",
      "video", "audio", "object", "embed", "canvas", "map", "source", "link", "meta");
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "blockquote", "figure", "figcaption", "section", "article", "main",
      "table", "tr", "td", "th", "dl", "dt", "dd", "pre", "header", "footer", "aside", "nav",
      "center", "address", "hr");
  private static final Pattern BODY = Pattern.compile(
      "(?i)(article|story|entry|post|news|content)[-_]?(body|content|text|details?)"
          + "|articlebody|article__body|details[-_]?(text|body)");
  private static final Pattern CHROME = Pattern.compile("(?i)(^|[-_\\s])(share|sharing|social"
      + "|tags?|keywords|comments?|print|copy[-_]?link|copylink|ads?|advert\\w*|banner"
      + "|newsletter|subscribe|breadcrumbs?|nav|navbar|menu|footer|sidebar|widget|promo"
      + "|popup|modal|cookie|author[-_]?box|social[-_]?media|follow|meta|metadata|source"
      + "|date|publish[-_]?date|time|byline|author|credits?|refs|counters|weather|rating"
      + "|listen|audio|player)([-_\\s]|$)");
  private static final Pattern RELATED = Pattern.compile(
      "(?i)(related|more[-_]?news|read[-_]?more|also|recommend\\w*|most[-_]?read|trending)");

  private static final Pattern CAPTION = Pattern.compile("(?i)caption");
  private static final Pattern LEAD =
      Pattern.compile("(?i)(^|[-_\\s])(lead|summary|intro|excerpt|standfirst)([-_\\s]|$)");

  private ArticleBody() {}

  /** The element that holds the article, or {@code body} itself. */
  static Element container(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (SKIPPED.contains(tag)) {
        continue;
      }
      int own = tag.equals("p") ? letters(e.text()) : letters(e.ownText());
      if (own < (tag.equals("p") ? MIN_PARAGRAPH_LETTERS : MIN_OWN_LETTERS)) {
        continue;
      }
      double score = own - linkLetters(e);
      Element parent = tag.equals("p") ? e.parent() : e;
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) { // only elements with paragraphs
      Element e = s.getKey();
      boolean marked = e.attr("itemprop").equalsIgnoreCase("articleBody")
          || BODY.matcher(e.className()).find() || BODY.matcher(e.id()).find();
      if (marked && s.getValue() > bestScore && !isChrome(e)
          && letters(e.text()) >= MIN_BODY_LETTERS) {
        best = e;
        bestScore = s.getValue();
      }
    }
    if (best != null) {
      return best;
    }
    best = body;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      if (s.getValue() > bestScore) {
        best = s.getKey();
        bestScore = s.getValue();
      }
    }
    return best;
  }

  /**
   * Adds the blocks of {@code container} to {@code out}, in document order, after those of a lead
   * written just before it ({@code class="article__lead"}, {@code summary}, {@code intro}).
   */
  static void read(Element container, PageText out, Structurer structurer) {
    Reader reader = new Reader(out, structurer);
    Element lead = container.previousElementSibling();
    if (lead != null && LEAD.matcher(lead.className()).find() && !isChrome(lead)) {
      reader.element(lead, BlockKind.PARAGRAPH);
    }
    reader.element(container, BlockKind.PARAGRAPH);
  }

  /** Whether {@code line} reads as a subheading by the structurer's limits. */
  static boolean isShort(CharSequence line) {
    if (line.length() > 4 * LineLimit.SUBHEADING.maxChars()) {
      return false; // a paragraph: not folded
    }
    String folded = PageText.fold(line);
    return LineLimit.SUBHEADING.admitsTitle(folded, CharSpan.of(0, folded.length()));
  }

  static boolean isChrome(Element e) {
    return CHROME.matcher(e.className()).find() || CHROME.matcher(e.id()).find()
        || e.normalName().equals("nav");
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static int linkLetters(Element e) {
    int n = 0;
    for (Element a : e.getElementsByTag("a")) {
      n += letters(a.text());
    }
    return n;
  }

  /** Walks a container, one line at a time. */
  private static final class Reader {
    private final PageText out;
    private final StringBuilder line = new StringBuilder();
    private int lineLetters;
    private int linkLetters;
    private final Map<String, BlockKind> tagKinds = new HashMap<>();
    private final Structurer structurer;

    Reader(PageText out, Structurer structurer) {
      this.out = out;
      this.structurer = structurer;
      for (String h : new String[] {"h2", "h3", "h4", "h5", "h6"}) {
        tagKinds.put(h, BlockKind.SUBHEADING);
      }
      tagKinds.put("h1", BlockKind.HEADLINE);
      tagKinds.put("li", BlockKind.LIST_ITEM);
      tagKinds.put("dt", BlockKind.LIST_ITEM);
      tagKinds.put("figcaption", BlockKind.CAPTION);
      tagKinds.put("figure", BlockKind.CAPTION);
    }

    void element(Element e, BlockKind kind) {
      String tag = e.normalName();
      if (SKIPPED.contains(tag)) {
        return;
      }
      if (isChrome(e)) {
        flush(kind);
        out.add(e.text(), BlockKind.BOILERPLATE);
        return;
      }
      boolean related = RELATED.matcher(e.className()).find() || RELATED.matcher(e.id()).find();
      boolean caption = CAPTION.matcher(e.className()).find();
      BlockKind own = related ? BlockKind.RELATED_LINK
          : caption ? BlockKind.CAPTION : tagKinds.getOrDefault(tag, kind);
      boolean block = BLOCKS.contains(tag);
      if (block) {
        flush(kind);
      }
      boolean link = tag.equals("a");
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          String s = t.getWholeText();
          line.append(s);
          int n = letters(s);
          lineLetters += n;
          if (link || inLink(t)) {
            linkLetters += n;
          }
        } else if (child instanceof Element c) {
          if (c.normalName().equals("br")) {
            flush(own);
          } else {
            element(c, own);
          }
        }
      }
      if (block) {
        flush(own);
      }
    }

    private static boolean inLink(TextNode t) {
      return within(t, "a", "a");
    }

    /** Whether {@code t} lies in an element named {@code a} or {@code b} within its line. */
    private static boolean within(TextNode t, String a, String b) {
      for (Node p = t.parent(); p instanceof Element el; p = p.parent()) {
        if (el.normalName().equals(a) || el.normalName().equals(b)) {
          return true;
        }
        if (BLOCKS.contains(el.normalName())) {
          return false;
        }
      }
      return false;
    }

    private void flush(BlockKind kind) {
      if (line.length() == 0) {
        return;
      }
      BlockKind k = kind;
      boolean mostlyLink = linkLetters * 2 > lineLetters && lineLetters <= MAX_LINK_LINE_LETTERS;
      if (k == BlockKind.PARAGRAPH && mostlyLink || k == BlockKind.LIST_ITEM && mostlyLink) {
        k = BlockKind.RELATED_LINK;
      }
      if ((k == BlockKind.PARAGRAPH || k == BlockKind.RELATED_LINK)
          && (lineLetters == 0 || structurer.isFurnitureLine(PageText.fold(line)))) {
        // a dateline, a byline, a breadcrumb, a share or comment line; a line without a letter,
        // a counter or an editor's code (17302)
        k = BlockKind.BOILERPLATE;
      } else if (k == BlockKind.PARAGRAPH && isShort(line)) {
        k = BlockKind.SUBHEADING; // a short line with no prose ending: انتكاسة جديدة<br>
      }
      if (!(k == BlockKind.HEADLINE && out.has(line, BlockKind.HEADLINE))) {
        out.add(line, k == BlockKind.HEADLINE && !out.blocks().isEmpty()
            ? BlockKind.SUBHEADING : k);
      }
      line.setLength(0);
      lineLetters = 0;
      linkLetters = 0;
    }
  }

}
