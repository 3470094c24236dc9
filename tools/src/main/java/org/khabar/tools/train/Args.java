package org.khabar.tools.train;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Minimal {@code --key value} command-line parsing for the training and evaluation commands. */
public final class Args {

  private final Map<String, String> values = new HashMap<>();

  private Args() {}

  /**
   * Parses {@code --key value} pairs and bare {@code --flag}s.
   *
   * @param argv the arguments
   * @return the parsed arguments
   */
  public static Args parse(String[] argv) {
    Args a = new Args();
    for (int i = 0; i < argv.length; i++) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option, got: " + argv[i]);
      }
      String key = argv[i].substring(2);
      if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
        a.values.put(key, argv[++i]);
      } else {
        a.values.put(key, "true");
      }
    }
    return a;
  }

  /**
   * The value of {@code --key}, or {@code def} when absent.
   *
   * @param key the option's name without dashes
   * @param def the default
   * @return the value
   */
  public String get(String key, String def) {
    return values.getOrDefault(key, def);
  }

  /**
   * The value of {@code --key} as an int, or {@code def} when absent.
   *
   * @param key the option's name without dashes
   * @param def the default
   * @return the value
   * @throws NumberFormatException if the value is not an int
   */
  public int getInt(String key, int def) {
    return values.containsKey(key) ? Integer.parseInt(values.get(key)) : def;
  }

  /**
   * Whether {@code --key} was given.
   *
   * @param key the option's name without dashes
   * @return whether it was given
   */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /**
   * The trainer described by {@code --features --algorithm --iterations --cutoff --orders}, each defaulting to the bundled model's setting.
   *
   * @return the trainer
   * @throws IllegalArgumentException for {@code --bilou} or {@code --sequence-epochs}, dropped
   */
  public NerTrainer trainer() {
    for (String dropped : new String[] {"bilou", "sequence-epochs"}) {
      if (has(dropped)) {
        throw new IllegalArgumentException("--" + dropped
            + " was a dropped experiment (see models/README.md) and is no longer an option");
      }
    }
    NerTrainer d = NerTrainer.defaults();
    return new NerTrainer(
        NerTrainer.Features.valueOf(get("features", d.features().name()).toUpperCase(Locale.ROOT)),
        get("algorithm", d.algorithm()).toUpperCase(Locale.ROOT),
        getInt("iterations", d.iterations()),
        getInt("cutoff", d.cutoff()),
        getInt("orders", d.orders()));
  }
}
