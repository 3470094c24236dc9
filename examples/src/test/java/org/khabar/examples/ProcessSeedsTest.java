package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessSeedsTest {

  @Test
  void printsOneSummaryPerSeed() throws Exception {
    Path seeds = ProjectRoot.find().resolve("seeds");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProcessSeeds.run(seeds, new PrintStream(out, true, UTF_8));
    String text = out.toString(UTF_8);
    assertEquals(InputFiles.expand(seeds).size(), text.split("headline:", -1).length - 1, text);
    assertTrue(text.contains(" blocks ("), text);
    assertTrue(text.contains("  related:  "), "related links are listed: " + text);
    assertTrue(text.contains("  boiler:   "), "boilerplate is listed: " + text);
    assertTrue(text.contains("  quote:    "), "quotes are listed: " + text);
  }
}
