package dev.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rule that tells two outlets' versions of one statement from two statements. */
class WordingTest {
  private static boolean same(String a, String b) {
    return Wording.same(Wording.of(a), null, Wording.of(b), null);
  }

  @Test
  void punctuationCaseQuotationMarksAndHyphensDoNotCount() {
    assertEquals(Wording.of("we will then meet in an agreed upon location"),
        Wording.of("We will then meet in an “agreed-upon” location,"));
    assertEquals(Wording.of("the u s economy"), Wording.of("The U.S.\u00a0Économy"), "accents and dots fold the same in any text");
  }

  @Test
  void aVersionQuotingASentenceMoreOrAPhraseLessIsTheSameStatement() {
    String shorter = "The harbour will reopen on Friday and the ferries will run to the old timetable,";
    assertTrue(same(shorter, "Repairs took longer than we hoped. " + shorter));
    assertTrue(same(shorter, "The harbour will reopen on Friday, we expect, and the ferries will run to the old timetable"));
    assertTrue(same("the ferries will run to the old timetable", shorter), "a fragment quoted word for word");
  }

  @Test
  void oneWordInFiveMayDifferButAFragmentMustBeQuotedAlmostWordForWord() {
    assertTrue(same("there is going to be a sharp fall in prices at some point",
        "there's going to be a sharp fall in prices at some point"));
    assertFalse(same("success on the harbour", "we made real progress today because of what happened on the harbour"),
        "a four-word fragment with one word changed is another sentence");
    assertTrue(same("real progress on the harbour", "we made real progress today on the harbour"),
        "words of a fragment count in order, with a gap (an omission) between them");
  }

  @Test
  void versionsQuotingDifferentSentencesAroundASharedRunOfTenWordsAreOneStatement() {
    String shared = "the new bridge will carry trains by the end of next year";
    assertTrue(same("We have waited long enough, and " + shared,
        shared + ", and the fares will not rise before then, whatever the council says"));
    assertFalse(same("We have waited long enough, and the new bridge will carry trains",
        "the new bridge will carry trains, and the fares will not rise before then, whatever the council says"),
        "a shorter shared run is no evidence on its own");
  }

  @Test
  void otherNumbersOrMonthsApartAreAnotherStatement() {
    assertFalse(same("the council had planned for 41 new houses a year", "the council had planned for 44 new houses a year"));
    Wording a = Wording.of("the harbour trade looks set to grow at a steady rate");
    assertTrue(Wording.same(a, 100L, a, 300L), "the identical words group as before, whatever the dates");
    Wording b = Wording.of("the harbour trade looks set to keep on growing at a steady rate");
    assertTrue(Wording.same(a, 100L, b, 103L));
    assertFalse(Wording.same(a, 100L, b, 100L + Wording.DAYS_APART + 1), "a central bank repeating last month's line");
  }

  @Test
  void tooShortToTellIsNeverGroupedUnlessIdentical() {
    assertFalse(same("we will win", "we will win it"));
    assertTrue(same("we will win", "We will win!"));
  }

  @Test
  void wordingsSharingARunOfFourWordsShareAKeyAndOnlyForTheSameSpeaker() {
    Wording a = Wording.of("after a long night the committee agreed to lift the ban on imports from the north");
    Wording b = Wording.of("lift the ban on imports");
    long[] ka = a.keys("anna berg");
    long[] kb = b.keys("anna berg");
    assertTrue(Arrays.stream(kb).anyMatch(k -> Arrays.binarySearch(ka, k) >= 0), "a shared four-word run always shares a key");
    long[] other = b.keys("ben stone");
    assertTrue(Arrays.stream(other).noneMatch(k -> Arrays.binarySearch(ka, k) >= 0), "another speaker's keys differ");
    assertEquals(0, Wording.of("too short").keys("anna berg").length);
  }

  @Test
  void anEncodedWordingDecodesToItself() {
    Wording a = Wording.of("The 3 ferries will run, said nobody.");
    assertEquals(a, Wording.decode(java.util.Base64.getEncoder().encodeToString(a.bytes())), "as OpenSearch returns it");
    assertEquals(a, Wording.fromBytes(a.bytes(), 0, a.bytes().length), "as the embedded index keeps it");
    assertEquals(0, Wording.decode("not base64 !").size());
    assertArrayEquals(new long[0], Wording.decode("").keys("x"));
  }
}
