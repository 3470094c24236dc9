package org.khabar.tools.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.article.Block;
import org.khabar.article.BlockKind;
import org.khabar.article.Entity;

/**
 * Articles copied from a web page as text: each article wrapped in the furniture such a copy
 * keeps (a menu, a breadcrumb, a byline, a dateline, share buttons above; tags, comment counts,
 * print and footer lines below), drawn by a seeded generator from a few spellings of each, and
 * compared with the article as written: the headline must be the one the article as written has
 * (or none when it has none), no furniture line may be body, and the body's names must be the
 * article's.
 *
 * <pre>
 * java -Dkhabar.shared=../shared -cp tools/target/khabar-tools.jar \
 *   org.khabar.tools.eval.WebCopyEvaluation
 * </pre>
 */
public final class WebCopyEvaluation {

  private WebCopyEvaluation() {}

  private static final List<String> MENU = List.of("الرئيسية", "أخبار", "سياسة", "اقتصاد",
      "رياضة", "ثقافة", "منوعات", "تكنولوجيا", "فيديو", "صحة", "عربي ودولي", "محليات");
  private static final List<List<String>> ABOVE = List.of(
      List.of("الرئيسية › أخبار › عربي ودولي", "الرئيسية / سياسة / تقارير", "Home > News > World"),
      List.of("كتب: محمد أحمد", "بقلم: سارة علي", "كتبت فاطمة حسن", "إعداد: فريق التحرير"),
      List.of("الأربعاء، 03 سبتمبر 2025 - 10:15 ص", "نشر في: 03/09/2025 10:15",
          "آخر تحديث: 2025-09-03 11:30", "03 سبتمبر 2025"),
      List.of("شارك على فيسبوك", "فيسبوك تويتر واتساب", "شارك الخبر", "نسخ الرابط"));
  private static final List<List<String>> BELOW = List.of(
      List.of("الكلمات المفتاحية: أوروبا، سياسة، قمة", "وسوم: سياسة، أوروبا"),
      List.of("التعليقات (3)", "أضف تعليقك", "لا توجد تعليقات"),
      List.of("طباعة", "حجم الخط"),
      List.of("جميع الحقوق محفوظة © 2025", "سياسة الخصوصية | اتصل بنا"));

  /** One copy: its text and the spans of its furniture lines. */
  record Copy(String text, String headline, List<int[]> chrome) {}

  /**
   * The figures.
   *
   * @param copies copies made
   * @param headlineRight copies whose headline block is the article's headline
   * @param chromeLines furniture lines written
   * @param chromeInBody furniture lines that became body
   * @param namesKept copies whose body names are the article's
   * @param errors the first differences
   */
  record Result(int copies, int headlineRight, int chromeLines, int chromeInBody, int namesKept,
      List<String> errors) {

    String report() {
      return String.format(Locale.ROOT, "web copies: %d; headline right %d (%.3f); furniture lines"
              + " %d, in the body %d; body names as written %d (%.3f)%n", copies, headlineRight,
          headlineRight / (double) copies, chromeLines, chromeInBody, namesKept,
          namesKept / (double) copies);
    }
  }

  /**
   * A copy of {@code article} in furniture drawn from {@code r}; {@code headline} is the
   * article's headline as the pipeline finds it in the article as written (empty for none), and
   * the furniture goes around it.
   */
  static Copy copy(String article, String headline, Random r) {
    int cut = headline.isEmpty() ? 0 : article.indexOf(headline) + headline.length();
    String body = article.substring(cut);
    StringBuilder text = new StringBuilder();
    List<int[]> chrome = new ArrayList<>();
    int menu = r.nextInt(3) == 0 ? 0 : 3 + r.nextInt(5);
    for (int i = 0; i < menu; i++) {
      line(text, MENU.get(r.nextInt(MENU.size())), chrome);
    }
    List<String> above = new ArrayList<>();
    for (List<String> kind : ABOVE) {
      if (r.nextBoolean()) {
        above.add(kind.get(r.nextInt(kind.size())));
      }
    }
    int split = r.nextInt(above.size() + 1); // furniture before and after the headline
    for (String s : above.subList(0, split)) {
      line(text, s, chrome);
    }
    if (!headline.isEmpty()) {
      text.append(headline).append('\n');
    }
    for (String s : above.subList(split, above.size())) {
      line(text, s, chrome);
    }
    text.append(body.strip()).append('\n');
    for (List<String> kind : BELOW) {
      if (r.nextBoolean()) {
        line(text, kind.get(r.nextInt(kind.size())), chrome);
      }
    }
    return new Copy(text.toString(), headline, chrome);
  }

