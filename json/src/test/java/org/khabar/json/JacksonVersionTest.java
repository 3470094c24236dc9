package org.khabar.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import org.junit.jupiter.api.Test;

/**
 * The build runs this module's tests twice: with the jackson-core it compiles against and with the
 * oldest it supports (json/pom.xml). This checks that each run has the Jackson it claims to.
 */
class JacksonVersionTest {

  @Test
  void theRunHasTheJacksonItWasGiven() {
    String expected = System.getProperty("khabar.expected.jackson");
    assumeTrue(expected != null, "run outside Maven: no expected Jackson version");
    assertEquals(expected, PackageVersion.VERSION.toString());
  }
}
