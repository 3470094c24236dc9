package org.khabar.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.khabar.article.Article;

/**
 * What {@link NearDuplicates} needs of an article: its id, publication date and agency credit, and
 * its body's fingerprints: a MinHash signature of all its shingles and one of the first half of
 * those after the headline (which a copy cut at the end shares), the band keys of both, a 64-bit
 * SimHash, and the sorted set of shingle hashes for the exact check. Compute it once per article
 * ({@link #of}); it holds no text. Immutable.
 */
public final class Fingerprint {

  /** Buckets of each MinHash signature. */
  public static final int BUCKETS = 128;
  /** Rows per band: a band key hashes so many buckets. */
  public static final int ROWS = 4;
  /** Bands of each signature: pairs at Jaccard 0.8 share a band with probability 0.99999. */
  public static final int BANDS = BUCKETS / ROWS;

  /** The version of {@link #toBytes}'s layout. */
  private static final int FORMAT = 1;

  private final String id;
  private final Optional<LocalDate> published;
  private final Optional<String> credit;
  private final long[] minHash;
  private final long[] lead;
  private final long simHash;
  private final long[] shingles;

  private Fingerprint(String id, Optional<LocalDate> published, Optional<String> credit,
      long[] minHash, long[] lead, long simHash, long[] shingles) {
    this.id = id;
    this.published = published;
    this.credit = credit;
    this.minHash = minHash;
    this.lead = lead;
    this.simHash = simHash;
    this.shingles = shingles;
  }

  /**
   * The fingerprint of {@code article}.
   *
   * @param article the article
   * @return its fingerprint
   */
  public static Fingerprint of(Article article) {
    Objects.requireNonNull(article, "article");
    Shingles s = Shingles.of(article);
    long[] h = s.hashes();
    int from = s.headline() < h.length ? s.headline() : 0;
    int half = from + Math.max(1, (h.length - from + 1) / 2);
    return new Fingerprint(article.id(), article.published(),
        AgencyCredits.find(article).map(AgencyCredit::agency),
        MinHash.of(h, 0, h.length, BUCKETS), MinHash.of(h, from, Math.min(h.length, half), BUCKETS),
        SimHash.of(h), s.set());
  }

  /**
   * The article's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The article's publication date, if known.
   *
   * @return the date
   */
  public Optional<LocalDate> published() {
    return published;
  }

  /**
   * The news agency the article credits ({@code رويترز}, {@code واس} ...), if any.
   *
   * @return the agency, as {@code agencies.txt} lists it
   */
  public Optional<String> credit() {
    return credit;
  }

  /**
   * The 64-bit SimHash of the body's shingles: near bodies differ in few bits.
   *
   * @return the SimHash
   */
  public long simHash() {
    return simHash;
  }

  /**
   * How many distinct shingles the body has.
   *
   * @return the count
   */
  public int size() {
    return shingles.length;
  }

  /**
   * The band keys: {@link #BANDS} of the whole body's signature, then as many of the first half's,
   * each a hash of its band's buckets and its place. Two articles that share a key are candidates;
   * Spark and Beam group by them.
   *
   * @return the keys
   */
  public long[] bandKeys() {
    long[] keys = new long[2 * BANDS];
    for (int band = 0; band < 2 * BANDS; band++) {
      long[] signature = band < BANDS ? minHash : lead;
      int first = (band % BANDS) * ROWS;
      long k = band;
      for (int r = 0; r < ROWS; r++) {
        k = Hashes.mix(k * 31 + signature[first + r]);
      }
      keys[band] = k;
    }
    return keys;
  }

  /**
   * This fingerprint as bytes, for an engine to store or ship ({@link #fromBytes} reads them back):
   * id, date, credit, both signatures, SimHash and the shingle set. Deterministic.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(
        64 + 8 * (minHash.length + lead.length + shingles.length) + 2 * id.length());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(id);
      out.writeLong(published.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
      out.writeUTF(credit.orElse(""));
      for (long[] array : new long[][] {minHash, lead, shingles}) {
        out.writeInt(array.length);
        for (long v : array) {
          out.writeLong(v);
        }
      }
      out.writeLong(simHash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The fingerprint {@link #toBytes} wrote.
   *
   * @param bytes the bytes
   * @return the fingerprint
   * @throws IllegalArgumentException if the bytes are not a fingerprint of this format
   */
  public static Fingerprint fromBytes(byte[] bytes) {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readByte();
      if (format != FORMAT) {
        throw new IllegalArgumentException("not a fingerprint of format " + FORMAT + ": " + format);
      }
      String id = in.readUTF();
      long day = in.readLong();
      String credit = in.readUTF();
      long[][] arrays = new long[3][];
      for (int a = 0; a < 3; a++) {
        int n = in.readInt();
        if (n < 0 || n > bytes.length / 8) {
          throw new IllegalArgumentException("a fingerprint's array of " + n + " longs");
        }
        arrays[a] = new long[n];
        for (int i = 0; i < n; i++) {
          arrays[a][i] = in.readLong();
        }
      }
      return new Fingerprint(id,
          day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day)),
          credit.isEmpty() ? Optional.empty() : Optional.of(credit), arrays[0], arrays[1],
          in.readLong(), arrays[2]);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a fingerprint: " + e, e);
    }
  }

  /** The share of the smaller body's shingles that the other has: 1 for a copy cut short. */
  double containment(Fingerprint other) {
    return containment(other, common(other));
  }

  /** The Jaccard similarity of the two bodies' shingle sets, exactly. */
  double jaccard(Fingerprint other) {
    return jaccard(other, common(other));
  }

  /** {@link #containment} when the shingles in common are already counted. */
  double containment(Fingerprint other, int common) {
    int smaller = Math.min(size(), other.size());
    return smaller == 0 ? (size() == other.size() ? 1 : 0) : (double) common / smaller;
  }

  /** {@link #jaccard} when the shingles in common are already counted. */
  double jaccard(Fingerprint other, int common) {
    int union = size() + other.size() - common;
    return union == 0 ? 1 : (double) common / union;
  }

  /** How many shingles the two bodies have in common: one merge of the sorted sets. */
  int common(Fingerprint other) {
    long[] a = shingles;
    long[] b = other.shingles;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  @Override
  public String toString() {
    return "Fingerprint[" + id + ", " + shingles.length + " shingles, simHash "
        + Long.toHexString(simHash) + ", minHash " + Arrays.toString(Arrays.copyOf(minHash, 2))
        + "...]";
  }
}
