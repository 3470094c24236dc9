package org.khabar.examples;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error: {@code [######------]  12/100  file.txt}, redrawn in
 * place with a carriage return, at most every {@value #REDRAW_MILLIS} ms. {@link #clear()} wipes the
 * line so that whatever is written next (to either stream of a shared terminal) starts clean. Not
 * thread-safe: one per run.
 */
final class ProgressBar {

  static final int REDRAW_MILLIS = 100;
  static final int WIDTH = 30;
  static final int LINE = 79;

  private final PrintStream err;
  private final int total;
  private long lastDraw = Long.MIN_VALUE;
  private boolean shown;

  ProgressBar(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  /** Shows {@code done} of the total, naming the current item; skipped when drawn very recently. */
  void update(int done, String name) {
    long now = System.nanoTime() / 1_000_000;
    if (done < total && shown && now - lastDraw < REDRAW_MILLIS) {
      return;
    }
    lastDraw = now;
    err.print('\r');
    err.print(line(done, total, name));
    err.flush();
    shown = true;
  }

  /** Wipes the bar's line, if one is shown. */
  void clear() {
    if (shown) {
      err.print('\r' + " ".repeat(LINE) + '\r');
      err.flush();
      shown = false;
    }
  }

  /** The bar's text for {@code done} of {@code total}, padded to a fixed width. */
  static String line(int done, int total, String name) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String counts = String.format(Locale.ROOT, "] %d/%d ", done, total);
    StringBuilder sb = new StringBuilder(LINE);
    sb.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append(counts);
    int room = LINE - sb.length();
    String shown = name.length() > room ? "…" + name.substring(name.length() - room + 1) : name;
    sb.append(ArticleTextView.visible(shown));
    while (sb.length() < LINE) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
