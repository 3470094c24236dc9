package org.khabar.models;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.Khabar;
import org.khabar.models.ner.Genre;
import org.khabar.ner.EntityResolver;
import org.khabar.text.LanguageResources;

/**
 * Which pipeline a worker builds: with the bundled name finder, or with a name-finder model file
 * every worker can read (a local path, or storage mounted on every machine; on a cluster, a file
 * shipped with the job, such as {@code spark-submit --files model.bin} and {@code
 * ModelSpec.file("model.bin")}), decoding for a {@link Genre}. Small and serializable, so it
 * travels with a job; the pipeline it names is built once per JVM ({@link Pipelines}), never
 * shipped. Immutable.
 */
public final class ModelSpec implements Serializable {
  /** The serial form: the location, the genre and the words folder. */
  private static final long serialVersionUID = 2L;

  /** The location of a model file, or null for the bundled model. */
  private final String location;
  /** The genre the name finder decodes for. */
  private final Genre genre;
  /** A folder of word lists adding to the bundled ones, or null. */
  private final String words;

  private ModelSpec(String location, Genre genre) {
    this(location, genre, null);
  }

  private ModelSpec(String location, Genre genre, String words) {
    this.location = location;
    this.genre = Objects.requireNonNull(genre, "genre");
    this.words = words;
  }

  /**
   * The bundled name finder, for news: the pipeline of the command-line tool.
   *
   * @return the spec
   */
  public static ModelSpec bundled() {
    return new ModelSpec(null, Genre.NEWS);
  }

  /**
   * The bundled name finder decoding for {@code genre}.
   *
   * @param genre the kind of text
   * @return the spec
   */
  public static ModelSpec bundled(Genre genre) {
    return new ModelSpec(null, genre);
  }

