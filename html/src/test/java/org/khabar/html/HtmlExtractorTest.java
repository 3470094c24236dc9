package org.khabar.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.text.LanguageResources;

/** The extractor on pages written for the test: one test per rule. */
class HtmlExtractorTest {

  private static final String HEADLINE = "الحكومة تعلن خطة جديدة لتطوير النقل العمومي";
  private static final String P1 = "أعلنت الحكومة صباح اليوم عن خطة جديدة لتطوير النقل العمومي في"
      + " المدن الكبرى، تشمل اقتناء حافلات حديثة وتوسيع شبكة الخطوط في الأحياء الشعبية.";
  private static final String P2 = "وقال وزير النقل إن الخطة ستنفذ على ثلاث مراحل تمتد إلى نهاية"
      + " العام المقبل، وإن كلفتها تبلغ نحو مليار دينار تمول بقروض من مؤسسات دولية.";

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        + "<title>" + HEADLINE + " - موقع الأخبار</title>" + head + "</head><body>"
        + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/s\">سياسة</a></nav>" + body
        + "<footer>جميع الحقوق محفوظة</footer></body></html>";
  }

  private static final String ARTICLE = "<h1>" + HEADLINE + "</h1><div class=\"article-body\">"
      + "<p>" + P1 + "</p><figure><img src=\"a.jpg\"><figcaption>وزير النقل خلال الندوة"
      + "</figcaption></figure><h2>تفاصيل الخطة</h2><p>" + P2 + "</p>"
      + "<div class=\"share-buttons\">شارك على فيسبوك تويتر</div>"
      + "<ul class=\"related-news\"><li><a href=\"/x\">الوزير يزور المحطة الجديدة</a></li></ul>"
      + "</div>";

  private static HtmlPage extract(String html) {
    return HtmlExtractor.defaults().extract(html, "", Optional.empty());
  }

  private static List<String> layout(HtmlPage p) {
    return p.blocks().stream().map(b -> b.kind() + ":" + b.span().textOf(p.text())).toList();
  }

  @Test
  void theHeadlineAndTheArticleBlocksComeFromTheMarkup() {
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + P1,
        "CAPTION:وزير النقل خلال الندوة", "SUBHEADING:تفاصيل الخطة", "PARAGRAPH:" + P2,
        "BOILERPLATE:شارك على فيسبوك تويتر", "RELATED_LINK:الوزير يزور المحطة الجديدة"),
        layout(extract(page("", ARTICLE))));
  }

  @Test
  void withoutMarkedBodyTheParagraphsWinTheirContainer() {
    String body = "<div class=\"menu\"><a href=\"/\">الرئيسية</a></div><div class=\"x1\"><p>" + P1
        + "</p><p>" + P2 + "</p></div><div class=\"x2\"><p>إعلان قصير</p></div>";
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + P1, "PARAGRAPH:" + P2),
        layout(extract(page("", body))));
  }

  @Test
  void textBrokenByLineBreakTagsGivesOneBlockALine() {
    String body = "<div class=\"story-content\">" + P1 + "<br><br>" + P2 + "</div>";
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + P1, "PARAGRAPH:" + P2),
        layout(extract(page("", body))));
  }

  @Test
  void datelinesBylinesAndShareLinesInTheBodyAreBoilerplate() {
    String body = "<div class=\"article-body\"><p>كتب محمد علي</p><p>الأربعاء، 07 أكتوبر 2020"
        + " 09:23 ص</p><p>" + P1 + "</p><p>اضف تعليقا واقرأ تعليقات القراء</p></div>";
    HtmlPage p = extract(page("", body));
    assertEquals(List.of(BlockKind.HEADLINE, BlockKind.BOILERPLATE, BlockKind.BOILERPLATE,
        BlockKind.PARAGRAPH, BlockKind.BOILERPLATE), p.blocks().stream().map(Block::kind).toList());
  }

  @Test
  void aLineWithoutALetterAndAnAgencysSignOffAreBoilerplate() {
    String body = "<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>17302</p>"
        + "<p>انتهای پیام/ی</p></div>";
    HtmlPage p = extract(page("", body));
    assertEquals(List.of("HEADLINE:" + HEADLINE, "PARAGRAPH:" + P1, "PARAGRAPH:" + P2,
        "BOILERPLATE:17302", "BOILERPLATE:انتهای پیام/ی"), layout(p));
  }

  @Test
  void aSolarHijriDateInThePageIsItsPublicationDay() {
    String words = "<p class=\"date\">دوشنبه ۲ تیر ۱۳۹۹</p>" + ARTICLE;
    assertEquals(LocalDate.of(2020, 6, 22),
        extract(page("", words)).metadata().published().orElseThrow().day());
  }

  @Test
  void aDesksChromeCuesMakeItsOwnLinesBoilerplate() {
    String body = "<div class=\"article-body\"><p>" + P1 + "</p><p>نشرة الصباح تصلكم كل يوم."
        + "</p></div>";
    HtmlPage plain = extract(page("", body));
    HtmlPage desk = HtmlExtractor.withResources(LanguageResources.builder()
        .add("structure/chrome-cues.txt", "نشرة الصباح").build())
        .extract(page("", body), "", Optional.empty());
    assertEquals(BlockKind.PARAGRAPH, plain.blocks().get(2).kind(), layout(plain).toString());
    assertEquals(BlockKind.BOILERPLATE, desk.blocks().get(2).kind(), layout(desk).toString());
    assertEquals(plain.text(), desk.text(), "the text is the same; only the hint differs");
    assertSame(HtmlExtractor.defaults(), HtmlExtractor.withResources(LanguageResources.bundled()));
  }

  @Test
  void jsonLdGivesThePublishersOwnDayWithItsTimeAndOffset() {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2020-12-01T02:00:00+03:00\"}</script>"
        + "<meta property=\"article:published_time\" content=\"2020-11-30T23:00:00Z\">";
    PublishedDate d = extract(page(head, ARTICLE)).metadata().published().orElseThrow();
    assertEquals(LocalDate.of(2020, 12, 1), d.day()); // not the UTC day, 30 November
    assertEquals(Optional.of(LocalTime.of(2, 0)), d.time());
    assertEquals(Optional.of(ZoneOffset.ofHours(3)), d.offset());
    assertEquals(PublishedDate.Source.JSON_LD, d.source());
  }

  @Test
  void theDateIsReadFromMetaTimeUrlAndWordsInThatOrder() {
    String meta = "<meta name=\"pubdate\" content=\"2020-08-24\">";
    assertEquals(PublishedDate.Source.META,
        extract(page(meta, ARTICLE)).metadata().published().orElseThrow().source());
    String time = ARTICLE + "<time datetime=\"2020-06-03\">3 يونيو</time>";
    assertEquals(LocalDate.of(2020, 6, 3),
        extract(page("", time)).metadata().published().orElseThrow().day());
    HtmlPage byUrl = HtmlExtractor.defaults().extract(page("", ARTICLE),
        "https://example.com/story/2020/8/24/slug/4943459", Optional.empty());
    assertEquals(LocalDate.of(2020, 8, 24), byUrl.metadata().published().orElseThrow().day());
    String words = "<p class=\"date\">الأربعاء، 07 أكتوبر 2020</p>" + ARTICLE;
    PublishedDate d = extract(page("", words)).metadata().published().orElseThrow();
    assertEquals(LocalDate.of(2020, 10, 7), d.day());
    assertEquals(PublishedDate.Source.TEXT, d.source());
  }

  @Test
  void aDateAfterTheFetchDayIsNotThePublicationDate() {
    String meta = "<meta name=\"pubdate\" content=\"2031-01-01\">"
        + "<meta name=\"date\" content=\"2020-05-10\">";
    HtmlPage p = HtmlExtractor.defaults().extract(page(meta, ARTICLE), "",
        Optional.of(LocalDate.of(2020, 6, 1)));
    assertEquals(LocalDate.of(2020, 5, 10), p.metadata().published().orElseThrow().day());
  }

  @Test
  void metadataNamesTitleSiteCanonicalAuthorLanguageAndDirection() {
    String head = "<meta property=\"og:title\" content=\"عنوان الصفحة\">"
        + "<meta property=\"og:site_name\" content=\"الموقع\">"
        + "<meta name=\"author\" content=\"سامي العبدلي\">"
        + "<link rel=\"canonical\" href=\"https://example.com/a/1\">";
    PageMetadata m = extract(page(head, ARTICLE)).metadata();
    assertEquals(Optional.of("عنوان الصفحة"), m.title());
    assertEquals(Optional.of("الموقع"), m.siteName());
    assertEquals(Optional.of("سامي العبدلي"), m.byline());
    assertEquals(Optional.of("https://example.com/a/1"), m.canonicalUrl());
    assertEquals(Optional.of("ar"), m.language());
    assertEquals("rtl", m.direction());
  }

  @Test
  void aWindows1256PageWithNoDeclarationIsDecoded() {
    String html = "<html><body><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2
        + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1256"));
    HtmlPage p = HtmlExtractor.defaults().extract(bytes, "", Optional.empty());
    assertTrue(p.text().contains(P1), p.text());
  }

  @Test
  void aDeclaredCharsetIsHonoured() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
        + " charset=windows-1256\"></head><body><h1>" + HEADLINE + "</h1><p>" + P1
        + "</p></body></html>";
    HtmlPage p = HtmlExtractor.defaults().extract(html.getBytes(Charset.forName("windows-1256")),
        "", Optional.empty());
    assertEquals(HEADLINE, p.blocks().get(0).span().textOf(p.text()));
  }

  @Test
  void thePipelineTakesThePageBlocksAndTheirOffsets() {
    HtmlPage p = extract(page("<meta name=\"date\" content=\"2020-05-10\">", ARTICLE));
    Article a = Khabar.defaults().process(p.source("page"), p.blocks());
    assertEquals(p.blocks(), a.blocks());
    assertEquals(p.text(), a.text());
    assertEquals(Optional.of(LocalDate.of(2020, 5, 10)), a.published());
    assertFalse(a.sentences().isEmpty());
  }

  @Test
  void anyPageGivesAResultNeverAnException() {
    Random random = new Random(19);
    List<String> pages = List.of("", "<", "<html>", "<p>unclosed <b>tags <i>everywhere",
        "<script>var x = '<p>" + P1 + "</p>';</script>", "plain text " + P1,
        "<html><body>" + "<div>".repeat(5000) + P1 + "</body></html>",
        "\uD800 lone surrogate \u202E<p>\uDC00</p>", "<p>Latin only page with words</p>");
    for (String html : pages) {
      HtmlPage p = extract(html);
      Khabar.defaults().process(p.source("x"), p.blocks()); // the blocks are valid
    }
    for (int i = 0; i < 200; i++) {
      byte[] junk = new byte[random.nextInt(2000)];
      random.nextBytes(junk);
      HtmlPage p = HtmlExtractor.defaults().extract(junk, "", Optional.empty());
      Khabar.defaults().process(p.source("junk"), p.blocks());
    }
  }

  @Test
  void callerMistakesNameTheBadArgument() {
    HtmlExtractor x = HtmlExtractor.defaults();
    assertEquals("bytes", assertThrows(NullPointerException.class,
        () -> x.extract((byte[]) null, "", Optional.empty())).getMessage());
    assertEquals("url", assertThrows(NullPointerException.class,
        () -> x.extract("<p>x</p>", null, Optional.empty())).getMessage());
    assertEquals("fetchedAt", assertThrows(NullPointerException.class,
        () -> x.extract("<p>x</p>", "", null)).getMessage());
  }
}
