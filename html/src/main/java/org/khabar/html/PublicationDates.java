package org.khabar.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khabar.article.CharSpan;
import org.khabar.article.TimeExpression;
import org.khabar.time.TemporalTagger;

/**
 * The publication date of a page, tried in this order: {@code datePublished} in its JSON-LD; its
 * meta tags ({@link #META_NAMES}); the first {@code <time datetime>}; its URL; a full date written
 * in words in its first {@value #TEXT_CHARS} chars of text (read by Khabar's date rules). A date
 * and time keeps the day the page writes, in the publisher's zone: {@code
 * 2020-12-01T23:30:00+03:00} is the first of December, never moved to UTC. A date after the
 * fetch date (when known), or before {@value #EARLIEST}, is not a publication date and the next
 * place is tried. Stateless.
 */
final class PublicationDates {

  /** Meta tags of the publication date, by {@code property}, {@code name} or {@code itemprop}. */
  static final List<String> META_NAMES = List.of("article:published_time", "og:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
      "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date",
      "sailthru.date", "parsely-pub-date", "article.published", "published_time");

  /** How many chars of the page's text the last resort reads. */
  static final int TEXT_CHARS = 1500;

  /** The earliest year taken as a publication year. */
  static final int EARLIEST = 1995;

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern URL_DATE =
      Pattern.compile("(?<![0-9])(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?![0-9])");

  private static final TemporalTagger DATES = new TemporalTagger();

  private PublicationDates() {}

  /**
   * The publication date of {@code doc}.
   *
   * @param doc the parsed page
   * @param url the page's URL, or empty
   * @param fetchedAt when it was fetched, if known
   * @return the date, when the page gives one
   */
  static Optional<PublishedDate> find(Document doc, String url, Optional<LocalDate> fetchedAt) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      while (m.find()) {
        Optional<PublishedDate> d = parse(m.group(1), PublishedDate.Source.JSON_LD, fetchedAt);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Map<String, List<String>> metas = new HashMap<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String key = meta.hasAttr("property") ? meta.attr("property")
          : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
      if (!key.isEmpty() && meta.hasAttr("content")) {
        metas.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(meta.attr("content"));
      }
    }
    for (String name : META_NAMES) {
      for (String content : metas.getOrDefault(name, List.of())) {
        Optional<PublishedDate> d = parse(content, PublishedDate.Source.META, fetchedAt);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<PublishedDate> d =
          parse(time.attr("datetime"), PublishedDate.Source.TIME_ELEMENT, fetchedAt);
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher u = URL_DATE.matcher(url);
    if (u.find()) {
      Optional<PublishedDate> d = parse(u.group(), PublishedDate.Source.URL, fetchedAt);
      if (d.isPresent()) {
        return d;
      }
    }
    return inText(doc.body() == null ? "" : doc.body().text(), fetchedAt);
  }

  /** The first full date written in words in the first chars of {@code text}. */
  private static Optional<PublishedDate> inText(String text, Optional<LocalDate> fetchedAt) {
    String head = text.substring(0, Math.min(text.length(), TEXT_CHARS));
    for (TimeExpression t :
        DATES.extract(head, CharSpan.of(0, head.length()), Optional.empty())) {
      if (t.type() == TimeExpression.Type.DATE && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        Optional<PublishedDate> d = parse(t.value(), PublishedDate.Source.TEXT, fetchedAt)
            .map(p -> new PublishedDate(p.day(), p.time(), p.offset(), p.source(),
                t.span().textOf(head)));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code value} read as an ISO-like date, maybe with a time and an offset, if plausible. */
  static Optional<PublishedDate> parse(
      String value, PublishedDate.Source source, Optional<LocalDate> fetchedAt) {
    Matcher m = ISO.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (day.getYear() < EARLIEST || fetchedAt.isPresent() && day.isAfter(fetchedAt.get())) {
        return Optional.empty();
      }
      Optional<LocalTime> time = Optional.empty();
      if (m.group(4) != null) {
        time = Optional.of(LocalTime.of(Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
      }
      Optional<ZoneOffset> offset = Optional.empty();
      if (m.group(7) != null && time.isPresent()) {
        String o = m.group(7);
        offset = Optional.of(o.equals("Z") ? ZoneOffset.UTC
            : ZoneOffset.of(o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o));
      }
      return Optional.of(new PublishedDate(day, time, offset, source, value.strip()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // 2020-13-45, 25:70: not a date
    }
  }
}
