package org.khabar.models.ner;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32C;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model compiled for {@link ArabicNameFinder}: what the decoder keeps of an OpenNLP
 * model (its outcomes, beam size, feature descriptor and weights, in the layout of its weight
 * table) and the place names and word clusters its features read, in one binary file that a new
 * JVM reads with one bulk read, without OpenNLP's model reader. Reading the bundled model's 630,000 predicates
 * through OpenNLP takes about 1.5 s and 180 MB of heap; its compiled form loads in under 0.1 s
 * from the models jar (which stores it uncompressed), and the bundled recognizer in a 96 MB heap.
 * The finders over a compiled decoder give the same names and probabilities as those over its model
 * ({@link ArabicNameFinder#factories(CompiledDecoder, int, java.util.Collection)}).
 *
 * <p>The file: the ASCII magic {@code KHABAR-DECODER}, the format version (an int), the payload's
 * length (a long) and CRC-32C (an int), then the payload, big-endian: the source model's SHA-256
 * (hex), the ICU4J version the place names were computed with, the beam size, the outcomes, the
 * feature descriptor, the place names, the word clusters the model embeds (empty when it names a
 * class-path resource instead), and the weight table (counts; the prefixes of its layers, a
 * feature's own weights and those of its copy for each genre; the predicate names, a byte a char
 * into an alphabet of their at most 256 chars; their hashes; their lengths and weight counts by
 * layer, a byte each; the weights' outcomes, a byte each, and values), laid out as the table keeps
 * them, so that reading is mostly bulk copies. Strings are an int length and UTF-8 bytes. A file
 * whose magic, version, length or checksum is wrong is refused before it is parsed. Immutable and
 * thread-safe.
 */
public final class CompiledDecoder {

  /** The first bytes of every compiled decoder. */
  static final byte[] MAGIC = "KHABAR-DECODER".getBytes(US_ASCII);

  /** The format version this class writes and reads. */
  static final int VERSION = 3;

  private static final int HEADER = MAGIC.length + Integer.BYTES + Long.BYTES + Integer.BYTES;


  /** What {@link ArabicNameFinder} takes from a model for a compiled decoder. */
  record Parts(String[] outcomes, int beamSize, WeightTable weights) {}

  private final String source;
  private final String modelSha256;
  private final String icuVersion;
  private final int beamSize;
  private final String[] outcomes;
  private final byte[] featureDescriptor;
  private final List<String> places;
  private final byte[] clusters;
  private final WeightTable weights;

  private CompiledDecoder(String source, String modelSha256, String icuVersion, int beamSize,
      String[] outcomes, byte[] featureDescriptor, List<String> places, byte[] clusters,
      WeightTable weights) {
    this.source = source;
    this.modelSha256 = modelSha256;
    this.icuVersion = icuVersion;
    this.beamSize = beamSize;
    this.outcomes = outcomes;
    this.featureDescriptor = featureDescriptor;
    this.places = places;
    this.clusters = clusters;
    this.weights = weights;
  }

  /**
   * Compiles {@code model} and writes it to {@code out}.
   *
   * @param model a name-finder model that {@link ArabicNameFinder} decodes (a perceptron with BIO
   *     outcomes and Khabar's Arabic features only)
   * @param modelSha256 the SHA-256 of the model's file, recorded so that the pair can be checked
   * @param out where to write; not closed
   * @throws IllegalArgumentException if {@link ArabicNameFinder} does not decode {@code model}
   * @throws IOException if writing fails
   */
  public static void write(TokenNameFinderModel model, String modelSha256, OutputStream out)
      throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(modelSha256, "modelSha256");
    Objects.requireNonNull(out, "out");
    Parts parts = ArabicNameFinder.parts(model).orElseThrow(() -> new IllegalArgumentException(
        "only a perceptron model with BIO outcomes and Khabar's Arabic features only compiles"));
    Object descriptor = model.getArtifact("generator.featuregen");
    if (!(descriptor instanceof byte[] bytes)) {
      throw new IllegalArgumentException("the model has no feature descriptor");
    }
    WeightTable w = parts.weights();
    List<byte[]> strings = new ArrayList<>();
    strings.add(modelSha256.toLowerCase(Locale.ROOT).getBytes(UTF_8));
    strings.add(CldrPlaceNames.icuVersion().getBytes(UTF_8));
    for (String o : parts.outcomes()) {
      strings.add(o.getBytes(UTF_8));
    }
    List<String> places = new ArrayList<>(
        model.getArtifact(EmbeddedLexicons.PLACES) instanceof byte[] embedded
            ? EmbeddedLexicons.places(embedded) : CldrPlaceNames.all());
    places.sort(null);
    for (String p : places) {
      strings.add(p.getBytes(UTF_8));
    }
    byte[] clusters = model.getArtifact(EmbeddedLexicons.CLUSTERS) instanceof byte[] embedded
        ? embedded : new byte[0];
    long size = 0;
    for (byte[] s : strings) {
      size += Integer.BYTES + s.length;
    }
    // beam size, outcome count, descriptor length, place count and clusters length; the
    // descriptor, the clusters and the table
    size += 5L * Integer.BYTES + bytes.length + clusters.length + WeightTableFormat.size(w);
    if (size > Integer.MAX_VALUE - HEADER) {
      throw new IllegalArgumentException("model too large to compile: " + size + " bytes");
    }
    ByteBuffer payload = ByteBuffer.allocate((int) size);
    int k = 0;
    putString(payload, strings.get(k++));
    putString(payload, strings.get(k++));
    payload.putInt(parts.beamSize());
    payload.putInt(parts.outcomes().length);
    for (int i = 0; i < parts.outcomes().length; i++) {
      putString(payload, strings.get(k++));
    }
    payload.putInt(bytes.length).put(bytes);
    payload.putInt(places.size());
    for (int i = 0; i < places.size(); i++) {
      putString(payload, strings.get(k++));
    }
    putString(payload, clusters);
    WeightTableFormat.put(payload, w);
    if (payload.hasRemaining()) {
      throw new AssertionError("payload size miscounted by " + payload.remaining());
    }
    CRC32C crc = new CRC32C();
    crc.update(payload.array());
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    header.put(MAGIC).putInt(VERSION).putLong(size).putInt((int) crc.getValue());
    out.write(header.array());
    out.write(payload.array());
  }

  private static void putString(ByteBuffer b, byte[] s) {
    b.putInt(s.length).put(s);
  }

  /**
   * Reads a compiled decoder.
   *
   * @param bytes the file's bytes
   * @param source what the bytes are, for messages (a file or resource name)
   * @return the decoder
   * @throws IllegalStateException if the bytes are no compiled decoder of this version, or are
   *     corrupt (the message names {@code source} and what is wrong)
   */
  public static CompiledDecoder read(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < HEADER
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw corrupt(source, "it does not start with " + new String(MAGIC, US_ASCII));
    }
    b.position(MAGIC.length);
    int version = b.getInt();
    if (version != VERSION) {
      throw corrupt(source, "format version " + version + ", this Khabar reads " + VERSION);
    }
    long size = b.getLong();
    int expectedCrc = b.getInt();
    if (size != bytes.length - HEADER) {
      throw corrupt(source, "its payload is " + (bytes.length - HEADER) + " bytes, the header says "
          + size);
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, HEADER, bytes.length - HEADER);
    if ((int) crc.getValue() != expectedCrc) {
      throw corrupt(source, "checksum mismatch (CRC-32C "
          + Integer.toHexString((int) crc.getValue()) + ", expected "
          + Integer.toHexString(expectedCrc) + ")");
    }
    try {
      String modelSha256 = getString(b);
      String icuVersion = getString(b);
      int beamSize = b.getInt();
      String[] outcomes = new String[count(b, source, "outcomes")];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = getString(b);
      }
      byte[] descriptor = new byte[count(b, source, "descriptor bytes")];
      b.get(descriptor);
      String[] places = new String[count(b, source, "place names")];
      for (int i = 0; i < places.length; i++) {
        places[i] = getString(b);
      }
      byte[] clusters = new byte[count(b, source, "cluster bytes")];
      b.get(clusters);
      WeightTable table = WeightTableFormat.get(b, source);
      if (b.hasRemaining()) {
        throw corrupt(source, b.remaining() + " bytes after the weights");
      }
      if (beamSize < 1 || !Arrays.asList(outcomes).contains("other")) {
        throw corrupt(source, "beam size " + beamSize + ", outcomes " + Arrays.toString(outcomes));
      }
      if (!table.layerPrefixes().equals(DecodableModel.LAYERS)) {
        throw corrupt(source, "weight layers " + table.layerPrefixes() + ", this Khabar decodes "
            + DecodableModel.LAYERS);
      }
      if (table.maxOutcome() >= outcomes.length) {
        throw corrupt(source, "a weight of outcome " + table.maxOutcome() + " of "
            + outcomes.length);
      }
      return new CompiledDecoder(source, modelSha256, icuVersion, beamSize, outcomes, descriptor,
          List.of(places), clusters, table);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw corrupt(source, "it ends early or is malformed (" + e + ")");
    }
  }

  private static String getString(ByteBuffer b) {
    int length = b.getInt();
    if (length < 0 || length > b.remaining()) {
      throw new IllegalArgumentException("string of " + length + " bytes");
    }
    String s = new String(b.array(), b.position(), length, UTF_8);
    b.position(b.position() + length);
    return s;
  }

  static int count(ByteBuffer b, String source, String what) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw corrupt(source, what + ": " + n);
    }
    return n;
  }

  static IllegalStateException corrupt(String source, String why) {
    return new IllegalStateException("compiled decoder " + source + " is corrupt: " + why);
  }

  /**
   * The SHA-256 of the model file it was compiled from, lower-case hex.
   *
   * @return the model's digest
   */
  public String modelSha256() {
    return modelSha256;
  }

  /** What it was read from, for messages. */
  String source() {
    return source;
  }

  /** The ICU4J version its place names were computed with. */
  String icuVersion() {
    return icuVersion;
  }

  /**
   * The place names its features read: those the model embeds, or those CLDR gave when it was
   * compiled.
   */
  List<String> places() {
    return places;
  }

  /** The word clusters the model embeds, as their artifact's bytes; empty when it embeds none. */
  byte[] clusters() {
    return clusters.clone();
  }

  int beamSize() {
    return beamSize;
  }

  String[] outcomes() {
    return outcomes.clone();
  }

  byte[] featureDescriptor() {
    return featureDescriptor.clone();
  }

  WeightTable weights() {
    return weights;
  }
}
