package dev.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacet.index.StoryTerms;
import dev.newsfacet.index.WordRarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grouping matched articles into stories through shared keys, transitively. */
class StoryGroupsTest {
  private final List<long[]> keys = new ArrayList<>();
  private final Map<Integer, StoryGroups.Details> details = new HashMap<>();

  private void add(String text, Long day) {
    StoryTerms t = StoryTerms.of("", text, WordRarity.shipped());
    details.put(keys.size(), new StoryGroups.Details(t, day));
    keys.add(t.keys());
  }

  @Test
  void reportsOfOneStoryJoinAndOthersStayApart() throws Exception {
    add("Storm damages Portkerry harbour wall; island ferry halted, engineers inspect harbour", 10L);
    add("City council approves school budget with money for teachers and buses", 10L);
    add("Portkerry harbour wall repairs: island ferry operator says engineers need weeks", 11L);
    add("Portkerry harbour wall repairs: island ferry operator says engineers need weeks", 30L); // weeks later
    List<List<Integer>> groups = StoryGroups.group(keys, wanted -> {
      Map<Integer, StoryGroups.Details> out = new HashMap<>();
      wanted.forEach(i -> out.put(i, details.get(i)));
      return out;
    });
    assertEquals(List.of(List.of(0, 2), List.of(1), List.of(3)), groups);
  }

  @Test
  void theEarliestOthersAreListedUndatedLast() {
    assertEquals(List.of(2, 0, 1), StoryGroups.earliest(new Long[] {12L, null, 11L}));
  }
}
