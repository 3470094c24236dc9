package org.khabar.spark;

import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark session in this JVM ({@code local[N]}) that binds only to 127.0.0.1, starts no web UI
 * and gives dates as {@code java.time.LocalDate}: for tests, examples and the local job.
 * Stateless.
 */
public final class LocalSpark {

  private LocalSpark() {}

  /**
   * A builder of a local session with master {@code master} (such as {@code local[2]}).
   *
   * @param master a {@code local} master
   * @return the builder; call {@code getOrCreate()}
   * @throws IllegalArgumentException if {@code master} is not a local master
   */
  public static SparkSession.Builder builder(String master) {
    Objects.requireNonNull(master, "master");
    if (!master.startsWith("local")) {
      throw new IllegalArgumentException("not a local master: " + master);
    }
    return SparkSession.builder()
        .master(master)
        .appName("khabar")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        // java.time dates: java.sql.Date needs --add-opens into the JDK on Java 17.
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.shuffle.partitions", "4");
  }
}
