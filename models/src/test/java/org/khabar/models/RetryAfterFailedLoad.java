package org.khabar.models;

import java.util.ArrayList;
import java.util.List;
import org.khabar.Khabar;

/**
 * Run in a small heap by {@link DefaultModelsTest}: loads the bundled recognizer while ballast
 * leaves too little room, so the load fails; drops the ballast and asks again. Prints the outcome
 * of each attempt and the names found after the retry.
 */
public final class RetryAfterFailedLoad {

  private RetryAfterFailedLoad() {}

  public static void main(String[] args) {
    List<byte[]> ballast = new ArrayList<>();
    long keep = Runtime.getRuntime().maxMemory() - Long.parseLong(args[0]) * 1_000_000;
    for (long kept = 0; kept < keep; kept += 1 << 20) {
      ballast.add(new byte[1 << 20]);
    }
    try {
      DefaultModels.entityRecognizer();
      System.out.println("first: loaded");
    } catch (OutOfMemoryError e) {
      System.out.println("first: " + e.getClass().getSimpleName());
    }
    ballast.clear();
    System.gc();
    Khabar khabar = Khabar.builder().addRecognizer(DefaultModels.entityRecognizer()).build();
    System.out.println("second: " + khabar.process("قال الرئيس إيمانويل ماكرون في باريس.")
        .entities().size() + " names");
  }
}
