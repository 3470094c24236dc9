package org.khabar.tools.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibrateNerTest {

  @Test
  void theHeldOutModelIsRequiredAndNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CalibrateNer.main(new String[] {"--out", "x.calibration"}));
    assertTrue(e.getMessage().contains("--model"), e.getMessage());
    assertTrue(e.getMessage().contains("TrainNer --dev"), e.getMessage());
  }
}
