package org.khabar.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads Khabar's bundled data files: UTF-8 resources with one entry a line, {@code #} comment
 * lines and blank lines ignored. Stateless and thread-safe; callers load once and keep the result.
 */
public final class DataFiles {

  private DataFiles() {}

  /**
   * The entries of resource {@code name} next to {@code owner}, each stripped of surrounding
   * whitespace, in file order.
   *
   * @param owner the class the resource lies next to
   * @param name the resource's name
   * @return its lines
   * @throws IllegalStateException if the resource is missing (a packaging bug), naming it
   * @throws UncheckedIOException if it cannot be read
   */
  public static List<String> lines(Class<?> owner, String name) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    String path = owner.getPackageName().replace('.', '/') + "/" + name;
    List<String> lines = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    return lines;
  }
}
