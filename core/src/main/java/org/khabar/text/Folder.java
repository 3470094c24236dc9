package org.khabar.text;

import static org.khabar.text.FoldingTables.*;

import java.util.Arrays;

/**
 * One normalization pass over one text: the state of a single {@link ArabicNormalizer} call.
 *
 * <p>Output chars are recorded in groups: a group is the run of output chars that came from the
 * same original range (one code point, or several when a mark composed into its letter, when
 * removed marks and tatweel were absorbed into the letter before them, or when a whitespace run
 * merged into one space). The ranges of successive groups are
 * disjoint and ascending; removed invisible controls between groups stay outside every range.
 * Mutable, used by one thread for one call and then dropped.
 */
final class Folder {

  private final boolean[] on;
  private final CharSequence in;
  private final boolean align;

  private char[] out;
  private int len;

  /** Whether the last output char is a space that further whitespace merges into. */
  private boolean inSpaceRun;
  private boolean changed;

  // The alignment, as segments (see Alignment). A char from the original char right after the one
  // the previous output char came from extends the open linear run; a char whose source overlaps
  // the previous char's range (the rest of an expansion) joins it in a group; a removed char that
  // belongs to the previous char widens its range into a group. News text changes length in few
  // places, so there are few segments and a plain char costs one comparison.
  private int segCount;
  private int[] segNorm;
  private int[] segStart;
  private int[] segEnd;
  private boolean[] segLinear;
  /** The original offset a char must come from to extend the open linear run, or -1. */
  private int runNext = -1;
  /** The original end of the range of the last output char. */
  private int lastEnd;

  Folder(boolean[] on, CharSequence in, boolean align) {
    this.on = on;
    this.in = in;
    this.align = align;
    this.out = new char[in.length() + 16];
    if (align) {
      int capacity = 16 + (in.length() >>> 5);
      segNorm = new int[capacity];
      segStart = new int[capacity];
      segEnd = new int[capacity];
      segLinear = new boolean[capacity];
    }
  }

  void run() {
    int n = in.length();
    int i = 0;
    while (i < n) {
      if (!align || runNext == i) {
        i = copyRegular(i, n);
        if (i == n) {
          break;
        }
      }
      foldAt(i);
      i++;
    }
  }

  /**
   * The fast path for what most of a news text is: copies chars that become exactly one char
   * (unchanged, mapped, or an ASCII space that starts no run) while they extend the open linear run,
   * in local variables; returns the index of the first char it leaves to {@link #foldAt}. Called
   * only when char {@code i} would extend the open run (or when not aligning).
   */
  private int copyRegular(int i, int n) {
    char[] o = out;
    int l = len;
    boolean space = inSpaceRun;
    boolean ch = changed;
    boolean spacesMerge = on[ASCII_SPACE];
    int limit = Math.min(n, i + (o.length - l));
    int j = i;
    for (; j < limit; j++) {
      char c = in.charAt(j);
      byte kind = KIND[c];
      if (kind == NONE) {
        o[l++] = c;
        space = false;
      } else if (kind == ASCII_SPACE) {
        if (!spacesMerge) {
          o[l++] = c;
          space = false;
        } else if (space) {
          break;
        } else {
          o[l++] = c;
          space = true;
        }
      } else if (isMapping(kind)) {
        char m = mapped(c);
        ch |= m != c;
        o[l++] = m;
        space = false;
      } else {
        break;
      }
    }
    len = l;
    inSpaceRun = space;
    changed = ch;
    if (align && j > i) {
      runNext = j;
      lastEnd = j;
    }
    return j;
  }

  /** Folds original char {@code i} the general way. */
  private void foldAt(int i) {
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

  boolean changed() {
    return changed;
  }

  String result() {
    return new String(out, 0, len);
  }

  Alignment alignment() {
    return Alignment.ofSegments(
        segCount, segNorm, segStart, segEnd, segLinear, len, in.length());
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
    if (align && len > 0 && e > lastEnd) {
      widenLast(e);
    }
  }

  /** Appends {@code c}, which came from the original range {@code [s, s + 1)}; {@code e == s + 1}. */
  private void emit(char c, int s, int e) {
    if (len == out.length) {
      out = Arrays.copyOf(out, Math.max(16, len * 2));
    }
    if (align) {
      if (s == runNext) {
        runNext = e;
        lastEnd = e;
      } else if (len > 0 && s < lastEnd) {
        widenLast(e);
      } else {
        addSegment(len, s, e, true);
        runNext = e;
        lastEnd = e;
      }
    }
    out[len++] = c;
    inSpaceRun = false;
  }

  /**
   * Makes the last output char part of a group whose range reaches at least {@code e}: chars
   * emitted after this and before the next new segment join that group.
   */
  private void widenLast(int e) {
    int k = segCount - 1;
    if (segLinear[k]) {
      int start = runNext - 1;
      if (segNorm[k] == len - 1) {
        segLinear[k] = false; // the run is this one char: it becomes the group
      } else {
        addSegment(len - 1, start, start + 1, false);
        k++;
      }
      runNext = -1;
    }
    if (e > segEnd[k]) {
      segEnd[k] = e;
    }
    lastEnd = segEnd[k];
  }

  private void addSegment(int norm, int start, int end, boolean linear) {
    if (segCount == segNorm.length) {
      int capacity = segCount * 2;
      segNorm = Arrays.copyOf(segNorm, capacity);
      segStart = Arrays.copyOf(segStart, capacity);
      segEnd = Arrays.copyOf(segEnd, capacity);
      segLinear = Arrays.copyOf(segLinear, capacity);
    }
    segNorm[segCount] = norm;
    segStart[segCount] = start;
    segEnd[segCount] = end;
    segLinear[segCount] = linear;
    segCount++;
  }
}