  /**
   * The OpenNLP name-finder model at {@code location}, decoding for news.
   *
   * @param location a file path every worker can read
   * @return the spec
   * @throws IllegalArgumentException if {@code location} is blank
   */
  public static ModelSpec file(String location) {
    Objects.requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException("model location is blank");
    }
    return new ModelSpec(location, Genre.NEWS);
  }

  /**
   * This spec decoding for {@code kind}.
   *
   * @param kind the kind of text
   * @return the spec
   */
  public ModelSpec withGenre(Genre kind) {
    return new ModelSpec(location, kind, words);
  }

  /**
   * This spec with the word lists of {@code folder} added to the bundled ones ({@link
   * LanguageResources.Builder#addFolder}; the folder every worker reads, as a model file), which
   * the pipeline's stages are built from; titles added in {@code ner/person-titles.txt} also
   * resolve the names again ({@link EntityResolver#of}).
   *
   * @param folder a folder laid out as the bundled lists
   * @return the spec
   * @throws IllegalArgumentException if {@code folder} is blank
   */
  public ModelSpec withWords(String folder) {
    Objects.requireNonNull(folder, "folder");
    if (folder.isBlank()) {
      throw new IllegalArgumentException("words folder is blank");
    }
    return new ModelSpec(location, genre, folder);
  }

  /**
   * The genre the name finder decodes for.
   *
   * @return the genre
   */
  public Genre genre() {
    return genre;
  }

  /**
   * Builds the pipeline this spec names. Slow (the model loads): call {@link Pipelines#of}, which
   * builds it once per JVM.
   *
   * @return the pipeline
   * @throws UncheckedIOException if the model file cannot be read or is not a name-finder model,
   *     naming its location, or a word list cannot be read
   * @throws IllegalArgumentException if the words folder is not one, or holds a file that is no
   *     word list, is not UTF-8, or has a malformed line, naming it
   */
  public Pipeline build() {
    LanguageResources resources = words == null ? LanguageResources.bundled() : wordLists();
    if (location == null) {
      Khabar khabar = builder(resources).addRecognizer(DefaultModels.withResources(
          DefaultModels.entityRecognizer(genre), resources)).build();
      return new Pipeline(khabar, withWords(DefaultModels.versions()), resources);
    }
    MessageDigest sha = sha256();
    TokenNameFinderModel model;
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path()), sha)) {
      model = new TokenNameFinderModel(in);
      in.transferTo(OutputStream.nullOutputStream()); // the digest covers the whole file
    } catch (IOException e) {
      throw unreadable(e);
    }
    Khabar khabar = builder(resources).addRecognizer(DefaultModels.withResources(
        DefaultModels.entityRecognizer(model, genre), resources)).build();
    return new Pipeline(khabar, withWords(version(sha)), resources);
  }

  /** A pipeline builder with {@code resources}, this spec's words, when it has some. */
  private Khabar.Builder builder(LanguageResources resources) {
    Khabar.Builder b = Khabar.builder();
    if (words != null) {
      b.resources(resources);
      if (!resources.added("ner/person-titles.txt").isEmpty()
          || !resources.added("ner/name-heads.txt").isEmpty()) {
        b.resolver(EntityResolver.of(resources));
      }
    }
    return b;
  }

  /**
   * The versions of the models this spec names, as every article's JSON names them, without
   * building the pipeline: the bundled models' ({@link DefaultModels#versions()}), or the model
   * file's name and the prefix of its SHA-256 (the file is read once for it); with a words folder,
   * also the folder's name and a slash ({@code "newsroom-words/"}) with the digest of the entries
   * it adds, so that an output made with other word lists says so.
   *
   * @return model file name to {@code sha256:} digest prefix
   * @throws UncheckedIOException if the model file or a word list cannot be read, naming it
   * @throws IllegalArgumentException if the words folder is not one, or holds a file that is no
   *     word list or is not UTF-8, naming it
   */
  public Map<String, String> versions() {
    if (location == null) {
      return withWords(DefaultModels.versions());
    }
    MessageDigest sha = sha256();
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path()), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw unreadable(e);
    }
    return withWords(version(sha));
  }

  private LanguageResources wordLists() {
    return LanguageResources.builder().addFolder(Path.of(words)).build();
  }

  /**
   * {@code models} and, with a words folder, the folder's name with a slash ({@code
   * "newsroom-words/"}) and the digest of what it adds: each list's name and its entries, so that
   * comments, blank lines and spacing do not count.
   */
  private Map<String, String> withWords(Map<String, String> models) {
    if (words == null) {
      return models;
    }
    LanguageResources added = wordLists();
    MessageDigest sha = sha256();
    for (String name : LanguageResources.names()) {
      List<String> entries = added.added(name);
      if (!entries.isEmpty()) {
        sha.update((name + "\n" + String.join("\n", entries) + "\n\0").getBytes(UTF_8));
      }
    }
    Map<String, String> out = new LinkedHashMap<>(models);
    Path folder = Path.of(words).toAbsolutePath().normalize();
    String name =
        folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    out.put(name + "/", digest(sha));
    return Collections.unmodifiableMap(out);
  }

  private Path path() {
    return Path.of(location);
  }

  private Map<String, String> version(MessageDigest sha) {
    return Map.of(path().getFileName().toString(), digest(sha));
  }

  /** {@code sha256:} and the first 16 hex digits of the digest, as the JSON names models. */
  private static String digest(MessageDigest sha) {
    String hex = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    return "sha256:" + hex.toLowerCase(Locale.ROOT);
  }

  private UncheckedIOException unreadable(IOException e) {
    return new UncheckedIOException("cannot load the name-finder model " + location + ": " + e, e);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java platform has SHA-256
    }
  }


  @Override
  public boolean equals(Object o) {
    return o instanceof ModelSpec other && Objects.equals(location, other.location)
        && genre == other.genre && Objects.equals(words, other.words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, genre, words);
  }

  @Override
  public String toString() {
    return (location == null ? "bundled" : location) + " (" + genre.name().toLowerCase(Locale.ROOT)
        + (words == null ? "" : ", words " + words) + ")";
  }
}
