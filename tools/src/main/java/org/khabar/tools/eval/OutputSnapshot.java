package org.khabar.tools.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.json.ArticleJson;
import org.khabar.models.DefaultModels;

/**
 * Writes the pipeline's output on the first articles of ANT news as JSON lines, so that two
 * commits can be compared byte for byte: a refactoring that should change nothing changes nothing.
 * The articles are the benchmark's (the first with a text, as title, blank line and text), dated by
 * their own publication day; the pipeline is the README's, with the bundled name finder. Reads the
 * articles, learns nothing from them.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp tools/target/khabar-tools.jar \
 *   org.khabar.tools.eval.OutputSnapshot OUT.jsonl [ARTICLES, default 1000]
 * </pre>
 */
public final class OutputSnapshot {

  private OutputSnapshot() {}

  /**
   * Writes the snapshot.
   *
   * @param args the output file, and how many articles
   * @throws IOException if ANT news cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: OutputSnapshot OUT.jsonl [ARTICLES]");
    }
    int limit = args.length == 2 ? Integer.parseInt(args[1]) : 1000;
    Path ant = SharedCorpora.corpus("ant-news", "ant-v1.1.jsonl");
    Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
    ObjectMapper json = new ObjectMapper();
    int written = 0;
    try (BufferedReader in = Files.newBufferedReader(ant, UTF_8);
        Writer out = Files.newBufferedWriter(Path.of(args[0]), UTF_8)) {
      for (String line = in.readLine(); line != null && written < limit; line = in.readLine()) {
        JsonNode a = json.readTree(line);
        String text = a.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        Optional<LocalDate> published = date(a.path("time").asText(""));
        String id = a.path("docno").asText("a" + written);
        String article = a.path("title").asText("") + "\n\n" + text;
        out.write(ArticleJson.write(khabar.process(new ArticleSource(id, article, published))));
        out.write('\n');
        written++;
      }
    }
    System.out.println(written + " articles -> " + args[0]);
  }

  /** The day of an ANT timestamp ({@code 2017-01-20T21:43:00+01:00}), if it has one. */
  private static Optional<LocalDate> date(String time) {
    try {
      return time.length() >= 10
          ? Optional.of(LocalDate.parse(time.substring(0, 10)))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
