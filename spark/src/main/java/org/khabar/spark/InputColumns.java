package org.khabar.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.apache.spark.sql.types.StructType;

/**
 * Where {@link KhabarOptions}' input columns lie in an input schema: a field index, or -1 for a
 * column the input lacks. Immutable.
 *
 * @param id the id column
 * @param text the text column
 * @param html the page column
 * @param url the URL column
 * @param content the file-bytes column
 * @param published the publication date column
 */
record InputColumns(int id, int text, int html, int url, int content, int published)
    implements Serializable {

  /**
   * The columns of {@code options} in {@code schema}.
   *
   * @throws IllegalArgumentException if the id column is missing, or none of the text, html and
   *     content columns is present, naming the columns the schema has
   */
  static InputColumns of(StructType schema, KhabarOptions options) {
    InputColumns columns = new InputColumns(index(schema, options.idColumn()),
        index(schema, options.textColumn()), index(schema, options.htmlColumn()),
        index(schema, options.urlColumn()), index(schema, options.contentColumn()),
        index(schema, options.publishedColumn()));
    String has = Arrays.toString(schema.fieldNames());
    if (columns.id < 0) {
      throw new IllegalArgumentException("no id column '" + options.idColumn() + "' in " + has);
    }
    if (columns.text < 0 && columns.html < 0 && columns.content < 0) {
      throw new IllegalArgumentException("none of the text columns '" + options.textColumn()
          + "', '" + options.htmlColumn() + "', '" + options.contentColumn() + "' in " + has);
    }
    return columns;
  }

  private static int index(StructType schema, String name) {
    return Arrays.asList(schema.fieldNames()).indexOf(name);
  }
}
