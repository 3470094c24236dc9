package org.khabar.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.khabar.json.ArticleTable;
import org.khabar.json.ArticleTable.Field;
import org.khabar.json.JsonOptions;

/**
 * The schema of an annotated article's row: {@code id}, then {@code error} (null, or the reason
 * the article failed, in a row that then has only its id), then the fields of {@link ArticleTable}
 * (the article's JSON, field for field, with each span's text and code-point offsets beside its
 * UTF-16 offsets), then {@code json} when asked for, then {@code bandKeys} and {@code fingerprint}
 * when asked for ({@link KhabarOptions#withFingerprints}). A layer left out of the options is left out
 * of the schema; with {@link KhabarOptions#jsonOnly()}, the schema is {@code id}, {@code error} and
 * {@code json}.
 */
public final class ArticleSchema {

  private ArticleSchema() {}

  /**
   * The schema of the rows {@link KhabarSpark#annotate} returns with {@code options}.
   *
   * @param options the layers kept and whether JSON is added
   * @return the schema
   */
  public static StructType of(KhabarOptions options) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("id", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("error", DataTypes.StringType, true));
    if (options.fields()) {
      // Every article field is null in an error row.
      for (Field f : ArticleTable.schema(JsonOptions.defaults().withLayers(options.layers()))) {
        if (!f.name().equals("id")) {
          fields.add(DataTypes.createStructField(f.name(), type(f), true));
        }
      }
    }
    if (options.json()) {
      fields.add(DataTypes.createStructField("json", DataTypes.StringType, true));
    }
    if (options.fingerprints()) {
      fields.add(DataTypes.createStructField("bandKeys",
          DataTypes.createArrayType(DataTypes.LongType, false), true));
      fields.add(DataTypes.createStructField("fingerprint", DataTypes.BinaryType, true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(Field f) {
    return switch (f.kind()) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case STRING_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
      case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
      case STRUCT -> struct(f.children());
      case STRUCT_LIST -> DataTypes.createArrayType(struct(f.children()), false);
    };
  }

  private static StructType struct(List<Field> children) {
    List<StructField> fields = new ArrayList<>();
    for (Field c : children) {
      fields.add(DataTypes.createStructField(c.name(), type(c), c.nullable()));
    }
    return DataTypes.createStructType(fields);
  }
}