  private static void line(StringBuilder text, String line, List<int[]> chrome) {
    chrome.add(new int[] {text.length(), text.length() + line.length()});
    text.append(line).append('\n');
  }

  /**
   * Makes {@code perArticle} copies of each article and compares them with the article.
   *
   * @param khabar the pipeline
   * @param articles the articles, by name, each with its headline on its first line
   * @param perArticle copies of each
   * @param seed the generator's seed
   * @return the figures
   */
  static Result evaluate(Khabar khabar, Map<String, String> articles, int perArticle, long seed) {
    Random r = new Random(seed);
    int copies = 0;
    int headlineRight = 0;
    int chromeLines = 0;
    int chromeInBody = 0;
    int namesKept = 0;
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, String> e : articles.entrySet()) {
      Article original = khabar.process(e.getValue());
      Map<String, Integer> names = names(original);
      String title = headline(original);
      for (int n = 0; n < perArticle; n++) {
        Copy c = copy(e.getValue(), title, r);
        Article a = khabar.process(c.text());
        copies++;
        String found = headline(a);
        if (found.equals(c.headline())) {
          headlineRight++;
        } else if (errors.size() < 30) {
          errors.add(e.getKey() + " headline: '" + found + "' for '" + c.headline() + "'");
        }
        for (int[] line : c.chrome()) {
          chromeLines++;
          for (Block b : a.blocks()) {
            if (b.span().start() < line[1] && b.span().end() > line[0] && b.kind().isBody()) {
              chromeInBody++;
              if (errors.size() < 30) {
                errors.add(e.getKey() + " furniture as " + b.kind() + ": "
                    + c.text().substring(line[0], line[1]));
              }
              break;
            }
          }
        }
        if (names(a).equals(names)) {
          namesKept++;
        } else if (errors.size() < 30) {
          errors.add(e.getKey() + " names: " + names(a) + " vs " + names);
        }
      }
    }
    return new Result(copies, headlineRight, chromeLines, chromeInBody, namesKept, errors);
  }

  /** The text of the article's headline block, or empty. */
  private static String headline(Article a) {
    return a.blocks().stream().filter(b -> b.kind() == BlockKind.HEADLINE).findFirst()
        .map(b -> a.textOf(b.span())).orElse("");
  }

  private static Map<String, Integer> names(Article a) {
    Map<String, Integer> out = new HashMap<>();
    for (Entity e : a.entitiesInBody()) {
      out.merge(e.type() + " " + e.text(), 1, Integer::sum);
    }
    return out;
  }

  /**
   * Prints the figures for the seeds and the ant-ner development articles, 20 copies each.
   *
   * @param args none
   * @throws IOException if the seeds cannot be read
   */
  public static void main(String[] args) throws IOException {
    Khabar khabar = QuoteEvaluation.pipeline();
    for (Path dir : List.of(SharedCorpora.root().resolve("seeds"),
        SharedCorpora.corpus("ant-ner").resolve("raw"))) {
      Result r = evaluate(khabar, WrapEvaluation.read(dir), 20, 19);
      String name = dir.getFileName().toString().equals("raw") ? "ant-ner dev" : "seeds";
      System.out.print(name + ": " + r.report());
      r.errors().stream().distinct().forEach(e -> System.out.println("  " + e));
    }
  }
}
