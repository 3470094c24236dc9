package org.khabar.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.CharSpan;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;
import org.khabar.text.DataFiles;
import org.khabar.text.TextChars;

/**
 * Finds the title or role written in front of a person's name: the nearest title word among the
 * four tokens before the name ({@code الرئيس}, {@code وزير}, {@code المستشار}), with the title words
 * directly before it ({@code نائب رئيس}) and the modifiers between it and the name
 * ({@code الفرنسي}, {@code الخارجية المصري}). A conjunction or preposition on the title's first
 * word stays outside the span ({@code والمستشار الألماني} gives {@code المستشار الألماني}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonTitles {

  private static final String RESOURCE = "/org/khabar/ner/person-titles.txt";
  private static final int MAX_MODIFIERS = 3;

  private final Set<String> heads;
  private final NameKeys keys;

  private PersonTitles(Set<String> heads, NameKeys keys) {
    this.heads = Set.copyOf(heads);
    this.keys = keys;
  }

  /**
   * The bundled list of title words, normalized with the matching preset; loaded once.
   *
   * @return the bundled title words
   */
  public static PersonTitles standard() {
    return Holder.STANDARD;
  }

  /**
   * Title words of the caller's own, normalized with the matching preset.
   *
   * @param words title words, as written
   * @return the title words
   */
  public static PersonTitles of(Iterable<String> words) {
    NameKeys keys = NameKeys.matching();
    Set<String> heads = new HashSet<>();
    int i = 0;
    for (String w : Objects.requireNonNull(words, "words")) {
      heads.add(keys.normalize(Objects.requireNonNull(w, "words[" + i + "]").strip()));
      i++;
    }
    return new PersonTitles(heads, keys);
  }

  /**
   * Whether {@code word}, as written, is one of the title words ({@code وزير}, {@code الرئيس}).
   *
   * @param word a word with no proclitic
   * @return whether it heads a title
   */
  public boolean isTitle(CharSequence word) {
    return heads.contains(keys.normalize(Objects.requireNonNull(word, "word").toString()));
  }

  /** Whether a word (with proclitics removed) is a title word. */
  boolean isHead(String normalized) {
    return heads.contains(normalized);
  }

  /**
   * The title before the name that starts at {@code nameStart}, within {@code sentenceTokens}.
   *
   * @param firstNameToken index in {@code sentenceTokens} of the name's first token
   */
  CharSpan titleBefore(TokenizedText text, List<Token> sentenceTokens, int firstNameToken) {
    int head = -1;
    for (int j = firstNameToken - 1; j >= 0 && j >= firstNameToken - 1 - MAX_MODIFIERS; j--) {
      Token t = sentenceTokens.get(j);
      if (!isWord(text, t)) {
        break;
      }
      if (isHeadToken(text, t)) {
        head = j;
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    while (head > 0
        && isWord(text, sentenceTokens.get(head - 1))
        && isHeadToken(text, sentenceTokens.get(head - 1))
        && !sentenceTokens.get(head).clitics().hasProclitics()) {
      head--;
    }
    return NameSpans.of(text.text(), sentenceTokens, head, firstNameToken);
  }

  private boolean isHeadToken(TokenizedText text, Token t) {
    if (heads.contains(t.key())) {
      return true;
    }
    int start = NameSpans.nameStart(text.text(), t);
    return start > t.span().start() && heads.contains(NameSpans.key(text, t, start, keys));
  }

  private static boolean isWord(TokenizedText text, Token t) {
    if (t.kind() != TokenKind.WORD) {
      return false;
    }
    String s = t.span().textOf(text.text());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && !TextChars.isCombiningMark(c)
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }

  private static final class Holder {
    static final PersonTitles STANDARD = PersonTitles.of(load());

    private static List<String> load() {
      return DataFiles.lines(PersonTitles.class, RESOURCE);
    }
  }
}
