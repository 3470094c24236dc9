package org.khabar.tools.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is learned from ANT never reads the articles held out for evaluation. */
class AntNewsTest {

  @TempDir Path corpora;

  private void write(String heldOut) throws IOException {
    Files.createDirectories(corpora.resolve("ant-news"));
    Files.writeString(corpora.resolve(AntNews.FILE), String.join("\n",
        "{\"docno\": \"A-1\", \"title\": \"خبر أول\", \"text\": \"نص\"}",
        "{\"docno\": \"A-2\", \"title\": \"خبر محجوز\", \"text\": \"نص\"}",
        "",
        "{\"docno\": \"A-3\", \"title\": \"خبر ثالث\", \"text\": \"نص\"}"), UTF_8);
    if (heldOut != null) {
      Files.createDirectories(corpora.resolve("ant-ner"));
      Files.writeString(corpora.resolve(AntNews.HELD_OUT), heldOut, UTF_8);
    }
  }

  @Test
  void heldOutArticlesAreLeftOut() throws IOException {
    write("# held out\nA-2\n");
    List<String> titles = new ArrayList<>();
    int skipped = AntNews.forEach(corpora, line -> titles.add(JsonStrings.field(line, "title")));
    assertEquals(List.of("خبر أول", "خبر ثالث"), titles);
    assertEquals(1, skipped);
  }

  @Test
  void withoutTheHeldOutListNothingIsRead() throws IOException {
    write(null);
    IOException e = assertThrows(IOException.class, () -> AntNews.forEach(corpora, line -> { }));
    assertTrue(e.getMessage().contains("held-out-docnos.txt"), e.getMessage());
  }
}
