package org.khabar.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A deterministic coder of {@link ArticleFailure}: its id and reason as UTF-16. Stateless. */
public final class ArticleFailureCoder extends AtomicCoder<ArticleFailure> {
  private static final long serialVersionUID = 1L;
  private static final ArticleFailureCoder INSTANCE = new ArticleFailureCoder();

  private ArticleFailureCoder() {}

  /**
   * The coder.
   *
   * @return the coder
   */
  public static ArticleFailureCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ArticleFailure failure, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    ArticleSourceCoder.writeString(data, failure.id());
    ArticleSourceCoder.writeString(data, failure.reason());
    data.flush();
  }

  @Override
  public ArticleFailure decode(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    return new ArticleFailure(ArticleSourceCoder.readString(data),
        ArticleSourceCoder.readString(data));
  }

  @Override
  public void verifyDeterministic() {
    // The same failure always gives the same bytes.
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
