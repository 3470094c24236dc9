package org.khabar.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One local[2] session for a test class, bound to 127.0.0.1 and stopped after it. */
final class SparkSessionExtension implements AfterAllCallback {

  private SparkSession spark;

  /** The session, started on first use. */
  SparkSession spark() {
    if (spark == null) {
      spark = LocalSpark.builder("local[2]").getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }
}
