package org.khabar.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the copies of an article that a day of feeds holds, from a seeded generator: a rewritten
 * headline, an agency credit or a footer added, 20-50% of the end cut, digits switched between the
 * two systems, harakat and tatweel added, alef and yeh variants. Each copy applies two or three of
 * these at random. Not thread-safe.
 */
final class Variants {

  private static final String[] CREDITS = {"(وات) - ", "(رويترز) - ", "باريس (أ ف ب) - ",
      "الرياض (واس) - "};
  private static final String[] FOOTERS = {"\n\nالمصدر: وكالات", "\n\nتابعونا على فيسبوك وتويتر",
      "\n\nجميع الحقوق محفوظة للموقع"};
  private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0652', '\u0651'};

  private final Random random;

  Variants(long seed) {
    this.random = new Random(seed);
  }

  /** A copy of {@code text} with two or three of the changes, and what they were. */
  Variant of(String text) {
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    java.util.Collections.shuffle(kinds, random);
    int count = 2 + random.nextInt(2);
    String copy = text;
    List<String> done = new ArrayList<>();
    for (int k : kinds.subList(0, count)) {
      switch (k) {
        case 0 -> { copy = newHeadline(copy); done.add("headline"); }
        case 1 -> { copy = credit(copy); done.add("credit"); }
        case 2 -> { copy = cut(copy); done.add("cut"); }
        case 3 -> { copy = digits(copy); done.add("digits"); }
        case 4 -> { copy = harakat(copy); done.add("harakat"); }
        default -> { copy = letters(copy); done.add("letters"); }
      }
    }
    return new Variant(copy, String.join("+", done));
  }

  /** A copy and the changes that made it. */
  record Variant(String text, String changes) {}

  /**
   * The headline (a first line of at most 15 words) replaced by one of other words around its own
   * last ones; a text without one gets one made of its first words.
   */
  private String newHeadline(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    String[] words = first.split(" ");
    if (end < 0 || words.length > 15) {
      StringBuilder h = new StringBuilder("عاجل: ");
      for (int i = 0; i < Math.min(6, words.length); i++) {
        h.append(words[i]).append(' ');
      }
      return h.append("وتفاصيل أخرى\n").append(text).toString();
    }
    StringBuilder h = new StringBuilder(random.nextBoolean() ? "عاجل: " : "بالفيديو: ");
    for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
      h.append(words[i]).append(' ');
    }
    h.append("وتفاصيل أخرى");
    return h + (end < 0 ? "\n" + text : text.substring(end));
  }

  private String credit(String text) {
    if (random.nextBoolean()) {
      int line = text.indexOf('\n');
      int at = line < 0 ? 0 : line + 1;
      return text.substring(0, at) + CREDITS[random.nextInt(CREDITS.length)] + text.substring(at);
    }
    return text + FOOTERS[random.nextInt(FOOTERS.length)];
  }

  /** The last 20-50% of the text cut, wherever the cut falls. */
  private String cut(String text) {
    double keep = 0.5 + 0.3 * random.nextDouble();
    return text.substring(0, (int) (text.length() * keep));
  }

  private String digits(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= '0' && c <= '9') {
        b.append((char) ('\u0660' + (c - '0')));
      } else if (c >= '\u0660' && c <= '\u0669') {
        b.append((char) ('0' + (c - '\u0660')));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Harakat after some Arabic letters, tatweel inside some words. */
  private String harakat(String text) {
    StringBuilder b = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c);
      boolean letter = c >= '\u0621' && c <= '\u064A';
      boolean nextLetter = i + 1 < text.length() && text.charAt(i + 1) >= '\u0621'
          && text.charAt(i + 1) <= '\u064A';
      if (letter && random.nextInt(6) == 0) {
        b.append(HARAKAT[random.nextInt(HARAKAT.length)]);
      } else if (letter && nextLetter && random.nextInt(25) == 0) {
        b.append('\u0640');
      }
    }
    return b.toString();
  }

  /** Hamzated alefs bare, final yeh as alef maksura and back, some teh marbuta as heh. */
  private String letters(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean last = i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1));
      if ((c == 'أ' || c == 'إ' || c == 'آ') && random.nextInt(2) == 0) {
        b.append('ا');
      } else if (c == 'ي' && last && random.nextInt(2) == 0) {
        b.append('ى');
      } else if (c == 'ى' && last) {
        b.append('ي');
      } else if (c == 'ة' && last && random.nextInt(3) == 0) {
        b.append('ه');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
