package org.khabar.tools.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SharedCorporaTest {

  @Test
  void projectRootIsFoundFromTheModuleFolder() {
    Path root = SharedCorpora.projectRoot();
    assertTrue(Files.isDirectory(root.resolve("seeds")), "no seeds/ under " + root);
    assertTrue(Files.isRegularFile(root.resolve("pom.xml")), "no pom.xml under " + root);
  }

  @Test
  void defaultSharedRootIsBesideTheProject() {
    if (System.getProperty(SharedCorpora.PROPERTY) == null) {
      Path expected = SharedCorpora.projectRoot().resolve("../shared").normalize();
      assertTrue(SharedCorpora.root().equals(expected), SharedCorpora.root() + " vs " + expected);
    }
  }
}
