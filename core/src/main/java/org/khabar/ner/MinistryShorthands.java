package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.Token;
import org.khabar.article.TokenKind;
import org.khabar.article.TokenizedText;

/**
 * Finds a ministry named in a headline by its shorthand, the word that follows {@code وزارة} in its
 * name, standing alone as the subject of a verb in the feminine ({@code الداخلية توضّح}, {@code
 * الخارجية تنفي}, {@code الصحة تحذر}): at the start of a headline or a subheading, or after a colon
 * or a dash there. In body text the same words are common nouns ({@code التربية تلعب دورا}), and
 * a headline's verb agrees with the ministry, not with the noun. Every name found is an {@link
 * EntityType#ORGANIZATION} with the score of the head-noun names, {@link HeadNounNames#SCORE}.
 * Immutable and thread-safe.
 */
public final class MinistryShorthands implements EntityRecognizer {

  /**
   * The shorthands, as tokens' matching keys ({@link Token#key()}): general Arabic news
   * vocabulary, the words of Arab governments' ministries' names.
   */
  private static final Set<String> SHORTHANDS = Set.of(
      "الداخليه", "الخارجيه", "الدفاع", "العدل", "الصحه", "التربيه", "الماليه", "الفلاحه",
      "التجاره", "النقل", "السياحه", "الثقافه", "الصناعه", "الطاقه", "البيئه", "التشغيل",
      "الاقتصاد", "الاوقاف", "الاعلام", "الاسكان", "التجهيز", "الشباب", "الرياضه", "الزراعه");

  /** Marks after which a headline starts a new clause: {@code مقتل عون أمن : الداخلية توضح}. */
  private static final Set<String> CLAUSE_MARKS = Set.of(":", "-", "\u2013", "\u2014", "|");

  private static final MinistryShorthands STANDARD = new MinistryShorthands();

  private MinistryShorthands() {}

  /**
   * The finder.
   *
   * @return the shared finder
   */
  public static MinistryShorthands standard() {
    return STANDARD;
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    List<Entity> out = new ArrayList<>();
    for (Block block : text.blocks()) {
      if (block.kind() != BlockKind.HEADLINE && block.kind() != BlockKind.SUBHEADING) {
        continue;
      }
      List<Token> tokens = text.tokensIn(block.span());
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (HeadNounWords.isDefinite(t) && SHORTHANDS.contains(t.key())
            && (i == 0 || CLAUSE_MARKS.contains(tokens.get(i - 1).key()))
            && isFeminineVerb(tokens.get(i + 1))) {
          CharSpan span = t.span();
          String surface = span.textOf(text.text());
          out.add(new Entity(EntityType.ORGANIZATION, span, surface, surface,
              HeadNounNames.SCORE));
        }
      }
    }
    return out;
  }

  /**
   * A verb in the feminine with no proclitic: the imperfect's {@code ت} ({@code توضح}) or the
   * perfect's final {@code ت} ({@code أعلنت}).
   */
  private static boolean isFeminineVerb(Token t) {
    String w = t.key();
    return t.kind() == TokenKind.WORD && !t.clitics().hasProclitics() && w.length() >= 3
        && (w.charAt(0) == 'ت' || w.charAt(w.length() - 1) == 'ت');
  }

  @Override
  public String toString() {
    return "MinistryShorthands[" + SHORTHANDS.size() + " shorthands]";
  }
}
