package org.khabar.models.ner;

import java.nio.file.Path;
import java.util.Arrays;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.ner.OpenNlpExtensions;

/** Loads a model file in a fresh JVM and prints the names it finds in the given tokens. */
public final class FreshJvmTagger {

  private FreshJvmTagger() {}

  public static void main(String[] args) throws Exception {
    OpenNlpExtensions.register();
    TokenNameFinderModel model = new TokenNameFinderModel(Path.of(args[0]));
    String[] tokens = Arrays.copyOfRange(args, 1, args.length);
    System.out.println(Arrays.toString(new NameFinderME(model).find(tokens)));
  }
}
