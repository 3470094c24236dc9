package org.khabar.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.models.ner.Genre;
import org.khabar.ner.ScoreCalibration;

/**
 * Reads the bundled score calibration's file: lines of {@code genre raw calibrated}, the knots of
 * each genre's calibration in order, {@code #} starting a comment. Stateless.
 */
final class CalibrationFile {

  private CalibrationFile() {}

  /**
   * The calibrations in {@code text} ({@link DefaultModels#CALIBRATION_RESOURCE}'s format), one
   * for every genre.
   *
   * @throws IllegalStateException naming {@code source} and the line, if a line is malformed, the
   *     knots of a genre are not a valid {@link ScoreCalibration}, or a genre has none
   */
  static Map<Genre, ScoreCalibration> parse(String source, String text) {
    Map<Genre, List<double[]>> knots = new EnumMap<>(Genre.class);
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      Optional<Genre> genre = f.length == 3 ? Genre.byId(f[0]) : Optional.empty();
      if (genre.isEmpty()) {
        throw new IllegalStateException(
            source + " line " + (i + 1) + ": expected \"genre raw calibrated\", got \"" + line
                + "\"");
      }
      try {
        knots.computeIfAbsent(genre.get(), g -> new ArrayList<>())
            .add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            source + " line " + (i + 1) + ": not a number in \"" + line + "\"", e);
      }
    }
    Map<Genre, ScoreCalibration> out = new EnumMap<>(Genre.class);
    for (Genre genre : Genre.values()) {
      List<double[]> k = knots.get(genre);
      if (k == null) {
        throw new IllegalStateException(source + " has no calibration for genre " + genre.id());
      }
      double[] raw = new double[k.size()];
      double[] cal = new double[k.size()];
      for (int j = 0; j < k.size(); j++) {
        raw[j] = k.get(j)[0];
        cal[j] = k.get(j)[1];
      }
      try {
        out.put(genre, ScoreCalibration.of(raw, cal));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            source + ", genre " + genre.id() + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
