package org.khabar;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, read from the build's version file once, on first use. */
final class Version {

  private Version() {}

  static final String VALUE = read();

  private static String read() {
    Properties properties = new Properties();
    try (InputStream in = Khabar.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
