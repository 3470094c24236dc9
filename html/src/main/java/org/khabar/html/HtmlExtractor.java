package org.khabar.html;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.khabar.article.BlockKind;
import org.khabar.structure.Structurer;
import org.khabar.text.LanguageResources;

/**
 * Extracts the article of a news page: its headline ({@code <h1>}, else {@code og:title}, else
 * {@code <title>} without the site's name), the blocks of its body ({@link ArticleBody}), and its
 * metadata ({@link PageMetadata}; the publication date by {@link PublicationDates}). The bytes are
 * decoded by {@link PageCharsets}. Any page gives a result, never an exception: a broken, empty,
 * script-only or non-Arabic page gives what text it has, maybe none. Parsing is jsoup's; the page
 * is read at most {@value #MAX_CHARS} chars far. Immutable and thread-safe.
 *
 * <pre>{@code
 * HtmlPage page = HtmlExtractor.defaults().extract(bytes, url, Optional.of(fetchDay));
 * Article article = khabar.process(page.source(url), page.blocks());
 * }</pre>
 */
public final class HtmlExtractor {

  /** The most chars of a page read; the rest of a larger page is not parsed. */
  public static final int MAX_CHARS = 8 << 20;

  private static final HtmlExtractor DEFAULTS = new HtmlExtractor(new Structurer());
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[-|–—:«»]\\s+[^-|–—]{2,60}$");

  /** Whose cue phrases tell page furniture (datelines, bylines, share lines) from the body. */
  private final Structurer structurer;

  private HtmlExtractor(Structurer structurer) {
    this.structurer = structurer;
  }

  /**
   * The extractor.
   *
   * @return the shared extractor
   */
  public static HtmlExtractor defaults() {
    return DEFAULTS;
  }

  /**
   * An extractor that tells page furniture by the cue phrases of {@code resources} (the {@code
   * structure/} lists, with a desk's additions), as the structurer of a pipeline built with them.
   *
   * @param resources the word lists
   * @return the extractor
   */
  public static HtmlExtractor withResources(LanguageResources resources) {
    Objects.requireNonNull(resources, "resources");
    return resources.isBundled() ? DEFAULTS
        : new HtmlExtractor(new Structurer().withResources(resources));
  }

  /**
   * The article of the page {@code bytes}, whose charset is found from the bytes.
   *
   * @param bytes the page as its server sent it
   * @param url the page's URL, or an empty string when unknown
   * @param fetchedAt the day it was fetched, which bounds its publication date, if known
   * @return the article's text, blocks and metadata
   * @throws NullPointerException if an argument is null
   */
  public HtmlPage extract(byte[] bytes, String url, Optional<LocalDate> fetchedAt) {
    Objects.requireNonNull(bytes, "bytes");
    return extract(PageCharsets.decode(bytes, Optional.empty()), url, fetchedAt);
  }

  /**
   * The article of the page {@code html}, already decoded.
   *
   * @param html the page
   * @param url the page's URL, or an empty string when unknown
   * @param fetchedAt the day it was fetched, which bounds its publication date, if known
   * @return the article's text, blocks and metadata
   * @throws NullPointerException if an argument is null
   */
  public HtmlPage extract(String html, String url, Optional<LocalDate> fetchedAt) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    String page = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
    Document doc = Jsoup.parse(page, baseUri(url), Parser.htmlParser());
    PageText text = new PageText();
    Optional<String> title =
        firstContent(doc, "meta[property=og:title]", "meta[name=twitter:title]");
    Optional<String> headline = headline(doc, title);
    headline.ifPresent(h -> text.add(h, BlockKind.HEADLINE));
    Element body = doc.body();
    if (body != null) {
      ArticleBody.read(ArticleBody.container(body), text, structurer);
    }
    PageMetadata metadata = new PageMetadata(
        title.or(() -> Optional.of(PageText.fold(doc.title())).filter(t -> !t.isEmpty())),
        firstContent(doc, "meta[property=og:site_name]", "meta[name=application-name]"),
        firstContent(doc, "meta[name=author]", "meta[property=article:author]"),
        canonical(doc, url),
        language(doc, text.text()),
        direction(doc, text.text()),
        PublicationDates.find(doc, url, fetchedAt));
    return new HtmlPage(text.text(), text.blocks(), metadata);
  }

  private static Optional<String> headline(Document doc, Optional<String> title) {
    for (Element h1 : doc.getElementsByTag("h1")) {
      String t = PageText.fold(h1.text());
      if (ArticleBody.letters(t) >= 3) {
        return Optional.of(t);
      }
    }
    if (title.isPresent()) {
      return title;
    }
    String t = PageText.fold(doc.title());
    Matcher m = TITLE_SUFFIX.matcher(t);
    String stripped = m.find() ? t.substring(0, m.start()) : t;
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  private static Optional<String> firstContent(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element e = doc.selectFirst(selector);
      if (e != null && !e.attr("content").isBlank()) {
        return Optional.of(PageText.fold(e.attr("content")));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> canonical(Document doc, String url) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.attr("abs:href").isBlank()) {
      return Optional.of(link.attr("abs:href"));
    }
    return firstContent(doc, "meta[property=og:url]")
        .or(() -> url.isBlank() ? Optional.empty() : Optional.of(url));
  }

  private static Optional<String> language(Document doc, String text) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (!lang.isBlank()) {
      return Optional.of(lang.strip());
    }
    int arabic = 0;
    int persian = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      arabic += c >= '\u0600' && c <= '\u06FF' ? 1 : 0;
      persian += "پچژگکی".indexOf(c) >= 0 ? 1 : 0;
    }
    if (arabic * 2 < ArticleBody.letters(text) || arabic == 0) {
      return Optional.empty();
    }
    return Optional.of(persian * 50 > arabic ? "fa" : "ar");
  }

  private static String direction(Document doc, String text) {
    for (String selector : new String[] {"html[dir]", "body[dir]"}) {
      Element e = doc.selectFirst(selector);
      if (e != null && (e.attr("dir").equalsIgnoreCase("rtl")
          || e.attr("dir").equalsIgnoreCase("ltr"))) {
        return e.attr("dir").toLowerCase(java.util.Locale.ROOT);
      }
    }
    int rtl = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        byte d = Character.getDirectionality(c);
        rtl += d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT ? 1 : 0;
      }
    }
    return rtl * 2 > letters ? "rtl" : "ltr";
  }

  private static String baseUri(String url) {
    try {
      return url.isBlank() ? "" : URI.create(url.strip()).toString();
    } catch (IllegalArgumentException e) {
      return ""; // a URL with spaces or Arabic letters unescaped: links stay relative
    }
  }

  /**
   * Whether a file named {@code fileName} is read as an HTML page: it ends in {@code .html} or
   * {@code .htm}, any case (the command-line tool's and the Spark job's rule).
   *
   * @param fileName a file's name
   * @return whether it names a page
   */
  public static boolean isPageName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  @Override
  public String toString() {
    return "HtmlExtractor";
  }
}
