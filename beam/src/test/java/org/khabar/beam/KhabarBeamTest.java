package org.khabar.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.khabar.ArticleSource;
import org.khabar.Khabar;
import org.khabar.article.Article;
import org.khabar.corpus.Fingerprint;
import org.khabar.corpus.NearDuplicates;
import org.khabar.json.JsonOptions.Layer;
import org.khabar.models.ModelSpec;
import org.khabar.models.Pipelines;

/** The coders, the failures output and the rows of khabar-beam, on the DirectRunner. */
class KhabarBeamTest {

  private static final String NEWS = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم الخميس "
      + "إن فرنسا ستدعم أوكرانيا.";
  /** An emoji, an unpaired surrogate and a right-to-left mark: UTF-8 would lose the surrogate. */
  private static final String ODD = "😀 \uD800 \u200F" + NEWS;

  private static <T> byte[] encode(Coder<T> coder, T value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    coder.encode(value, out);
    return out.toByteArray();
  }

  private static <T> T decode(Coder<T> coder, byte[] bytes) throws IOException {
    return coder.decode(new ByteArrayInputStream(bytes));
  }

  @Test
  void sourcesAndArticlesSurviveTheirCodersExactlyAndDeterministically() throws IOException {
    ArticleSource source = ArticleSource.of("odd", ODD, LocalDate.of(2025, 3, 6));
    byte[] bytes = encode(ArticleSourceCoder.of(), source);
    assertEquals(source, decode(ArticleSourceCoder.of(), bytes));
    ArticleSourceCoder coder = ArticleSourceCoder.of();
    assertArrayEquals(bytes, encode(coder, decode(coder, bytes)));
    ArticleSource undated = ArticleSource.of("", "");
    assertEquals(undated, decode(coder, encode(coder, undated)));

    Article article = Pipelines.of(ModelSpec.bundled()).khabar().process(source);
    byte[] encoded = encode(ArticleCoder.of(), article);
    Article back = decode(ArticleCoder.of(), encoded);
    assertEquals(article, back);
    assertEquals(ODD, back.text());
    assertArrayEquals(encoded, encode(ArticleCoder.of(), back));
    ArticleSourceCoder.of().verifyDeterministic();
    ArticleCoder.of().verifyDeterministic();
  }

  @Test
  void aFailingArticleGoesToTheFailuresAndTheOthersGoOn() {
    Pipeline p = BeamDigestTest.direct();
    PCollectionTuple out = p.apply(Create.of(List.of(ArticleSource.of("good", NEWS),
            ArticleSource.of("bad", "BOOM " + NEWS))).withCoder(ArticleSourceCoder.of()))
        .apply(new KhabarBeam.WithFailures(ModelSpec.bundled(), spec -> Khabar.builder()
            .addRecognizer(text -> {
              if (text.text().contains("BOOM")) {
                throw new IllegalStateException("a recognizer bug");
              }
              return List.of();
            }).build()));
    PAssert.that(out.get(KhabarBeam.ARTICLES).apply("Ids",
        org.apache.beam.sdk.transforms.MapElements.into(
            org.apache.beam.sdk.values.TypeDescriptors.strings()).via(Article::id)))
        .containsInAnyOrder("good");
    PAssert.that(out.get(KhabarBeam.FAILURES)).satisfies(failures -> {
      List<ArticleFailure> all = new java.util.ArrayList<>();
      failures.forEach(all::add);
      assertEquals(1, all.size());
      assertEquals("bad", all.get(0).id());
      String reason = all.get(0).reason();
      assertTrue(reason.contains("failed on article 'bad'") && reason.endsWith("a recognizer bug"),
          reason);
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void aCopySharesBandKeysWithItsOriginal() {
    Pipeline p = BeamDigestTest.direct();
    String copy = "تونس (وات) - " + NEWS + " وأضاف أن الدعم سيستمر.";
    PCollection<KV<Long, Iterable<byte[]>>> groups = p.apply(Create.of(List.of(
            ArticleSource.of("original", NEWS), ArticleSource.of("copy", copy),
            ArticleSource.of("other", "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار"
                + " منظمة أوبك خفض الإنتاج."))))
        .apply(KhabarBeam.annotate()).apply(KhabarBeam.bandKeys())
        .apply(org.apache.beam.sdk.transforms.GroupByKey.create());
    PAssert.that(groups).satisfies(all -> {
      java.util.Set<String> paired = new java.util.TreeSet<>();
      for (KV<Long, Iterable<byte[]>> g : all) {
        List<Fingerprint> members = new java.util.ArrayList<>();
        g.getValue().forEach(b -> members.add(Fingerprint.fromBytes(b)));
        for (int i = 0; i < members.size(); i++) {
          for (int j = 0; j < i; j++) {
            if (NearDuplicates.defaults().similar(members.get(i), members.get(j))) {
              paired.add(members.get(j).id() + "~" + members.get(i).id());
            }
          }
        }
      }
      assertEquals(1, paired.size(), paired.toString());
      assertTrue(paired.contains("original~copy") || paired.contains("copy~original"),
          paired.toString());
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void rowsCarryTheArticleWithCodePointOffsets() {
    Pipeline p = BeamDigestTest.direct();
    PCollection<Row> rows = p.apply(Create.of(List.of(ArticleSource.of("e", "😀🎉 " + NEWS)))
            .withCoder(ArticleSourceCoder.of()))
        .apply(KhabarBeam.annotate())
        .apply(KhabarBeam.toRows(ModelSpec.bundled(), EnumSet.of(Layer.ENTITIES)));
    PAssert.that(rows).satisfies(all -> {
      Row row = all.iterator().next();
      String text = row.getString("text");
      assertEquals("e", row.getString("id"));
      List<Row> entities = List.copyOf(row.getArray("entities"));
      assertEquals(3, entities.size() >= 3 ? 3 : entities.size(), entities.toString());
      for (Row e : entities) {
        int start = e.getInt32("start");
        int end = e.getInt32("end");
        assertEquals(text.substring(start, end), e.getString("text"));
        assertEquals(text.codePointCount(0, start), (int) e.getInt32("startCodePoint"));
        assertEquals(text.codePointCount(0, end), (int) e.getInt32("endCodePoint"));
      }
      assertEquals(List.of("schemaVersion", "khabar", "models", "id", "text", "published",
          "blocks", "entities"), row.getSchema().getFieldNames());
      return null;
    });
    p.run().waitUntilFinish();
  }
}
