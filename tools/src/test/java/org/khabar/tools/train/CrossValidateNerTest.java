package org.khabar.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The options of {@link CrossValidateNer} that need no corpus. */
class CrossValidateNerTest {

  @Test
  void jobsDefaultToOneAndNeverExceedTheFolds() {
    assertEquals(1, CrossValidateNer.jobs(Args.parse(new String[0]), 5));
    assertEquals(2, CrossValidateNer.jobs(Args.parse(new String[] {"--jobs", "2"}), 5));
    assertEquals(5, CrossValidateNer.jobs(Args.parse(new String[] {"--jobs", "8"}), 5));
  }

  @Test
  void badJobsOrFoldsAreRefusedNamingTheValue() {
    IllegalArgumentException jobs = assertThrows(IllegalArgumentException.class,
        () -> CrossValidateNer.jobs(Args.parse(new String[] {"--jobs", "0"}), 5));
    assertTrue(jobs.getMessage().contains("--jobs") && jobs.getMessage().contains("0"),
        jobs.getMessage());
    IllegalArgumentException folds = assertThrows(IllegalArgumentException.class,
        () -> CrossValidateNer.jobs(Args.parse(new String[0]), 1));
    assertTrue(folds.getMessage().contains("--folds") && folds.getMessage().contains("1"),
        folds.getMessage());
  }
}
