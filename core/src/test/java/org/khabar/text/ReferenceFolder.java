package org.khabar.text;

import static org.khabar.text.FoldingTables.*;

import java.util.Arrays;

/**
 * The dense per-char folder that {@link Folder} replaced, kept as the oracle for its alignment.
 *
 * <p>Output chars are recorded in groups: a group is the run of output chars that came from the
 * same original range {@code [groupSrcStart, groupSrcEnd)} (one code point, or several when a mark
 * composed into its letter, when removed marks and tatweel were absorbed into the letter before
 * them, or when a whitespace run merged into one space). The ranges of successive groups are
 * disjoint and ascending; removed invisible controls between groups stay outside every range.
 * Mutable, used by one thread for one call and then dropped.
 */
final class ReferenceFolder {

  private final boolean[] on;
  private final CharSequence in;
  private final boolean align;

  private char[] out;
  private int[] starts;
  private int[] ends;
  private int len;

  private int groupStart = -1;
  private int groupSrcStart;
  private int groupSrcEnd;
  /** Whether the last output char is a space that further whitespace merges into. */
  private boolean inSpaceRun;
  private boolean changed;

  ReferenceFolder(boolean[] on, CharSequence in, boolean align) {
    this.on = on;
    this.in = in;
    this.align = align;
    int capacity = in.length() + 16;
    this.out = new char[capacity];
    if (align) {
      this.starts = new int[capacity];
      this.ends = new int[capacity];
    }
  }

  void run() {
    for (int i = 0, n = in.length(); i < n; i++) {
      char c = in.charAt(i);
      if (KIND[c] == PRESENTATION && on[PRESENTATION]) {
        String expansion = EXPANSION[c - PRESENTATION_BASE];
        changed = true;
        for (int k = 0; k < expansion.length(); k++) {
          fold(expansion.charAt(k), i, i + 1);
        }
      } else {
        fold(c, i, i + 1);
      }
    }
    closeGroup();
  }

  boolean changed() {
    return changed;
  }

  String result() {
    return new String(out, 0, len);
  }

  ReferenceAlignment alignment() {
    return ReferenceAlignment.of(Arrays.copyOf(starts, len), Arrays.copyOf(ends, len), in.length());
  }

  /** Applies the char-level steps to {@code c}, which came from the original range [s, e). */
  private void fold(char c, int s, int e) {
    while (true) {
      byte kind = KIND[c];
      switch (kind) {
        case MARK:
        case TATWEEL_KIND:
          if (on[kind]) {
            absorb(e);
            return;
          }
          break;
        case HAMZA_MARK:
          if (on[PRESENTATION] && len > 0) {
            char composed = compose(out[len - 1], c);
            if (composed != 0) {
              out[len - 1] = mapped(composed);
              absorb(e);
              return;
            }
          }
          if (on[MARK]) {
            absorb(e);
            return;
          }
          break;
        case INVISIBLE_CONTROL:
        case JOINER_CONTROL:
          if (on[kind]) {
            changed = true; // left as a gap between groups: no output char owns a control
            return;
          }
          break;
        case SPACE:
        case ASCII_SPACE:
          if (on[kind]) {
            if (inSpaceRun) {
              absorb(e);
              return;
            }
            if (c != ' ') {
              changed = true;
            }
            emit(' ', s, e);
            inSpaceRun = true;
            return;
          }
          break;
        default:
          if (kind != NONE && kind != PRESENTATION && on[kind]) {
            c = TARGET[c];
            changed = true;
            continue; // the target may be subject to another step
          }
          break;
      }
      emit(c, s, e);
      return;
    }
  }

  /** What {@code c} becomes under the mapping steps that are on. */
  private char mapped(char c) {
    byte kind = KIND[c];
    while (isMapping(kind) && on[kind]) {
      c = TARGET[c];
      kind = KIND[c];
    }
    return c;
  }

  /**
   * A removed char that belongs to the output char before it (a haraka to its letter, a space to
   * the run it continues): the current group's range grows to cover it. At the very start of the
   * text there is no group, and the char is left outside every range.
   */
  private void absorb(int e) {
    changed = true;
    if (len > 0 && e > groupSrcEnd) {
      groupSrcEnd = e;
    }
  }

  private void emit(char c, int s, int e) {
    if (len == out.length) {
      int capacity = Math.max(16, len * 2);
      out = Arrays.copyOf(out, capacity);
      if (align) {
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
    }
    // A char whose source overlaps the current group (the rest of an expansion) joins it; any
    // other char opens a new group.
    if (groupStart < 0 || s >= groupSrcEnd) {
      closeGroup();
      groupStart = len;
      groupSrcStart = s;
      groupSrcEnd = e;
    } else if (e > groupSrcEnd) {
      groupSrcEnd = e;
    }
    out[len++] = c;
    inSpaceRun = false;
  }

  private void closeGroup() {
    if (align && groupStart >= 0) {
      Arrays.fill(starts, groupStart, len, groupSrcStart);
      Arrays.fill(ends, groupStart, len, groupSrcEnd);
    }
  }
}
