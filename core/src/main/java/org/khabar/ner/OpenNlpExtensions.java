package org.khabar.ner;

import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The one place where Khabar registers its packages with OpenNLP's extension loader, which since
 * OpenNLP 2.5 only instantiates feature generators from allowed packages. A model trained with
 * Khabar's own feature generators ({@code org.khabar.*}) names them in its descriptor; loading it
 * needs the registration first.
 *
 * <p>Idempotent and thread-safe.
 */
public final class OpenNlpExtensions {

  /** The package prefix allowed: all of Khabar. */
  public static final String PACKAGE_PREFIX = "org.khabar.";

  static {
    ExtensionLoader.registerAllowedPackage(PACKAGE_PREFIX);
  }

  private OpenNlpExtensions() {}

  /** Makes sure Khabar's packages are registered; cheap after the first call. */
  public static void register() {
    // The static initializer does the work exactly once.
  }
}
