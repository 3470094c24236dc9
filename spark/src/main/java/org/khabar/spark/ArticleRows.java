package org.khabar.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.khabar.article.Article;
import org.khabar.corpus.Fingerprint;
import org.khabar.json.ArticleJson;
import org.khabar.json.ArticleTable;
import org.khabar.json.ArticleTable.Field;
import org.khabar.json.JsonOptions;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Makes the rows of {@link ArticleSchema}: an article's, from its {@link ArticleTable} values, or
 * a failed article's. Immutable and thread-safe.
 */
final class ArticleRows {

  private final KhabarOptions options;
  private final JsonOptions json;
  private final List<Field> fields;
  private final boolean localDates;
  private final int width;

  /**
   * @param options the layers kept and whether JSON is added
   * @param models the pipeline's model versions
   * @param localDates whether dates are {@link LocalDate} (Spark's Java 8 date API) rather than
   *     {@link java.sql.Date}
   */
  ArticleRows(KhabarOptions options, Map<String, String> models, boolean localDates) {
    this.options = options;
    this.json = options.jsonOptions(models);
    this.fields = ArticleTable.schema(json);
    this.localDates = localDates;
    this.width = ArticleSchema.of(options).size();
  }

  /** The row of {@code article}. */
  Row of(Article article) {
    List<Object> v = new ArrayList<>(width);
    v.add(article.id());
    v.add(null);
    if (options.fields()) {
      List<Object> values = ArticleTable.values(article, json);
      for (int i = 0; i < fields.size(); i++) {
        if (!fields.get(i).name().equals("id")) {
          v.add(spark(fields.get(i), values.get(i)));
        }
      }
    }
    if (options.json()) {
      v.add(ArticleJson.write(article, json));
    }
    if (options.fingerprints()) {
      Fingerprint f = Fingerprint.of(article);
      v.add(CollectionConverters.asScala(Arrays.stream(f.bandKeys()).boxed().toList()).toSeq());
      v.add(f.toBytes());
    }
    return RowFactory.create(v.toArray());
  }

  /** The row of an article with id {@code id} that failed for {@code reason}. */
  Row failed(String id, String reason) {
    Object[] v = new Object[width];
    v[0] = id;
    v[1] = reason;
    return RowFactory.create(v);
  }

  /** {@code value} of {@code field} as Spark's rows hold it. */
  @SuppressWarnings("unchecked")
  private Object spark(Field field, Object value) {
    if (value == null) {
      return null;
    }
    return switch (field.kind()) {
      case DATE -> localDates ? value : java.sql.Date.valueOf((LocalDate) value);
      case STRING_MAP -> CollectionConverters.asScala((Map<String, String>) value);
      case STRING_LIST -> CollectionConverters.asScala((List<String>) value).toSeq();
      case STRUCT -> struct(field.children(), (List<Object>) value);
      case STRUCT_LIST -> {
        List<Row> rows = new ArrayList<>();
        for (Object record : (List<Object>) value) {
          rows.add(struct(field.children(), (List<Object>) record));
        }
        yield CollectionConverters.asScala(rows).toSeq();
      }
      default -> value;
    };
  }

  private Row struct(List<Field> children, List<Object> values) {
    Object[] v = new Object[children.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = spark(children.get(i), values.get(i));
    }
    return RowFactory.create(v);
  }
}
