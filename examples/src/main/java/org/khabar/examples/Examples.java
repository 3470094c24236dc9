package org.khabar.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import org.khabar.Khabar;
import org.khabar.models.ModelSpec;
import org.khabar.models.Pipeline;
import org.khabar.models.Pipelines;
import org.khabar.models.ner.Genre;

/**
 * The pipeline every example and the command-line tool run, the one place to change when a
 * component is added; and the {@code main} every example that reads a path shares.
 */
public final class Examples {

  /** Exit status when an example's input path is missing, unreadable or malformed. */
  static final int BAD_PATH = 2;
  /** Exit status when an example's input cannot be read through. */
  static final int FAILED = 1;

  private Examples() {}

  /** What an example does with its input path, writing to {@code out}. */
  @FunctionalInterface
  interface PathExample {
    void run(Path input, PrintStream out) throws IOException;
  }

  /**
   * Runs {@code example} on {@code args[0]}, or on {@code fallback} without arguments, writing
   * UTF-8 to standard output, and exits: 0 when done; {@value #BAD_PATH} with one line on standard
   * error naming the path when it does not exist or cannot be read; {@value #FAILED} with one
   * line when reading fails part way.
   */
  static void main(String name, String[] args, Path fallback, PathExample example) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(name, args, fallback, example, out, err));
  }

  /** {@link #main}'s work, returning the exit status instead of exiting. */
  static int run(String name, String[] args, Path fallback, PathExample example, PrintStream out,
      PrintStream err) {
    Path input;
    try {
      input = args.length > 0 ? Path.of(args[0]) : fallback;
    } catch (InvalidPathException e) {
      err.println(name + ": error: invalid path '" + args[0] + "': " + e.getReason());
      return BAD_PATH;
    }
    if (!Files.exists(input)) {
      err.println(name + ": error: no such file or folder: " + input
          + (args.length == 0 ? " (the default; give a path as the first argument)" : ""));
      return BAD_PATH;
    }
    if (!Files.isReadable(input)) {
      err.println(name + ": error: cannot read: " + input);
      return BAD_PATH;
    }
    try {
      example.run(input, out);
      return 0;
    } catch (IOException e) {
      err.println(name + ": error: " + e);
      return FAILED;
    }
  }

  /** The configured pipeline, with the bundled name finder; immutable and shared. */
  public static Khabar pipeline() {
    return pipeline(Genre.NEWS);
  }

  /**
   * The configured pipeline with the bundled name finder decoding for {@code genre}: this JVM's
   * ({@link Pipelines}, built on first use, so the bundled model loads once and only when an
   * article is processed; the Spark and Beam modules share it). Immutable and shared.
   */
  public static Khabar pipeline(Genre genre) {
    return Pipelines.of(ModelSpec.bundled(Objects.requireNonNull(genre, "genre"))).khabar();
  }

  /**
   * The pipeline of {@link #pipeline(Genre)} with the word lists of {@code words} added to the
   * bundled ones ({@link ModelSpec#withWords}); built once per JVM and folder.
   *
   * @param genre the kind of text
   * @param words a folder laid out as the bundled word lists
   * @return the pipeline
   * @throws IllegalArgumentException if the folder holds a file that is no word list, is not UTF-8,
   *     or has a malformed line, naming it
   */
  public static Khabar pipeline(Genre genre, Path words) {
    return withWords(genre, words).khabar();
  }

  /**
   * The pipeline of {@link #pipeline(Genre, Path)} with the versions its JSON names: the bundled
   * models' and the words folder's ({@link ModelSpec#versions()}).
   *
   * @param genre the kind of text
   * @param words a folder laid out as the bundled word lists
   * @return the pipeline and its versions
   * @throws IllegalArgumentException if the folder holds a file that is no word list, is not UTF-8,
   *     or has a malformed line, naming it
   */
  public static Pipeline withWords(Genre genre, Path words) {
    return Pipelines.of(ModelSpec.bundled(Objects.requireNonNull(genre, "genre"))
        .withWords(Objects.requireNonNull(words, "words").toString()));
  }
}
