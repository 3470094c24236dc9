package org.khabar.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.html.HtmlExtractor;
import org.khabar.html.HtmlPage;
import org.khabar.models.Pipeline;
import org.khabar.models.Pipelines;
import org.khabar.text.TextBytes;

/**
 * Annotates a partition's rows, one output row per input row: the article, or its id and the
 * reason it failed (a null id, an unreadable file, a bad date, an error while processing), so that
 * one bad article never fails the job. The pipeline is this JVM's ({@link Pipelines}).
 */
final class Annotator implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final KhabarOptions options;
  private final InputColumns columns;
  private final boolean localDates;
  private transient Khabar khabar;
  private transient ArticleRows rows;
  private transient HtmlExtractor pages;

  Annotator(KhabarOptions options, InputColumns columns, boolean localDates) {
    this.options = options;
    this.columns = columns;
    this.localDates = localDates;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        return annotate(input.next());
      }
    };
  }

  /**
   * The row of one input row, with this JVM's pipeline and this annotator's row maker, both made on
   * first use (once per partition's or SQL function's deserialized copy, not per row).
   */
  Row annotate(Row in) {
    if (rows == null) {
      Pipeline pipeline = Pipelines.of(options.models());
      khabar = pipeline.khabar();
      rows = new ArticleRows(options, pipeline.models(), localDates);
      pages = HtmlExtractor.withResources(pipeline.resources());
    }
    String id = string(in, columns.id());
    if (id == null) {
      return rows.failed("", "the id is null");
    }
    try {
      return rows.of(article(khabar, id, in));
    } catch (TextBytes.NotTextException | IllegalArgumentException e) {
      return rows.failed(id, e.getMessage());
    } catch (RuntimeException | Error e) {
      return rows.failed(id, Pipelines.reason(e));
    }
  }

  private Article article(Khabar khabar, String id, Row in) throws TextBytes.NotTextException {
    Optional<LocalDate> published = published(in);
    if (columns.content() >= 0 && !in.isNullAt(columns.content())) {
      byte[] bytes = in.getAs(columns.content());
      if (HtmlExtractor.isPageName(id)) {
        return process(khabar, id, pages.extract(bytes, "", Optional.empty()), published);
      }
      return khabar.process(new ArticleSource(id, TextBytes.decode(bytes), published));
    }
    String text = string(in, columns.text());
    if (text != null) {
      return khabar.process(new ArticleSource(id, text, published));
    }
    String html = string(in, columns.html());
    if (html != null) {
      String url = string(in, columns.url());
      HtmlPage page = pages.extract(html, url == null ? "" : url, Optional.empty());
      return process(khabar, id, page, published);
    }
    throw new IllegalArgumentException("neither text nor html nor content is given");
  }

  private static Article process(Khabar khabar, String id, HtmlPage page,
      Optional<LocalDate> published) {
    return khabar.process(page.source(id, published), page.blocks());
  }

  /** The row's publication date, else the options' default. */
  private Optional<LocalDate> published(Row in) {
    int i = columns.published();
    if (i < 0 || in.isNullAt(i)) {
      return options.defaultPublished();
    }
    Object value = in.get(i);
    if (value instanceof LocalDate day) {
      return Optional.of(day);
    }
    if (value instanceof java.sql.Date day) {
      return Optional.of(day.toLocalDate());
    }
    String s = value.toString();
    try {
      return Optional.of(ArticleSource.publishedDay(s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "published '" + s + "' is not a date YYYY-MM-DD: " + e.getMessage());
    }
  }

  private static String string(Row in, int i) {
    return i < 0 || in.isNullAt(i) ? null : in.get(i).toString();
  }
}
