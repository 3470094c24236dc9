package org.khabar.models;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;
import org.khabar.ner.CountryNames;
import org.khabar.ner.DictionaryEntityRecognizer;
import org.khabar.ner.EntityRecognizer;
import org.khabar.ner.EntityRecognizers;
import org.khabar.ner.GivenNamePersons;
import org.khabar.ner.HeadNounNames;
import org.khabar.ner.ListedNames;
import org.khabar.ner.MinistryShorthands;
import org.khabar.ner.ScoreCalibration;

/**
 * The bundled recognizer for news: a model's resolved names, ended where the head-noun names end
 * ({@link HeadNounNames#cut}) and before a mined name they run into ({@link
 * DictionaryEntityRecognizer#endBefore}), merged after the mined names (the surest, which type a
 * span others give too: {@code الملعب القابسي} is a club) and the head-noun names, with the people
 * found by a given name, the countries and the ministries of headlines; then the unnamed
 * conjuncts of a list after {@code كل من} take the type of the named ones ({@link ListedNames}).
 * Each of these is computed once per text. Immutable and thread-safe.
 */
final class NewsRecognizer implements EntityRecognizer {

  private final EntityRecognizer model;
  private final EntityRecognizer mined;
  private final HeadNounNames heads;
  private final Set<String> givenNames;
  private final EntityRecognizer people;
  private final EntityRecognizer countries = CountryNames.standard();
  private final EntityRecognizer ministries = MinistryShorthands.standard();
  private final ListedNames listed = ListedNames.standard();

  NewsRecognizer(EntityRecognizer model, EntityRecognizer mined, Set<String> givenNames) {
    this(model, mined, givenNames, HeadNounNames.standard());
  }

  private NewsRecognizer(EntityRecognizer model, EntityRecognizer mined, Set<String> givenNames,
      HeadNounNames heads) {
    this.model = Objects.requireNonNull(model, "model");
    this.mined = Objects.requireNonNull(mined, "mined");
    this.givenNames = Set.copyOf(givenNames);
    this.heads = heads;
    this.people = GivenNamePersons.of(givenNames, heads);
  }

  /** This recognizer finding the names of {@code other} heads ({@code ner/name-heads.txt}). */
  NewsRecognizer withHeads(HeadNounNames other) {
    return new NewsRecognizer(model, mined, givenNames, Objects.requireNonNull(other, "heads"));
  }

  /**
   * The names mined from news ({@link DefaultModels#MINED_NAMES_RESOURCE}), each scored {@link
   * DefaultModels#MINED_NAME_SCORE}.
   */
  static EntityRecognizer minedNames() {
    DictionaryEntityRecognizer.Builder names = DictionaryEntityRecognizer.builder();
    String text = new String(BundledResources.read(DefaultModels.MINED_NAMES_RESOURCE),
        StandardCharsets.UTF_8);
    for (String line : text.split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      names.add(EntityType.of(f[0]), f[1]);
    }
    double score = DefaultModels.MINED_NAME_SCORE;
    return EntityRecognizers.calibrated(names.build(),
        ScoreCalibration.of(new double[] {0, 1}, new double[] {score, score}));
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    List<Entity> headNames = heads.recognize(text);
    List<Entity> minedNames = mined.recognize(text);
    List<Entity> modelNames = DictionaryEntityRecognizer.endBefore(text, minedNames,
        heads.cut(text, headNames, model.recognize(text)));
    return listed.complete(text, EntityRecognizers.merge(List.of(minedNames, headNames, modelNames,
        people.recognize(text), countries.recognize(text), ministries.recognize(text))));
  }
}
