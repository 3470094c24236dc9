package org.khabar.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.schemas.logicaltypes.SqlTypes;
import org.apache.beam.sdk.values.Row;
import org.khabar.article.Article;
import org.khabar.json.ArticleTable;
import org.khabar.json.ArticleTable.Field;
import org.khabar.json.JsonOptions;
import org.khabar.json.JsonOptions.Layer;

/**
 * The Beam schema of an article's row and the row itself: {@link ArticleTable}'s fields (the
 * article's JSON, field for field, each span with its text and code-point offsets) as Beam types;
 * the publication date is a {@code DATE} logical type. Immutable and thread-safe.
 */
public final class ArticleRowSchema {

  private final JsonOptions options;
  private final List<Field> fields;
  private final Schema schema;

  private ArticleRowSchema(JsonOptions options) {
    this.options = options;
    this.fields = ArticleTable.schema(options);
    this.schema = schema(fields);
  }

  /**
   * The schema of rows with the layers {@code kept}, naming {@code models}.
   *
   * @param kept the layers kept
   * @param models the models' versions
   * @return the schema
   */
  public static ArticleRowSchema of(Set<Layer> kept, Map<String, String> models) {
    return new ArticleRowSchema(JsonOptions.defaults().withLayers(kept).withModels(models));
  }

  /**
   * The Beam schema.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * The row of {@code article}.
   *
   * @param article the article
   * @return its row
   */
  public Row row(Article article) {
    return row(schema, fields, ArticleTable.values(article, options));
  }

  @SuppressWarnings("unchecked")
  private static Row row(Schema schema, List<Field> fields, List<Object> values) {
    List<Object> v = new ArrayList<>(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      Object value = values.get(i);
      FieldType type = schema.getField(i).getType();
      if (value != null && f.kind() == ArticleTable.Kind.STRUCT) {
        value = row(type.getRowSchema(), f.children(), (List<Object>) value);
      } else if (value != null && f.kind() == ArticleTable.Kind.STRUCT_LIST) {
        // The element schema is the one built once with the whole schema, not a new one per row.
        Schema child = type.getCollectionElementType().getRowSchema();
        List<Row> rows = new ArrayList<>();
        for (Object record : (List<Object>) value) {
          rows.add(row(child, f.children(), (List<Object>) record));
        }
        value = rows;
      }
      v.add(value);
    }
    return Row.withSchema(schema).addValues(v).build();
  }

  private static Schema schema(List<Field> fields) {
    Schema.Builder b = Schema.builder();
    for (Field f : fields) {
      FieldType type = switch (f.kind()) {
        case STRING -> FieldType.STRING;
        case INT -> FieldType.INT32;
        case DOUBLE -> FieldType.DOUBLE;
        case BOOLEAN -> FieldType.BOOLEAN;
        case DATE -> FieldType.logicalType(SqlTypes.DATE);
        case STRING_MAP -> FieldType.map(FieldType.STRING, FieldType.STRING);
        case STRING_LIST -> FieldType.array(FieldType.STRING);
        case STRUCT -> FieldType.row(schema(f.children()));
        case STRUCT_LIST -> FieldType.array(FieldType.row(schema(f.children())));
      };
      b.addField(f.name(), type.withNullable(f.nullable()));
    }
    return b.build();
  }
}
