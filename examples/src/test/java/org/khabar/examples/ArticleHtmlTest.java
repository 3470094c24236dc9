package org.khabar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TimeExpression;
import org.khabar.ner.EntityRecognizer;

class ArticleHtmlTest {

  private static final String TEXT = "قمة في المدينة\n"
      + "وقال الوزير سالم إن «الاتفاق سيوقع في المدينة الأسبوع المقبل».\n"
      + "تفاصيل الاجتماع\n"
      + "وتشمل الخطة:\n"
      + "بناء مدارس جديدة في الريف.\n"
      + "تحسين الطرق بين المدن.\n"
      + "وانتهى الاجتماع في وقت متأخر من مساء اليوم بعد نقاش طويل.\n"
      + "اقرأ أيضا: قمة جديدة في المدينة\n";

  /** Tags every occurrence of the given names. */
  private static EntityRecognizer names(String... pairs) {
    return t -> {
      List<Entity> out = new ArrayList<>();
      for (int p = 0; p < pairs.length; p += 2) {
        String name = pairs[p];
        for (int at = t.text().indexOf(name); at >= 0; at = t.text().indexOf(name, at + 1)) {
          out.add(new Entity(EntityType.of(pairs[p + 1]), CharSpan.of(at, at + name.length()),
              name, name, 0.9));
        }
      }
      out.sort((a, b) -> a.span().compareTo(b.span()));
      return out;
    };
  }

  private static Article article() {
    return Khabar.builder().addRecognizer(names("سالم", "PERSON", "المدينة", "LOCATION")).build()
        .process(TEXT);
  }

  @Test
  void pageIsRightToLeftArabic() {
    String html = ArticleHtml.page(List.of(article()));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"), html);
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(html.contains("<article class=\"kh-article\" id=\"a-0\" dir=\"rtl\" lang=\"ar\">"));
  }

  @Test
  void legendShowsEveryEntityTypeQuoteKindAndBlockLabel() {
    String html = ArticleHtml.page(List.of(article()));
    String legend = html.substring(html.indexOf("<section class=\"kh-legend\""),
        html.indexOf("</section>"));
    for (EntityType type : EntityType.standard()) {
      assertTrue(legend.contains("kh-" + type.name()), type.name());
    }
    for (String c : List.of("kh-time", "kh-num", "kh-quote kh-DIRECT", "kh-quote kh-INDIRECT",
        "RELATED_LINK", "BOILERPLATE")) {
      assertTrue(legend.contains(c), c);
    }
  }

  @Test
  void blocksRenderByKind() {
    String html = ArticleHtml.page(List.of(article()));
    assertTrue(html.contains("<h1 class=\"kh-block kh-HEADLINE\""), html);
    assertTrue(html.contains("<h2 class=\"kh-block kh-SUBHEADING\""));
    assertTrue(html.contains("<ul class=\"kh-list\">\n<li class=\"kh-block kh-LIST_ITEM\""));
    assertTrue(html.contains("<div class=\"kh-block kh-RELATED_LINK\" data-kind=\"RELATED_LINK\""));
    assertTrue(html.contains("<span class=\"kh-block-label\" dir=\"ltr\">RELATED_LINK</span>"));
  }

  @Test
  void entitiesAreMarkedWithTheirTypeTag() {
    String html = ArticleHtml.page(List.of(article()));
    assertTrue(html.contains("<mark class=\"kh-ent kh-PERSON\" title=\"PERSON (0.90)\""), html);
    assertTrue(html.contains(">سالم<span class=\"kh-tag\" dir=\"ltr\">PERSON</span></mark>"));
  }

  @Test
  void entitiesNestInsideQuotesWhichAreOuter() {
    String html = ArticleHtml.page(List.of(article()));
    int quote = html.indexOf("<span class=\"kh-quote kh-DIRECT\" title=", html.indexOf("<article"));
    int quoteEnd = html.indexOf("</span><span class=\"kh-speaker\">", quote);
    assertTrue(quote >= 0 && quoteEnd > quote, html);
    String inside = html.substring(quote, quoteEnd);
    assertTrue(inside.contains("<mark class=\"kh-ent kh-LOCATION\""), inside);
    assertTrue(inside.startsWith("<span class=\"kh-quote kh-DIRECT\" title=\"DIRECT · cue: وقال"
        + " · speaker: سالم\""), inside);
    assertTrue(html.contains("<span class=\"kh-speaker\">سالم · وقال «»</span>"), html);
  }

