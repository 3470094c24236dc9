package org.khabar.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.khabar.ArticleSource;

/**
 * A deterministic coder of {@link ArticleSource}: the id and the text as UTF-16 code units (so
 * that unpaired surrogates, which UTF-8 cannot carry, survive, and every offset stays right), then
 * the publication date as a day number. Stateless.
 */
public final class ArticleSourceCoder extends AtomicCoder<ArticleSource> {
  private static final long serialVersionUID = 1L;
  private static final ArticleSourceCoder INSTANCE = new ArticleSourceCoder();

  private ArticleSourceCoder() {}

  /**
   * The coder.
   *
   * @return the coder
   */
  public static ArticleSourceCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ArticleSource source, OutputStream out) throws IOException {
    if (source == null) {
      throw new CoderException("cannot encode a null ArticleSource");
    }
    DataOutputStream data = new DataOutputStream(out);
    writeString(data, source.id());
    writeString(data, source.text());
    data.writeBoolean(source.published().isPresent());
    if (source.published().isPresent()) {
      data.writeLong(source.published().get().toEpochDay());
    }
    data.flush();
  }

  @Override
  public ArticleSource decode(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    String id = readString(data);
    String text = readString(data);
    Optional<LocalDate> published =
        data.readBoolean() ? Optional.of(LocalDate.ofEpochDay(data.readLong())) : Optional.empty();
    return new ArticleSource(id, text, published);
  }

  @Override
  public void verifyDeterministic() {
    // The same source always gives the same bytes.
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    byte[] bytes = new byte[2 * s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes[2 * i] = (byte) (c >>> 8);
      bytes[2 * i + 1] = (byte) c;
    }
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new CoderException("negative string length " + n);
    }
    byte[] bytes = in.readNBytes(2 * n);
    if (bytes.length != 2 * n) {
      throw new CoderException("string of " + n + " chars cut short");
    }
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
    }
    return new String(chars);
  }
}
