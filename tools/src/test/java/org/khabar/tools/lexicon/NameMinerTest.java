package org.khabar.tools.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The miner on news written for this test, with made-up town and group names. */
class NameMinerTest {

  private static Map<String, String> mine(String text, int times) {
    NameMiner miner = new NameMiner();
    for (int i = 0; i < times; i++) {
      miner.add(text, false);
    }
    return names(miner);
  }

  /** The miner's names: name to type and count. */
  private static Map<String, String> names(NameMiner miner) {
    List<String[]> names = miner.names();
    return names.stream().collect(Collectors.toMap(n -> n[1], n -> n[0] + " " + n[2]));
  }

  @Test
  void aPlaceAfterItsCueThatReadsAsAProperNounIsKept() {
    Map<String, String> names = mine("وصل الوفد إلى ولاية زنبقان أمس . وفي زنبقان سوق كبير ."
        + " وقال إن المدينة الكبيرة بعيدة عن بزنبقان . وزار مدينة كبيرة .", 3);
    assertEquals("LOCATION 3", names.get("زنبقان"), names.toString());
    assertFalse(names.containsKey("كبيرة"), "a common word after a cue: " + names);
  }

  @Test
  void aNameSeenTooRarelyIsNot() {
    Map<String, String> names = mine("وصل الوفد إلى ولاية زنبقان أمس . وفي بزنبقان سوق .", 2);
    assertEquals(Map.of(), names);
  }

  @Test
  void aGroupAfterItsCueAndARadioBeforeFmAreOrganizations() {
    Map<String, String> names = mine(
        "أعلن تنظيم زمردان عن مسؤوليته . وقالت إذاعة الياسمين أف أم إن الطريق مغلق ."
            + " ونقلت الياسمين \"أف أم\" الخبر .", 3);
    assertEquals("ORGANIZATION 3", names.get("زمردان"), names.toString());
    assertEquals("ORGANIZATION 3", names.get("الياسمين أف أم"), names.toString());
    assertEquals("ORGANIZATION 3", names.get("الياسمين \"أف أم\""), names.toString());
  }

  @Test
  void aSocialNetworkIsTheWordAfterTheCueWithTheArticleOrNot() {
    Map<String, String> names = mine("نشر على موقع التواصل الاجتماعي زمردبوك . وتداول رواد"
        + " مواقع التواصل الاجتماعي \"الزمردبوك\" الخبر . ونشرت شبكة التواصل الاجتماعي صورا .", 3);
    assertEquals("ORGANIZATION 3", names.get("زمردبوك"), names.toString());
    assertEquals("ORGANIZATION 3", names.get("الزمردبوك"), names.toString());
    assertFalse(names.containsKey("صورا"), "a common noun in the accusative: " + names);
  }

  @Test
  void aTownWhoseFirstWordIsACommonNounIsKeptAfterItsCue() {
    Map<String, String> names = mine("وصل الوفد إلى معتمدية منزل زنبقان أمس . وفي منزل كبير"
        + " سكن الوفد .", 3);
    assertEquals("LOCATION 3", names.get("منزل زنبقان"), names.toString());
    assertFalse(names.containsKey("منزل كبير"), "no cue before it: " + names);
  }

  @Test
  void aClubNamedByAWordAndATownIsOneThatSportNewsWritesNextToADash() {
    String place = "وصل الوفد إلى ولاية زنبقان أمس . وفي زنبقان سوق كبير . وقال إنه سكن بزنبقان .";
    String fixtures = "نسر زنبقان - شباب قرنفل 2 - 1 . وتقام دورة زنبقان في الصيف .";
    NameMiner miner = new NameMiner();
    for (boolean clubs : new boolean[] {false, true}) { // the two passes
      for (int i = 0; i < NameMiner.MIN_CLUB_COUNT; i++) {
        if (i < 3) {
          add(miner, clubs, place, false);
        }
        add(miner, clubs, fixtures, true);
      }
    }
    Map<String, String> names = names(miner);
    assertEquals("ORGANIZATION " + NameMiner.MIN_CLUB_COUNT, names.get("نسر زنبقان"),
        names.toString());
    assertFalse(names.containsKey("دورة زنبقان"), "never next to a dash: " + names);
  }

  private static void add(NameMiner miner, boolean clubs, String text, boolean sport) {
    if (clubs) {
      miner.addClubs(text, sport);
    } else {
      miner.add(text, sport);
    }
  }
}
