package dev.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What an article is about, and when two articles are one story. */
class StoryTermsTest {
  private static final WordRarity RARITY = WordRarity.shipped();

  private static StoryTerms of(String title, String text) {
    return StoryTerms.of(title, text, RARITY);
  }

  private final StoryTerms ferry = of("Island ferry service halted after storm damages harbour",
      "The ferry service to the island was halted on Monday after a storm damaged the harbour wall at Portkerry. "
          + "Engineers said repairs to the harbour could take three weeks, and the ferry operator said it would run "
          + "a reduced timetable from the mainland pier.");
  private final StoryTerms ferryFollowUp = of("Portkerry harbour repairs to take weeks, ferry operator says",
      "Repairs to the storm-damaged harbour wall at Portkerry will take at least three weeks, the island ferry "
          + "operator said on Tuesday, as engineers inspected the damage and passengers queued at the mainland pier.");
  private final StoryTerms budget = of("City council approves school budget",
      "The city council approved next year's school budget on Monday, adding money for teachers and new buses "
          + "after a long debate about classroom sizes.");

  @Test
  void aFollowUpIsTheSameStoryAndAnotherSubjectIsNot() {
    assertEquals(1.0, ferry.cosine(ferry), 1e-6);
    assertEquals(ferry.cosine(ferryFollowUp), ferryFollowUp.cosine(ferry), 1e-9);
    assertTrue(StoryTerms.sameStory(ferry, 100L, ferryFollowUp, 101L), "cosine " + ferry.cosine(ferryFollowUp));
    assertFalse(StoryTerms.sameStory(ferry, 100L, budget, 100L), "cosine " + ferry.cosine(budget));
  }

  @Test
  void datedArticlesMoreThanThreeDaysApartAreNotOneStory() {
    assertFalse(StoryTerms.sameStory(ferry, 100L, ferryFollowUp, 100L + StoryTerms.DAYS_APART + 1));
    assertTrue(StoryTerms.sameStory(ferry, null, ferryFollowUp, 100L), "an undated article: the words decide");
  }

  @Test
  void keysAreTheHeaviestWordsSortedAndSharedByAFollowUp() {
    long[] a = ferry.keys();
    assertTrue(a.length > 0 && a.length <= StoryTerms.KEYS);
    long[] sorted = a.clone();
    Arrays.sort(sorted);
    assertTrue(Arrays.equals(a, sorted));
    assertTrue(dev.newsfacet.search.StoryGroups.sharedKeys(a, ferryFollowUp.keys()) >= StoryTerms.MIN_SHARED_KEYS);
  }

  @Test
  void encodedTermsDecodeToTheSameVector() {
    StoryTerms back = StoryTerms.decode(java.util.Base64.getEncoder().encodeToString(ferry.bytes()));
    assertEquals(back, StoryTerms.fromBytes(ferry.bytes(), 0, ferry.bytes().length));
    assertEquals(ferry.size(), back.size());
    assertEquals(ferry.cosine(ferryFollowUp), back.cosine(ferryFollowUp), 1e-3);
    assertEquals(0, StoryTerms.decode("!!").size());
    assertEquals(0, of("", "").size());
  }
}
