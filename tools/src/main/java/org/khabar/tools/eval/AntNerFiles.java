package org.khabar.tools.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one annotation file of the ant-ner set ({@code gold.jsonl}, {@code quotes.jsonl}, {@code
 * times.jsonl}: one line per article, {@code {"file": ..., KEY: [...]}}) with each article's raw
 * text and publication date ({@code meta.jsonl}). Stateless.
 */
final class AntNerFiles {

  /**
   * One article of an annotation file.
   *
   * @param file the article's file name in {@code raw/}
   * @param text its text
   * @param published its publication date, if {@code meta.jsonl} gives one
   * @param annotations the array under the file's key
   */
  record Article(String file, String text, Optional<LocalDate> published, JsonNode annotations) {}

  private AntNerFiles() {}

  /**
   * The articles of {@code jsonl} in {@code dir}, in its order.
   *
   * @param dir the {@code ant-ner} folder
   * @param jsonl the annotation file's name
   * @param key the key of each line's annotation array
   * @return its articles
   * @throws IOException if a file is missing or malformed
   */
  static List<Article> read(Path dir, String jsonl, String key) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, LocalDate> published = AntNerEvaluation.publishedDates(dir);
    List<Article> articles = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(jsonl), UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode d = mapper.readTree(line);
      String file = d.get("file").asText();
      String text = Files.readString(dir.resolve("raw").resolve(file), UTF_8);
      articles.add(
          new Article(file, text, Optional.ofNullable(published.get(file)), d.get(key)));
    }
    return articles;
  }
}
