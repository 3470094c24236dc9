package org.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.EntityType;
import org.khabar.article.TokenizedText;
import org.khabar.text.LanguageResources;

class EntityResolverTest {

  private final EntityResolver resolver = EntityResolver.standard();

  /** An entity over the n-th occurrence (0-based) of {@code surface} in the text. */
  private static Entity entity(
      TokenizedText text, String surface, int occurrence, EntityType type, double score) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.text().indexOf(surface, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + surface);
    }
    CharSpan span = CharSpan.of(at, at + surface.length());
    return new Entity(type, span, surface, surface, score);
  }

  private static Optional<Entity> at(List<Entity> entities, TokenizedText text, String surface,
      int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.text().indexOf(surface, at + 1);
    }
    int start = at;
    return entities.stream()
        .filter(e -> e.span().start() == start && e.span().length() == surface.length())
        .findFirst();
  }

  @Test
  void sameNameGetsTheTypeWithTheHighestTotalScore() {
    TokenizedText text = TestTexts.of("زار مراد الحي .\nثم غادر مراد المدينة .\nوقال مراد كلمة .");
    List<Entity> input = List.of(
        entity(text, "مراد", 0, EntityType.PERSON, 0.9),
        entity(text, "مراد", 1, EntityType.LOCATION, 0.5),
        entity(text, "مراد", 2, EntityType.PERSON, 0.7));
    List<Entity> out = resolver.resolve(text, input);
    assertEquals(3, out.size());
    assertTrue(out.stream().allMatch(e -> e.type() == EntityType.PERSON), out.toString());
  }

  @Test
  void unrecognizedRecurrenceOfANameIsAdded() {
    TokenizedText text = TestTexts.of("وصل فولوديمير زيلينسكي إلى المدينة .\nوقال فولوديمير زيلينسكي إن الحرب طويلة .");
    List<Entity> out =
        resolver.resolve(text, List.of(entity(text, "فولوديمير زيلينسكي", 0, EntityType.PERSON, 0.9)));
    Optional<Entity> second = at(out, text, "فولوديمير زيلينسكي", 1);
    assertTrue(second.isPresent(), out.toString());
    assertEquals(EntityType.PERSON, second.get().type());
  }

  @Test
  void recurrenceWithAProcliticExcludesIt() {
    TokenizedText text = TestTexts.of("زار الوفد أوكرانيا أمس .\nوقدم الدعم ل+أوكرانيا .");
    List<Entity> out =
        resolver.resolve(text, List.of(entity(text, "أوكرانيا", 0, EntityType.LOCATION, 0.95)));
    assertEquals(2, out.size(), out.toString());
    assertEquals("أوكرانيا", out.get(1).text());
  }

  @Test
  void unconfidentNamesAreNotPropagated() {
    TokenizedText text = TestTexts.of("زار الوفد المدينة أمس .\nوغادر الوفد المدينة .");
    List<Entity> out = resolver.withPropagationThreshold(0.5)
        .resolve(text, List.of(entity(text, "المدينة", 0, EntityType.LOCATION, 0.3)));
    assertEquals(1, out.size());
    assertEquals(2, resolver.resolve(
        text, List.of(entity(text, "المدينة", 0, EntityType.LOCATION, 0.3))).size());
  }

  @Test
  void aRecurrenceTakesTheLongestKnownNameStartingThere() {
    TokenizedText text = TestTexts.of(
        "زار محمد المدينة .\nوزار محمد علي حسن القرية .\nثم عاد محمد علي حسن إليها .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "محمد", 0, EntityType.PERSON, 0.9),
        entity(text, "محمد علي حسن", 0, EntityType.PERSON, 0.9)));
    Optional<Entity> third = at(out, text, "محمد علي حسن", 1);
    assertTrue(third.isPresent(), out.toString());
    assertEquals("محمد علي حسن", third.get().text());
  }

  @Test
  void namesLongerThanTheBoundAreNeitherPropagatedNorLinkedTo() {
    int max = EntityResolver.MAX_NAME_TOKENS;
    for (int words : new int[] {max, max + 1}) {
      StringBuilder name = new StringBuilder("سمير");
      for (int w = 1; w < words; w++) {
        name.append(" كلمة").append((char) ('\u0628' + w));
      }
      TokenizedText text = TestTexts.of(
          "وصل " + name + " أمس .\nوقال " + name + " إن الأمر انتهى .\nوغادر سمير .");
      List<Entity> out = resolver.resolve(text, List.of(
          entity(text, name.toString(), 0, EntityType.PERSON, 0.9),
          entity(text, "سمير", 2, EntityType.LOCATION, 0.9)));
      boolean within = words <= max;
      assertEquals(within, at(out, text, name.toString(), 1).isPresent(), words + " words: " + out);
      Entity last = at(out, text, "سمير", 2).orElseThrow();
      assertEquals(within ? name.toString() : "سمير", last.canonical(), words + " words");
      assertEquals(within ? EntityType.PERSON : EntityType.LOCATION, last.type(), words + " words");
    }
  }

  @Test
  void unrecognizedSurnameOfAPersonBecomesThatPerson() {
    TokenizedText text = TestTexts.of("استقبل سليم الحداد الوفد .\nوقال الحداد إن الاتفاق قريب .");
    List<Entity> out = resolver.resolve(
        text, List.of(entity(text, "سليم الحداد", 0, EntityType.PERSON, 0.9)));
    Entity surname = at(out, text, "الحداد", 1).orElseThrow(() -> new AssertionError(out));
    assertEquals(EntityType.PERSON, surname.type());
    assertEquals("سليم الحداد", surname.canonical());
    assertTrue(surname.score() < 0.9, surname.toString());
  }

  @Test
  void aRecurrenceNextToAPartOfTheSameNameIsJoinedToIt() {
    TokenizedText text = TestTexts.of("اجتمع قادة حلف الناتو أمس .\nوأعلن حلف في بيان .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "الناتو", 0, EntityType.ORGANIZATION, 0.8),
        entity(text, "حلف", 1, EntityType.ORGANIZATION, 0.6)));
    Entity joined = at(out, text, "حلف الناتو", 0).orElseThrow(() -> new AssertionError(out));
    assertEquals(EntityType.ORGANIZATION, joined.type());
    assertEquals(2, out.size(), out.toString());
  }

  @Test
  void secondHalvesOfCompoundsAndOfOrganizationsAreNoSurnames() {
    TokenizedText text = TestTexts.of(
        "وصل عبد الرحيم ونور الدين إلى مجلس الشورى .\nوقال الرحيم إن الدين في الشورى .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "عبد الرحيم", 0, EntityType.PERSON, 0.9),
        entity(text, "نور الدين", 0, EntityType.PERSON, 0.9),
        entity(text, "مجلس الشورى", 0, EntityType.ORGANIZATION, 0.9)));
    assertEquals(3, out.size(), out.toString());
  }

  @Test
  void shortSurnameAfterTheArticleIsNoName() {
    TokenizedText text = TestTexts.of("وصل خالد الحج إلى المدينة .\nوأدى الحج ثم عاد .");
    List<Entity> out = resolver.resolve(
        text, List.of(entity(text, "خالد الحج", 0, EntityType.PERSON, 0.9)));
    assertEquals(1, out.size(), out.toString());
  }

  @Test
  void shortPersonMentionLinksToTheFullName() {
    TokenizedText text = TestTexts.of("استقبل إيمانويل ماكرون الوفد .\nوقال ماكرون إن الاتفاق قريب .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "إيمانويل ماكرون", 0, EntityType.PERSON, 0.9),
        entity(text, "ماكرون", 1, EntityType.PERSON, 0.8)));
    Entity shortMention = at(out, text, "ماكرون", 1).orElseThrow();
    assertEquals("إيمانويل ماكرون", shortMention.canonical());
    Entity full = at(out, text, "إيمانويل ماكرون", 0).orElseThrow();
    assertEquals("إيمانويل ماكرون", full.canonical());
  }

  @Test
  void shortMentionOfAnotherTypeInsideAPersonNameBecomesThatPerson() {
    TokenizedText text = TestTexts.of("قال كير ستارمر إن الاتفاق قريب .\nوأضاف ستارمر أن الوقت مناسب .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "كير ستارمر", 0, EntityType.PERSON, 0.9),
        entity(text, "ستارمر", 1, EntityType.MISC, 0.4)));
    Entity shortMention = at(out, text, "ستارمر", 1).orElseThrow();
    assertEquals(EntityType.PERSON, shortMention.type());
    assertEquals("كير ستارمر", shortMention.canonical());
  }

  @Test
  void ambiguousShortMentionKeepsItsOwnForm() {
    TokenizedText text = TestTexts.of("التقى سامي خليل مع رامي خليل .\nوقال خليل إن اللقاء مفيد .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "سامي خليل", 0, EntityType.PERSON, 0.9),
        entity(text, "رامي خليل", 0, EntityType.PERSON, 0.9),
        entity(text, "خليل", 2, EntityType.PERSON, 0.8)));
    assertEquals("خليل", at(out, text, "خليل", 2).orElseThrow().canonical());
  }

  @Test
  void titleInFrontOfAPersonIsAttachedOutsideTheSpan() {
    TokenizedText text = TestTexts.of("قال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق قريب .");
    Entity person = resolver.resolve(text,
        List.of(entity(text, "إيمانويل ماكرون", 0, EntityType.PERSON, 0.9))).get(0);
    assertEquals("الرئيس الفرنسي", text.textOf(person.title().orElseThrow()));
    assertEquals("إيمانويل ماكرون", person.text());
  }

  @Test
  void titlesOfTheCallersOwnReplaceTheBundledOnes() {
    TokenizedText text = TestTexts.of("قال القبطان الفرنسي إيمانويل ماكرون إن الاتفاق قريب .");
    List<Entity> input = List.of(entity(text, "إيمانويل ماكرون", 0, EntityType.PERSON, 0.9));
    assertTrue(resolver.resolve(text, input).get(0).title().isEmpty());
    Entity person = resolver.withTitles(PersonTitles.of(List.of("القبطان")))
        .resolve(text, input).get(0);
    assertEquals("القبطان الفرنسي", text.textOf(person.title().orElseThrow()));
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> PersonTitles.of(Arrays.asList("القبطان", null)));
    assertEquals("words[1]", e.getMessage());
  }

  @Test
  void titleWithTwoModifiersIsAttached() {
    TokenizedText text = TestTexts.of("وصل وزير الخارجية المصري سامح فؤاد إلى المدينة .");
    Entity person = resolver.resolve(text,
        List.of(entity(text, "سامح فؤاد", 0, EntityType.PERSON, 0.9))).get(0);
    assertEquals("وزير الخارجية المصري", text.textOf(person.title().orElseThrow()));
  }

  @Test
  void titleExcludesItsConjunction() {
    TokenizedText text = TestTexts.of("التقى الوفد و+ال+مستشار الألماني فريدريش شتاين أمس .");
    Entity person = resolver.resolve(text,
        List.of(entity(text, "فريدريش شتاين", 0, EntityType.PERSON, 0.9))).get(0);
    assertEquals("المستشار الألماني", text.textOf(person.title().orElseThrow()));
  }

  @Test
  void aTitleHoldsNoOtherPerson() {
    // The title words before سنية مبارك are those of the person before her.
    TokenizedText text = TestTexts.of("حضر الحفل وزير العدل عمر منصور و+سنية مبارك أمس .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "عمر منصور", 0, EntityType.PERSON, 0.9),
        entity(text, "سنية مبارك", 0, EntityType.PERSON, 0.9)));
    assertEquals("وزير العدل", text.textOf(out.get(0).title().orElseThrow()));
    assertFalse(out.get(1).title().isPresent());
  }

  @Test
  void aTitleMayHoldAnOrganization() {
    TokenizedText text = TestTexts.of("أكد رئيس مجموعة البنك الدولي جيم كيم أن النمو ضعيف .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "البنك الدولي", 0, EntityType.ORGANIZATION, 0.9),
        entity(text, "جيم كيم", 0, EntityType.PERSON, 0.9)));
    assertEquals("رئيس مجموعة البنك الدولي", text.textOf(out.get(1).title().orElseThrow()));
  }

  @Test
  void noTitleWithoutATitleWord() {
    TokenizedText text = TestTexts.of("قال سمير حداد إن الوضع صعب .");
    Entity person = resolver.resolve(text,
        List.of(entity(text, "سمير حداد", 0, EntityType.PERSON, 0.9))).get(0);
    assertFalse(person.title().isPresent());
  }

  @Test
  void titlesAreOnlyForPeople() {
    TokenizedText text = TestTexts.of("قال الرئيس الفرنسي باريس جميلة .");
    Entity place = resolver.resolve(text,
        List.of(entity(text, "باريس", 0, EntityType.LOCATION, 0.9))).get(0);
    assertFalse(place.title().isPresent());
  }

  @Test
  void overlappingEntitiesKeepTheLongerWhateverTheOrder() {
    TokenizedText text = TestTexts.of("وصل وفد حلف شمال الأطلسي أمس .");
    Entity whole = entity(text, "حلف شمال الأطلسي", 0, EntityType.ORGANIZATION, 0.5);
    Entity part = entity(text, "الأطلسي", 0, EntityType.LOCATION, 0.99);
    for (List<Entity> input : List.of(List.of(whole, part), List.of(part, whole))) {
      List<Entity> out = resolver.resolve(text, input);
      assertEquals(1, out.size(), out.toString());
      assertEquals(EntityType.ORGANIZATION, out.get(0).type());
    }
  }

  @Test
  void aSpanGivenTwiceTakesTheEarlierType() {
    TokenizedText text = TestTexts.of("وصل وفد حلف شمال الأطلسي أمس .");
    Entity org = entity(text, "حلف شمال الأطلسي", 0, EntityType.ORGANIZATION, 0.5);
    Entity place = entity(text, "حلف شمال الأطلسي", 0, EntityType.LOCATION, 0.9);
    assertEquals(EntityType.ORGANIZATION, resolver.resolve(text, List.of(org, place)).get(0).type());
    assertEquals(EntityType.LOCATION, resolver.resolve(text, List.of(place, org)).get(0).type());
  }

  @Test
  void resultIsSortedAndDisjoint() {
    TokenizedText text = TestTexts.of("زار سمير حداد باريس ثم القاهرة .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "القاهرة", 0, EntityType.LOCATION, 0.9),
        entity(text, "سمير حداد", 0, EntityType.PERSON, 0.9),
        entity(text, "باريس", 0, EntityType.LOCATION, 0.9)));
    for (int i = 1; i < out.size(); i++) {
      assertTrue(out.get(i - 1).span().end() <= out.get(i).span().start());
    }
  }

  @Test
  void partsOfOneNameSplitAtASpaceAreJoined() {
    TokenizedText text = TestTexts.of("اجتمع مجلس الأمن أمس في نيويورك .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "مجلس", 0, EntityType.ORGANIZATION, 0.6),
        entity(text, "الأمن", 0, EntityType.ORGANIZATION, 0.8),
        entity(text, "نيويورك", 0, EntityType.LOCATION, 0.9)));
    assertEquals(2, out.size(), out.toString());
    assertEquals("مجلس الأمن", out.get(0).text());
    assertEquals(EntityType.ORGANIZATION, out.get(0).type());
    assertEquals(0.6, out.get(0).score(), 1e-12);
  }

  @Test
  void namesOfDifferentTypesOrAcrossPunctuationStayApart() {
    TokenizedText text = TestTexts.of("زار سمير حداد باريس ، القاهرة ثم عمان .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "سمير حداد", 0, EntityType.PERSON, 0.9),
        entity(text, "باريس", 0, EntityType.LOCATION, 0.9),
        entity(text, "القاهرة", 0, EntityType.LOCATION, 0.9)));
    assertEquals(List.of("سمير حداد", "باريس", "القاهرة"),
        out.stream().map(Entity::text).toList());
  }

  @Test
  void aGivenNameTakenForAPlaceAfterATitleJoinsThePerson() {
    TokenizedText text = TestTexts.of("قالت وزيرة الخارجية فيكتوريا نولاند إن الاتفاق قريب .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "فيكتوريا", 0, EntityType.LOCATION, 0.7),
        entity(text, "نولاند", 0, EntityType.PERSON, 0.8)));
    assertEquals(1, out.size(), out.toString());
    Entity person = out.get(0);
    assertEquals(EntityType.PERSON, person.type());
    assertEquals("فيكتوريا نولاند", person.text());
    assertEquals("وزيرة الخارجية", text.textOf(person.title().orElseThrow()));
  }

  @Test
  void adjacentPlacesStayApartAndTheGivenNameStillJoinsThePerson() {
    TokenizedText text = TestTexts.of("قالت رئيسة وزراء كرواتيا فيكتوريا نولاند إن الاتفاق قريب .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "كرواتيا", 0, EntityType.LOCATION, 0.9),
        entity(text, "فيكتوريا", 0, EntityType.LOCATION, 0.7),
        entity(text, "نولاند", 0, EntityType.PERSON, 0.8)));
    assertEquals(List.of("كرواتيا", "فيكتوريا نولاند"),
        out.stream().map(Entity::text).toList());
    assertEquals("رئيسة وزراء كرواتيا", text.textOf(out.get(1).title().orElseThrow()));
  }

  @Test
  void aFutureVerbEndingANameIsCutOff() {
    TokenizedText text = TestTexts.of(
        "قال إن سمير حداد سيزور المدينة .\nوأعلنت مؤسسة النور ستنظم لقاء .\n"
            + "وقال إن الوفد وكريم نصار سيلتقيان غدا .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "سمير حداد سيزور", 0, EntityType.PERSON, 0.8),
        entity(text, "مؤسسة النور ستنظم", 0, EntityType.ORGANIZATION, 0.7),
        entity(text, "كريم نصار سيلتقيان", 0, EntityType.PERSON, 0.6)));
    assertEquals(
        List.of("سمير حداد", "مؤسسة النور", "كريم نصار"),
        out.stream().map(Entity::text).toList());
    Entity first = out.get(0);
    assertEquals(text.text().indexOf("سمير حداد") + "سمير حداد".length(), first.span().end());
    assertEquals(0.8, first.score());
  }

  @Test
  void aNationalityWithTheArticleIsCutOffTheStartOfAPersonsName() {
    TokenizedText text = TestTexts.of(
        "سجل الإسباني خوان غارسيا هدفا .\nوقال الفرنسي جان دوبون إن المباراة صعبة .\n"
            + "ولعب كيني سميث جيدا .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "الإسباني خوان غارسيا", 0, EntityType.PERSON, 0.8),
        // Two parts the recognizer split, joined by the resolver: the adjective is cut after.
        entity(text, "الفرنسي", 0, EntityType.PERSON, 0.6),
        entity(text, "جان دوبون", 0, EntityType.PERSON, 0.8),
        // Without the article, كيني is a given name (Kenny) as well as "Kenyan".
        entity(text, "كيني سميث", 0, EntityType.PERSON, 0.8)));
    assertEquals(List.of("خوان غارسيا", "جان دوبون", "كيني سميث"),
        out.stream().map(Entity::text).toList());
    assertEquals(text.text().indexOf("خوان"), out.get(0).span().start());
  }

  @Test
  void aNationalityEndingAPersonsNameIsNoSurname() {
    TokenizedText text = TestTexts.of(
        "خطب أبو حمزة المصري في الجامع .\nوقال الجيش المصري إن الوضع هادئ .");
    List<Entity> out = resolver.resolve(
        text, List.of(entity(text, "أبو حمزة المصري", 0, EntityType.PERSON, 0.9)));
    assertEquals(List.of("أبو حمزة المصري"), out.stream().map(Entity::text).toList());
  }

  @Test
  void aProcliticLetterOrAParticleWrittenApartIsCutOffTheEnd() {
    TokenizedText text = TestTexts.of(
        "فاز مستقبل زنبقان و النادي المحلي .\nوقال سمير حداد ل الإذاعة .\nهل هي زمردان أم غيرها ؟");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "مستقبل زنبقان و", 0, EntityType.ORGANIZATION, 0.8),
        entity(text, "سمير حداد ل", 0, EntityType.PERSON, 0.8),
        entity(text, "زمردان أم", 0, EntityType.ORGANIZATION, 0.8)));
    assertEquals(List.of("مستقبل زنبقان", "سمير حداد", "زمردان"),
        out.stream().map(Entity::text).toList());
    assertEquals(text.text().indexOf(" و النادي"), out.get(0).span().end());
  }

  @Test
  void aPersonAfterSidiIsTheTownNamedAfterTheSaint() {
    TokenizedText text = TestTexts.of("وقع الهجوم ب+سيدي زمردان بن قرنفل أمس .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "زمردان بن قرنفل", 0, EntityType.PERSON, 0.8)));
    assertEquals(List.of("LOCATION:سيدي زمردان بن قرنفل"),
        out.stream().map(e -> e.type() + ":" + e.text()).toList());
  }

  @Test
  void anOrganizationsHeadAloneIsNoNameButAClubsIs() {
    TokenizedText text = TestTexts.of("قال باحث في ال+معهد إن ال+ترجي و+ال+اتحاد فازا .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "المعهد", 0, EntityType.ORGANIZATION, 0.8),
        entity(text, "الترجي", 0, EntityType.ORGANIZATION, 0.8),
        entity(text, "الاتحاد", 0, EntityType.ORGANIZATION, 0.8)));
    assertEquals(List.of("الترجي", "الاتحاد"), out.stream().map(Entity::text).toList());
  }

  @Test
  void aNameEndingInAWordThatOnlyLooksLikeAFutureVerbStaysWhole() {
    TokenizedText text = TestTexts.of("قال إدوارد سنودن إن ألفريدو ستروسنر حكم طويلا .");
    List<Entity> input = List.of(
        entity(text, "إدوارد سنودن", 0, EntityType.PERSON, 0.8),
        entity(text, "ألفريدو ستروسنر", 0, EntityType.PERSON, 0.8));
    assertEquals(input, resolver.resolve(text, input).stream()
        .map(e -> new Entity(e.type(), e.span(), e.text(), e.canonical(), e.score()))
        .toList());
  }

  @Test
  void aPlaceBeforeAPersonWithoutATitleStaysAPlace() {
    TokenizedText text = TestTexts.of("زار فيكتوريا نولاند أمس .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "فيكتوريا", 0, EntityType.LOCATION, 0.7),
        entity(text, "نولاند", 0, EntityType.PERSON, 0.8)));
    assertEquals(2, out.size(), out.toString());
  }

  @Test
  void aNameEndingInTanweenIsACommonWordAndDropped() {
    TokenizedText text = TestTexts.of("أعلن مراد رسمياً أن القرار نهائي وفوريًا .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "مراد", 0, EntityType.PERSON, 0.9),
        entity(text, "رسمياً", 0, EntityType.PERSON, 0.5),
        entity(text, "فوريًا", 0, EntityType.ORGANIZATION, 0.5)));
    assertEquals(List.of("مراد"), out.stream().map(Entity::text).toList());
  }

  @Test
  void aPersonsNameIsSplitOffAnOrganizationThatRanIntoIt() {
    TokenizedText text = TestTexts.of(
        "قال جهاز الأمن الوطني فاسيل ماليوك إن الوضع صعب .\nوأكد ماليوك ذلك .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "جهاز الأمن الوطني فاسيل ماليوك", 0, EntityType.ORGANIZATION, 0.8),
        entity(text, "ماليوك", 1, EntityType.PERSON, 0.9)));
    assertEquals(List.of("ORGANIZATION جهاز الأمن الوطني", "PERSON فاسيل ماليوك", "PERSON ماليوك"),
        out.stream().map(e -> e.type() + " " + e.text()).toList());
    for (Entity e : out) {
      assertEquals(e.text(), e.span().textOf(text.text()));
    }
  }

  @Test
  void anOrganizationNamedAfterAPersonStaysWhole() {
    TokenizedText text = TestTexts.of("درس في جامعة فؤاد الأول .\nوكان فؤاد الأول ملكا .");
    List<Entity> out = resolver.resolve(text, List.of(
        entity(text, "جامعة فؤاد الأول", 0, EntityType.ORGANIZATION, 0.8),
        entity(text, "فؤاد الأول", 1, EntityType.PERSON, 0.9)));
    assertEquals(List.of("ORGANIZATION جامعة فؤاد الأول", "PERSON فؤاد الأول"),
        out.stream().map(e -> e.type() + " " + e.text()).toList());
  }

  @Test
  void aPersonHeadedByAPlacesHeadNounIsThePlace() {
    TokenizedText text = TestTexts.of("وأعلن قصر الإليزيه أن الوفد وصل .");
    List<Entity> out = resolver.resolve(text,
        List.of(entity(text, "قصر الإليزيه", 0, EntityType.PERSON, 0.8)));
    assertEquals(EntityType.LOCATION, out.get(0).type(), out.toString());
  }

  @Test
  void addedHeadsTypeThePersonsTheyHeadAndKeepTheTitles() {
    TokenizedText text = TestTexts.of("وأعلنت تنسيقية الأحزاب أن الوفد وصل .");
    List<Entity> people = List.of(entity(text, "تنسيقية الأحزاب", 0, EntityType.PERSON, 0.8));
    assertEquals(EntityType.PERSON, resolver.resolve(text, people).get(0).type());
    LanguageResources desk = LanguageResources.builder()
        .add("ner/name-heads.txt", "ORGANIZATION تنسيقية").build();
    EntityResolver withHeads = EntityResolver.of(desk);
    assertEquals(EntityType.ORGANIZATION, withHeads.resolve(text, people).get(0).type());
    assertEquals(EntityType.ORGANIZATION, withHeads.withTitles(PersonTitles.standard())
        .withPropagationThreshold(0.5).resolve(text, people).get(0).type(),
        "the heads stay through the other settings");
  }

  @Test
  void aNameWhoseArticleThePrepositionSwallowedIsNamedWithTheArticleWhole() {
    String sentence = "قدم الدعم للاتحاد الأوروبي ولليبيا أمس .";
    CharSpan all = CharSpan.of(0, sentence.length());
    TokenizedText text = new TokenizedText(sentence,
        List.of(new org.khabar.article.Block(org.khabar.article.BlockKind.PARAGRAPH, all)),
        List.of(new org.khabar.article.Sentence(all)),
        new org.khabar.segment.WordTokenizer(org.khabar.text.ArabicNormalizer.matching())
            .tokenizeDocument(sentence, List.of(all)));
    // The spans after the preposition: the article's lam (its alef unwritten), and Libya's own.
    List<Entity> resolved = resolver.resolve(text, List.of(
        entity(text, "لاتحاد الأوروبي", 0, EntityType.ORGANIZATION, 0.9),
        entity(text, "ليبيا", 0, EntityType.LOCATION, 0.9)));
    assertEquals("الاتحاد الأوروبي",
        at(resolved, text, "لاتحاد الأوروبي", 0).orElseThrow().canonical());
    assertEquals("لاتحاد الأوروبي", at(resolved, text, "لاتحاد الأوروبي", 0).orElseThrow().text());
    assertEquals("ليبيا", at(resolved, text, "ليبيا", 0).orElseThrow().canonical());
  }
}