  @Test
  void speakerMentionIsUnderlinedWhenNotAnEntity() {
    Article a = Khabar.defaults().process("عنوان\nقال مصدر مطلع إن الاتفاق قريب.");
    String html = ArticleHtml.page(List.of(a));
    assertTrue(html.contains("<mark class=\"kh-speaker-mention\" title=\"speaker → مصدر مطلع\""),
        html);
  }

  @Test
  void overlappingInnerSpansKeepTheEntity() {
    Article a = article();
    Entity person = a.entities().get(a.entities().size() > 0 ? 0 : 0);
    CharSpan wider = CharSpan.of(person.span().start() - 1, person.span().end());
    Article withTime = new Article(a.id(), a.text(), a.published(), a.blocks(), a.sentences(),
        a.tokens(), a.entities(), a.quotes(),
        List.of(new TimeExpression(wider, TimeExpression.Type.DATE, "2025-09-04", "")),
        List.of());
    String html = ArticleHtml.page(List.of(withTime));
    assertFalse(html.contains("2025-09-04"), "the date overlapping an entity is left out");
    assertTrue(html.contains("kh-ent kh-" + person.type().name()));
  }

  @Test
  void datesShowTheirValue() {
    Article a = article();
    int at = a.text().indexOf("الأسبوع المقبل");
    CharSpan span = CharSpan.of(at, at + "الأسبوع المقبل".length());
    Article withTime = new Article(a.id(), a.text(), a.published(), a.blocks(), a.sentences(),
        a.tokens(), a.entities(), a.quotes(),
        List.of(new TimeExpression(span, TimeExpression.Type.DATE, "2025-W36", "")), List.of());
    String html = ArticleHtml.page(List.of(withTime));
    assertTrue(html.contains("<mark class=\"kh-time\" title=\"DATE 2025-W36\""), html);
    assertTrue(html.contains("الأسبوع المقبل<span class=\"kh-tag\" dir=\"ltr\">2025-W36</span>"));
  }

  @Test
  void textAndIdsAreEscaped() {
    Article a = Khabar.defaults().process(org.khabar.ArticleSource.of("<id>&\"'",
        "عنوان <b>\nنص فيه <script>alert('x')</script> & \"اقتباس\" هنا."));
    String html = ArticleHtml.page(List.of(a));
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<b>"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;"), html);
    assertTrue(html.contains("&lt;id&gt;&amp;&quot;&#39;"));
  }

  @Test
  void unpairedSurrogatesAndControlsBecomeReplacementChars() {
    Article a = Khabar.defaults().process("نص \uD800 و\u0001 و \uD83D\uDE00 نص.");
    String html = ArticleHtml.page(List.of(a));
    assertTrue(html.contains("نص &#xFFFD; و&#xFFFD; و \uD83D\uDE00 نص."), html);
  }

  @Test
  void severalArticlesGetAnIndex() {
    String html = ArticleHtml.page(List.of(article(), article()));
    assertTrue(html.contains("<nav class=\"kh-index\">"));
    assertTrue(html.contains("<a href=\"#a-1\">"));
    assertFalse(ArticleHtml.page(List.of(article())).contains("<nav"), "one article: no index");
  }

  @Test
  void tagsAreBalancedForAnyText() {
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      String text = randomText(random, random.nextInt(300));
      Article a = Khabar.builder().addRecognizer(names("الوزير", "PERSON", "في", "MISC")).build()
          .process(text);
      try {
        assertBalanced(ArticleHtml.page(List.of(a)));
      } catch (AssertionError e) {
        fail("seed " + seed + ": " + ArticleTextView.visible(text), e);
      }
    }
  }

  private static final String[] PIECES = {
    "الوزير", "قال", "إن", "أن", "وأضاف", "في", "المدينة", "بحسب", "مصادر", "«", "»", "“", "”",
    "\"", "،", ".", ":", " ", " ", " ", "\n", "\n\n", "- ", "اقرأ أيضا", "<", ">", "&", "'",
    "\uD800", "\u0000", "\u200F", "\uD83D\uDE00", "aGVsbG8gd29ybGQ=", "©", "2025"};

  /** Random news-like text with markup chars, quote marks and broken chars. */
  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");
  private static final Set<String> VOID = Set.of("meta", "br");

  static void assertBalanced(String html) {
    Deque<String> stack = new ArrayDeque<>();
    Matcher m = TAG.matcher(html.substring(html.indexOf("<html")));
    while (m.find()) {
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      if (VOID.contains(name)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        stack.push(name);
      } else {
        assertFalse(stack.isEmpty(), "close " + name + " with nothing open");
        assertEquals(stack.pop(), name, "tags cross at " + m.start());
      }
    }
    assertTrue(stack.isEmpty(), "unclosed " + stack);
  }
}
