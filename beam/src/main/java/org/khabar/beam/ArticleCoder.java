package org.khabar.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.khabar.article.Article;
import org.khabar.json.ArticleJson;
import org.khabar.json.ArticleJsonException;
import org.khabar.json.JsonOptions;

/**
 * A deterministic coder of {@link Article}: its JSON ({@link ArticleJson}, every layer, which
 * reads back as an equal article, unpaired surrogates and all) behind its length. The same article
 * always gives the same bytes. Stateless.
 */
public final class ArticleCoder extends AtomicCoder<Article> {
  private static final long serialVersionUID = 1L;
  private static final ArticleCoder INSTANCE = new ArticleCoder();
  private static final JsonOptions ALL = JsonOptions.defaults();

  private ArticleCoder() {}

  /**
   * The coder.
   *
   * @return the coder
   */
  public static ArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Article article, OutputStream out) throws IOException {
    if (article == null) {
      throw new CoderException("cannot encode a null Article");
    }
    byte[] json = ArticleJson.write(article, ALL).getBytes(StandardCharsets.UTF_8);
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(json.length);
    data.write(json);
    data.flush();
  }

  @Override
  public Article decode(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int n = data.readInt();
    byte[] json = data.readNBytes(n);
    if (n < 0 || json.length != n) {
      throw new CoderException("article of " + n + " bytes cut short");
    }
    try {
      return ArticleJson.read(new String(json, StandardCharsets.UTF_8));
    } catch (ArticleJsonException e) {
      throw new CoderException("not an encoded article: " + e.getMessage(), e);
    }
  }

  @Override
  public void verifyDeterministic() {
    // An article's JSON is a function of the article.
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
