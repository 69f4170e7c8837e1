package dev.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a grouped hit lists and counts: one member per article, earliest first, outlets named. */
class GroupListingTest {
  @Test
  void listsEachArticleOnceEarliestFirstUndatedLastAndCountsNamedOutlets() {
    List<GroupListing.Member> m = List.of(
        new GroupListing.Member("a", 20L, 1L), new GroupListing.Member("b", null, null),
        new GroupListing.Member("a", 20L, 1L), new GroupListing.Member("c", 18L, 2L),
        new GroupListing.Member("d", 18L, 1L));
    GroupListing l = GroupListing.of(m);
    assertEquals(List.of(3, 4, 0, 1), l.listed());
    assertEquals(4, l.articles());
    assertEquals(2, l.outlets());
    assertEquals(18L, l.firstDay());
    assertTrue(l.first(m, 3) && l.first(m, 4));
    assertFalse(l.first(m, 0) || l.first(m, 1));
  }

  @Test
  void oneArticleHasNoFirstToTell() {
    List<GroupListing.Member> m = List.of(new GroupListing.Member("a", 20L, 1L), new GroupListing.Member("a", 20L, 1L));
    GroupListing l = GroupListing.of(m);
    assertNull(l.firstDay());
    assertEquals(List.of(0), l.listed());
  }
}
