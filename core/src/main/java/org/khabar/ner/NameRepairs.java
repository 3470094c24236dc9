package org.khabar.ner;

import static org.khabar.text.ArabicLetters.NOON;
import static org.khabar.text.ArabicLetters.SEEN;
import static org.khabar.text.ArabicLetters.TEH;
import static org.khabar.text.ArabicLetters.YEH;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;
import org.khabar.segment.CliticAnalyzer;
import org.khabar.segment.LexiconForm;
import org.khabar.text.TextChars;

/**
 * The resolver's repairs of single names: a common word in tanween dropped, a verb in the future
 * or a proclitic letter written apart cut off the end, a nationality adjective cut off the start
 * of a person's name. Immutable and
 * thread-safe.
 */
final class NameRepairs {

  /**
   * Fewest times the bundled lexicon of news words must have seen a word without its future prefix
   * (سيترأسان without س, or without its dual ending too) for the word to count as a verb.
   */
  static final int FUTURE_VERB_EVIDENCE = 3;

  /** Dual and plural endings of an imperfect verb: يترأسان, يتوجهون, تشاركين, يتوجهوا. */
  private static final List<String> VERB_ENDINGS = List.of("ان", "ون", "ين", "وا");

  private final String article;
  private final CliticAnalyzer lexicon = CliticAnalyzer.standard();

  /** Repairs for names whose keys write the article as {@code article}. */
  NameRepairs(String article) {
    this.article = article;
  }

  /**
   * Drops names that end in tanween (ً ٌ ٍ, before or after a final alef): the indefinite ending
   * marks a common word ({@code فورياً}, {@code رسمياً}), never a proper name. Cuts a verb in the
   * future off the end of a name of several words: the recognizer ran on into the sentence's verb.
   * Cuts a nationality adjective with the article off the start of a person's name of several
   * words ({@code الإسباني راؤول غونزاليز} gives {@code راؤول غونزاليز}): it describes the person,
   * as a title does, and is never part of the name in the training corpora (ANERcorp train and the
   * AQMAR train and dev documents write it before 192 names, at the start of none).
   */
  List<Entity> repairCommonWords(TokenizedText text, List<Entity> entities) {
    String s = text.text();
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (endsInTanween(s, e.span())) {
        continue;
      }
      Entity repaired = withoutLastWord(s, withoutLeadingNationality(s, e),
          NameRepairs::isProcliticOrParticle, false);
      out.add(withoutLastWord(s, repaired, this::isFutureVerb, true));
    }
    return out;
  }

  /** Particles that never end a name, as written: or, then, that, not, already. */
  private static final Set<String> TRAILING_PARTICLES = Set.of(
      "أو", "او", "أم", "ثم", "إن", "أن", "ان", "لا", "لم", "لن", "قد", "بل");

  /**
   * {@code e} without its last word, if it has several and {@code drop} takes the last one (and,
   * when {@code afterWordChar}, a word char ends the rest).
   */
  private static Entity withoutLastWord(String s, Entity e, Predicate<String> drop,
      boolean afterWordChar) {
    int lastSpace = WordGaps.lastSpaceIn(s, e.span());
    int end = lastSpace;
    while (end > e.span().start() && WordGaps.isBetweenWords(s.charAt(end - 1))) {
      end--;
    }
    if (end <= e.span().start()
        || afterWordChar && !TextChars.isWordChar(s.charAt(end - 1))
        || !drop.test(s.substring(lastSpace + 1, e.span().end()))) {
      return e;
    }
    CharSpan span = CharSpan.of(e.span().start(), end);
    String surface = span.textOf(s);
    return new Entity(e.type(), span, surface, surface, e.score());
  }

  /**
   * One proclitic letter written apart ({@code مستقبل قابس و}, {@code سامي قريسة ل}) or a particle
   * ({@code سامسونغ أم}, "or"): the start of the next phrase, never the end of a name.
   */
  private static boolean isProcliticOrParticle(String word) {
    return word.length() == 1 && NameSpans.PROCLITIC_LETTERS.indexOf(word.charAt(0)) >= 0
        || TRAILING_PARTICLES.contains(word);
  }

  /** Each of {@code entities} {@link #withoutLeadingNationality without a leading nationality}. */
  List<Entity> withoutLeadingNationalities(String s, List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(withoutLeadingNationality(s, e));
    }
    return out;
  }

  /**
   * {@code e} without a leading nationality adjective with the article, if it is a person's name
   * of several words that starts with one.
   */
  private Entity withoutLeadingNationality(String s, Entity e) {
    if (e.type() != EntityType.PERSON) {
      return e;
    }
    int space = e.span().start();
    while (space < e.span().end() && !TextChars.isSpace(s.charAt(space))) {
      space++;
    }
    int next = space;
    while (next < e.span().end() && WordGaps.isBetweenWords(s.charAt(next))) {
      next++;
    }
    if (space == e.span().end() || next == e.span().end()) {
      return e;
    }
    String first = LexiconForm.of(s.substring(e.span().start(), space));
    if (!first.startsWith(article) || !Nationalities.contains(first)) {
      return e;
    }
    CharSpan span = CharSpan.of(next, e.span().end());
    String surface = span.textOf(s);
    return new Entity(e.type(), span, surface, surface, e.score());
  }

  /**
   * Whether {@code word} is a verb in the future: in {@link LexiconForm}, the prefix س before an
   * imperfect prefix ي ت ن, at least five letters, and the rest attested in the bundled lexicon
   * of news words at least {@link #FUTURE_VERB_EVIDENCE} times, as it is ({@code ستنطلق}: {@code
   * تنطلق}) or without a dual or plural ending ({@code سيترأسان}: {@code يترأس}). A name that
   * merely starts the same way leaves a rest never seen on its own ({@code ستارمر}, {@code
   * ساركوزي}, {@code سيساكو}).
   */
  private boolean isFutureVerb(String word) {
    String w = LexiconForm.of(word);
    if (w.length() < 5 || w.charAt(0) != SEEN
        || (w.charAt(1) != YEH && w.charAt(1) != TEH && w.charAt(1) != NOON)) {
      return false;
    }
    String rest = w.substring(1);
    if (lexicon.count(rest) >= FUTURE_VERB_EVIDENCE) {
      return true;
    }
    for (String ending : VERB_ENDINGS) {
      if (rest.endsWith(ending) && rest.length() - ending.length() >= 3
          && lexicon.count(rest.substring(0, rest.length() - ending.length()))
              >= FUTURE_VERB_EVIDENCE) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsInTanween(String text, CharSpan span) {
    int end = span.end();
    if (end > span.start() && (text.charAt(end - 1) == '\u0627' || text.charAt(end - 1) == '\u0649')) {
      end--;
    }
    return end > span.start() && text.charAt(end - 1) >= '\u064B' && text.charAt(end - 1) <= '\u064D';
  }
}
