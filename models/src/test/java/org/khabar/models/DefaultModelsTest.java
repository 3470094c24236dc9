package org.khabar.models;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.models.ner.Genre;

class DefaultModelsTest {

  @Test
  void modelWhoseChecksumDiffersIsRejectedNamingTheResource() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefaultModels.loadNameFinder("/org/khabar/models/tampered.bin"));
    assertTrue(e.getMessage().contains("/org/khabar/models/tampered.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
  }

  @Test
  void resourceThatIsNoModelIsRejectedNamingTheResource() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefaultModels.loadNameFinder("/org/khabar/models/not-a-model.bin"));
    assertTrue(e.getMessage().contains("/org/khabar/models/not-a-model.bin"), e.getMessage());
  }

  @Test
  void missingResourceIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefaultModels.loadNameFinder("/org/khabar/models/absent.bin"));
    assertTrue(e.getMessage().contains("/org/khabar/models/absent.bin"), e.getMessage());
  }

  @Test
  void bundledModelLoadsOnceAndIsShared() {
    assertSame(DefaultModels.nameFinderModel(), DefaultModels.nameFinderModel());
    assertSame(DefaultModels.entityRecognizer(), DefaultModels.entityRecognizer());
    assertSame(DefaultModels.entityRecognizer(), DefaultModels.entityRecognizer(Genre.NEWS));
    assertSame(DefaultModels.entityRecognizer(Genre.ENCYCLOPEDIC),
        DefaultModels.entityRecognizer(Genre.ENCYCLOPEDIC));
  }
}
